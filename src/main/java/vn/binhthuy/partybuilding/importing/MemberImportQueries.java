package vn.binhthuy.partybuilding.importing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The stored members and the cells a member register file is checked against; writes go through the register. */
@Repository
class MemberImportQueries {

    /**
     * A stored member as a register file describes them: the cell of their latest assignment and since when, and
     * the start of their first (the admission may not be later).
     */
    record StoredMember(long id, String code, String fullName, String gender, int birthYear, LocalDate admittedOn,
                        LocalDate officialOn, LocalDate leftOn, String departureReason, int version, long unitId, String unitCode, LocalDate joinedOn,
                        LocalDate firstJoinedOn) {}

    /** A unit members belong to directly: a cell, or a grassroots organization without cells. */
    record Home(long id, String code, int validFromYear, Integer validToYear) {}

    private final JdbcClient jdbc;

    MemberImportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every stored member by code; with the members' rows locked for a confirm. */
    Map<String, StoredMember> members(ImportQueries.Lock lock) {
        Map<String, StoredMember> members = new HashMap<>();
        jdbc.sql("""
                        SELECT m.id, m.code, m.full_name, m.gender, m.birth_year, m.admitted_on, m.official_on,
                               m.left_on, m.departure_reason, m.version,
                               u.id AS unit_id, u.code AS unit_code, a.valid_from AS joined_on,
                               (SELECT MIN(f.valid_from) FROM member_assignment f WHERE f.member_id = m.id)
                                   AS first_joined_on
                        FROM party_member m
                        JOIN member_assignment a ON a.member_id = m.id
                         AND a.valid_from = (SELECT MAX(l.valid_from) FROM member_assignment l WHERE l.member_id = m.id)
                        JOIN unit u ON u.id = a.unit_id""" + lock.sql())
                .query(StoredMember.class).list().forEach(m -> members.put(m.code(), m));
        return members;
    }

    /** Every stored member's cell history by member id, as the history import compares it. */
    Map<Long, java.util.Set<vn.binhthuy.partybuilding.members.MemberRegister.Period>> histories() {
        Map<Long, java.util.Set<vn.binhthuy.partybuilding.members.MemberRegister.Period>> histories = new HashMap<>();
        jdbc.sql("SELECT member_id, unit_id, valid_from, valid_to FROM member_assignment")
                .query(rs -> {
                    histories.computeIfAbsent(rs.getLong(1), id -> new java.util.HashSet<>())
                            .add(new vn.binhthuy.partybuilding.members.MemberRegister.Period(rs.getLong(2),
                                    rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)));
                });
        return histories;
    }

    /** The units members can belong to, by code. */
    Map<String, Home> homes() {
        Map<String, Home> homes = new HashMap<>();
        jdbc.sql("""
                        SELECT u.id, u.code, u.valid_from_year, u.valid_to_year FROM unit u
                        WHERE u.level = 'CELL'
                           OR (u.level = 'GRASSROOTS' AND NOT EXISTS (SELECT 1 FROM unit c WHERE c.parent_id = u.id))""")
                .query(Home.class).list().forEach(h -> homes.put(h.code(), h));
        return homes;
    }
}
