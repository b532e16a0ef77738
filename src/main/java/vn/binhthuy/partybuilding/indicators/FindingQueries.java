package vn.binhthuy.partybuilding.indicators;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads findings for the cell page and its editor; writes go through {@link FindingRepository}. */
@Repository
class FindingQueries {

    private final JdbcClient jdbc;

    FindingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<FindingEntry> ofUnit(int year, long unitId) {
        return jdbc.sql("""
                        SELECT f.id, i.code AS indicator_code, f.member_id, m.code AS member_code,
                               m.full_name AS member_name, f.degree, f.source, f.found_on, f.note
                        FROM finding f JOIN indicator i ON i.id = f.indicator_id
                        LEFT JOIN party_member m ON m.id = f.member_id
                        WHERE f.finding_year = :year AND f.unit_id = :unit
                        ORDER BY f.found_on DESC, f.id DESC""")
                .param("year", year).param("unit", unitId).query(FindingEntry.class).list();
    }

    Optional<Long> unitOf(long findingId) {
        return jdbc.sql("SELECT unit_id FROM finding WHERE id = :id").param("id", findingId).query(Long.class).optional();
    }

    Optional<FindingEntry> byId(long findingId) {
        return jdbc.sql("""
                        SELECT f.id, i.code AS indicator_code, f.member_id, m.code AS member_code,
                               m.full_name AS member_name, f.degree, f.source, f.found_on, f.note
                        FROM finding f JOIN indicator i ON i.id = f.indicator_id
                        LEFT JOIN party_member m ON m.id = f.member_id WHERE f.id = :id""")
                .param("id", findingId).query(FindingEntry.class).optional();
    }

    /** Whether the member belongs to the unit at the end of the year. */
    boolean memberInUnit(long memberId, long unitId, int year) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM member_assignment WHERE member_id = :member AND unit_id = :unit
                          AND valid_from <= :end AND (valid_to IS NULL OR valid_to >= :end)""")
                .param("member", memberId).param("unit", unitId).param("end", LocalDate.of(year, 12, 31))
                .query(Long.class).single() > 0;
    }
}
