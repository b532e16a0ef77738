package vn.binhthuy.partybuilding.importing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.binhthuy.partybuilding.base.ValidYears;
import vn.binhthuy.partybuilding.classification.MemberRating;
import vn.binhthuy.partybuilding.indicators.Finding;
import vn.binhthuy.partybuilding.indicators.FindingDegree;
import vn.binhthuy.partybuilding.indicators.ShortcomingSource;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static vn.binhthuy.partybuilding.importing.ScopeSql.ORGANIZATION_OF_U;
import static vn.binhthuy.partybuilding.importing.ScopeSql.unitsOf;

/**
 * Reference lookups for validating an import and the stored rows it would change; the writes go through the
 * classification and indicators features' aggregates.
 */
@Repository
class ImportQueries {

    /**
     * A member of the scope at the end of the year, with the cell (or cell-level organization) they belong to and its
     * grassroots organization.
     */
    record RosterEntry(long memberId, String code, String fullName, long unitId, String unitCode,
                       long organizationId) {}

    /** A unit members belong to (a cell, or an organization without cells), with its grassroots organization. */
    record MemberUnit(long id, String code, String name, long organizationId) {}

    record Level(long id, String code) {}


    private final JdbcClient jdbc;

    ImportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a read of stored rows takes their locks (a confirm) or not (a check). */
    enum Lock {
        NONE(""), FOR_UPDATE(" FOR UPDATE");

        private final String sql;

        Lock(String sql) {
            this.sql = sql;
        }

        String sql() {
            return sql;
        }
    }

    /** Members of the scope at the end of the year (the roster below, as a sub-query). */
    private static String rosterMembers(Long organizationId) {
        return "SELECT a.member_id FROM member_assignment a JOIN unit u ON u.id = a.unit_id WHERE " + unitsOf(organizationId)
                + " AND a.valid_from <= :end AND (a.valid_to IS NULL OR a.valid_to >= :end)";
    }

    /**
     * The stored yearly rows a scope's import may meet: the organization's and those of its members made elsewhere,
     * or (organizationId null) all of them.
     */
    private static String storedFor(Long organizationId) {
        return organizationId == null ? "TRUE"
                : "(organization_id = :org OR member_id IN (" + rosterMembers(organizationId) + "))";
    }

    /**
     * Makes the confirms of one organization's imports run one after the other: the first takes the organization's
     * row until its transaction ends, the next waits and then reads what the first wrote. A whole-committee confirm
     * (organizationId null) takes every organization's row first, always in the same order, so it neither interleaves
     * with an organization's confirm nor deadlocks with one or with another whole-committee confirm.
     */
    void lockOrganization(Long organizationId) {
        if (organizationId == null) {
            jdbc.sql("SELECT id FROM unit WHERE level = 'GRASSROOTS' ORDER BY id FOR UPDATE").query(Long.class).list();
        } else {
            jdbc.sql("SELECT id FROM unit WHERE id = :org FOR UPDATE").param("org", organizationId).query(Long.class)
                    .single();
        }
    }

    /**
     * Members assigned, at the end of the year, to the organization or one of its cells (organizationId null: to any
     * unit of the committee), by member code.
     */
    Map<String, RosterEntry> roster(Long organizationId, int year) {
        Map<String, RosterEntry> roster = new HashMap<>();
        jdbc.sql("SELECT m.id AS member_id, m.code, m.full_name, u.id AS unit_id, u.code AS unit_code, "
                        + ORGANIZATION_OF_U + " AS organization_id"
                        + " FROM party_member m JOIN member_assignment a ON a.member_id = m.id"
                        + " JOIN unit u ON u.id = a.unit_id WHERE " + unitsOf(organizationId)
                        + " AND a.valid_from <= :end AND (a.valid_to IS NULL OR a.valid_to >= :end)")
                .param("org", organizationId).param("end", LocalDate.of(year, 12, 31))
                .query(RosterEntry.class).list()
                .forEach(e -> roster.put(e.code(), e));
        return roster;
    }

