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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reference lookups for validating an import and the stored rows it would change; the writes go through the
 * classification and indicators features' aggregates.
 */
@Repository
class ImportQueries {

    /** A member of the organization on a date, with the cell (or cell-level organization) they belong to. */
    record RosterEntry(long memberId, String code, String fullName, long unitId, String unitCode) {}

    record Level(long id, String code) {}


    /** Members of the organization or its cells at the end of the year (the roster above, as a sub-query). */
    private static final String ROSTER_MEMBERS = """
            SELECT a.member_id FROM member_assignment a JOIN unit u ON u.id = a.unit_id
            WHERE (u.id = :org OR u.parent_id = :org)
              AND a.valid_from <= :end AND (a.valid_to IS NULL OR a.valid_to >= :end)""";

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

    /**
     * Makes the confirms of one organization's imports run one after the other: the first takes the organization's
     * row until its transaction ends, the next waits and then reads what the first wrote.
     */
    void lockOrganization(long organizationId) {
        jdbc.sql("SELECT id FROM unit WHERE id = :org FOR UPDATE").param("org", organizationId).query(Long.class)
                .single();
    }

    /** Members assigned, at the end of the year, to the organization or one of its cells, by member code. */
    Map<String, RosterEntry> roster(long organizationId, int year) {
        Map<String, RosterEntry> roster = new HashMap<>();
        jdbc.sql("""
                        SELECT m.id AS member_id, m.code, m.full_name, u.id AS unit_id, u.code AS unit_code
                        FROM party_member m
                        JOIN member_assignment a ON a.member_id = m.id
                        JOIN unit u ON u.id = a.unit_id
                        WHERE (u.id = :org OR u.parent_id = :org)
                          AND a.valid_from <= :end AND (a.valid_to IS NULL OR a.valid_to >= :end)""")
                .param("org", organizationId).param("end", LocalDate.of(year, 12, 31))
                .query(RosterEntry.class).list()
                .forEach(e -> roster.put(e.code(), e));
        return roster;
    }

    /** Codes of the units members of the organization can belong to (its cells, or itself when it has none). */
    Map<String, Long> memberUnits(long organizationId) {
        Map<String, Long> units = new HashMap<>();
        jdbc.sql("""
                        SELECT code, id FROM unit WHERE parent_id = :org
                        UNION ALL
                        SELECT code, id FROM unit u WHERE u.id = :org
                          AND NOT EXISTS (SELECT 1 FROM unit c WHERE c.parent_id = :org)""")
                .param("org", organizationId)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> units.put(e.getKey(), e.getValue()));
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
    Map<Long, MemberRating> existingRatings(long organizationId, int year, Lock lock) {
        Map<Long, MemberRating> existing = new HashMap<>();
        jdbc.sql("""
                        SELECT id, member_id, rating_year, unit_id, organization_id, level_id, note, version
                        FROM member_rating
                        WHERE rating_year = :year AND (organization_id = :org OR member_id IN (""" + ROSTER_MEMBERS + "))"
                        + lock.sql)
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
    Map<String, Finding> existingFindings(long organizationId, int year, Lock lock) {
        Map<String, Finding> existing = new HashMap<>();
        jdbc.sql("""
                        SELECT CONCAT(subject_key, '|', indicator_id, '|', source) AS finding_key, id, finding_year,
                               indicator_id, member_id, unit_id, organization_id, degree, source, found_on, note, version
                        FROM finding
                        WHERE finding_year = :year AND (organization_id = :org OR member_id IN (""" + ROSTER_MEMBERS + "))"
                        + lock.sql)
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