    /**
     * The units members of the scope can belong to (the cells, or an organization without cells), by code, in display
     * order.
     */
    Map<String, MemberUnit> memberUnits(Long organizationId) {
        Map<String, MemberUnit> units = new LinkedHashMap<>();
        jdbc.sql("SELECT u.id, u.code, u.name, " + ORGANIZATION_OF_U + " AS organization_id FROM unit u WHERE "
                        + unitsOf(organizationId)
                        + " AND (u.level = 'CELL' OR NOT EXISTS (SELECT 1 FROM unit c WHERE c.parent_id = u.id))"
                        + " ORDER BY u.sort_order, u.id")
                .param("org", organizationId)
                .query(MemberUnit.class).list()
                .forEach(u -> units.put(u.code(), u));
        return units;
    }

    /** The organizations and cells of the scope by code, in display order: the collectives a file can name. */
    Map<String, MemberUnit> collectives(Long organizationId) {
        Map<String, MemberUnit> units = new LinkedHashMap<>();
        jdbc.sql("SELECT u.id, u.code, u.name, " + ORGANIZATION_OF_U + " AS organization_id FROM unit u WHERE "
                        + unitsOf(organizationId) + " ORDER BY u.sort_order, u.id")
                .param("org", organizationId)
                .query(MemberUnit.class).list()
                .forEach(u -> units.put(u.code(), u));
        return units;
    }

    List<Level> memberLevels(int year) {
        return jdbc.sql("""
                        SELECT l.id, l.code FROM rating_level l JOIN rating_scheme s ON s.id = l.scheme_id
                        WHERE s.subject = 'MEMBER' AND """ + ValidYears.condition("s", ":year") + " ORDER BY l.level_rank")
                .param("year", year).query(Level.class).list();
    }

    /**
     * The year's ratings made by the organization, and those of its members made elsewhere (a member transferred
     * in after another organization rated them): one rating per member and year across the district. A rating's
     * organizationId tells whether another organization made it, its version whether anyone changed it since.
     */
    Map<Long, MemberRating> existingRatings(Long organizationId, int year, Lock lock) {
        Map<Long, MemberRating> existing = new HashMap<>();
        jdbc.sql("""
                        SELECT id, member_id, rating_year, unit_id, organization_id, level_id, note, version
                        FROM member_rating
                        WHERE rating_year = :year""" + " AND " + storedFor(organizationId) + lock.sql)
                .param("year", year).param("org", organizationId).param("end", LocalDate.of(year, 12, 31))
                .query((rs, i) -> new MemberRating(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getString(7), rs.getInt(8))).list()
                .forEach(r -> existing.put(r.memberId(), r));
        return existing;
    }

    /** The 27 indicators' ids by code. */
    Map<String, Long> indicators() {
        Map<String, Long> indicators = new HashMap<>();
        jdbc.sql("SELECT code, id FROM indicator")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> indicators.put(e.getKey(), e.getValue()));
        return indicators;
    }

    /**
     * The year's findings of the organization and those of its members recorded elsewhere, by "subject key|indicator
     * id|source" — the uniqueness rule the table enforces across organizations.
     */
    Map<String, Finding> existingFindings(Long organizationId, int year, Lock lock) {
        Map<String, Finding> existing = new HashMap<>();
        jdbc.sql("""
                        SELECT CONCAT(subject_key, '|', indicator_id, '|', source) AS finding_key, id, finding_year,
                               indicator_id, member_id, unit_id, organization_id, degree, source, found_on, note, version
                        FROM finding
                        WHERE finding_year = :year""" + " AND " + storedFor(organizationId) + lock.sql)
                .param("year", year).param("org", organizationId).param("end", LocalDate.of(year, 12, 31))
                .query((rs, i) -> Map.entry(rs.getString(1), new Finding(rs.getLong(2), rs.getInt(3), rs.getLong(4),
                        rs.getObject(5, Long.class), rs.getLong(6), rs.getLong(7),
                        FindingDegree.valueOf(rs.getString(8)), ShortcomingSource.valueOf(rs.getString(9)),
                        rs.getObject(10, LocalDate.class), rs.getString(11), rs.getInt(12)))).list()
                .forEach(e -> existing.put(e.getKey(), e.getValue()));
        return existing;
    }

    /** How many rows a table holds, for the guided start; the table is one of the kinds' own, never user input. */
    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    /** The first year any rating scale is defined for: no yearly record can be older. */
    int firstScaleYear() {
        return jdbc.sql("SELECT MIN(valid_from_year) FROM rating_scheme").query(Integer.class).single();
    }

    Optional<Integer> newestRatedYear() {
        return jdbc.sql("SELECT MAX(rating_year) FROM member_rating").query(Integer.class).optional();
    }
}
