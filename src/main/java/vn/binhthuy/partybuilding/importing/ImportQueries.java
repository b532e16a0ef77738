package vn.binhthuy.partybuilding.importing;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.binhthuy.partybuilding.base.ValidYears;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reference lookups for validating an import, and the upsert that writes it. */
@Repository
class ImportQueries {

    /** A member of the organization on a date, with the cell (or cell-level organization) they belong to. */
    record RosterEntry(long memberId, String code, String fullName, long unitId, String unitCode) {}

    record Level(long id, String code) {}

    /**
     * A rating of the year already stored; organizationId tells whether another organization made it, version
     * whether anyone changed it since it was read.
     */
    record Existing(long ratingId, long levelId, long unitId, String note, long organizationId, int version) {}

    /** A rating to write: insert when {@code ratingId} is null, else update that rating. */
    record Write(Long ratingId, long memberId, long unitId, long levelId, String note) {}

    record ExistingFinding(long id, String degree, LocalDate foundOn, String note, long organizationId, int version) {}

    /** Members of the organization or its cells at the end of the year (the roster above, as a sub-query). */
    private static final String ROSTER_MEMBERS = """
            SELECT a.member_id FROM member_assignment a JOIN unit u ON u.id = a.unit_id
            WHERE (u.id = :org OR u.parent_id = :org)
              AND a.valid_from <= :end AND (a.valid_to IS NULL OR a.valid_to >= :end)""";

    /** A finding to write: insert when {@code findingId} is null, else update that finding. */
    record FindingWrite(Long findingId, FindingImport.Row row) {}

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    ImportQueries(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Whether a read of stored rows takes their locks (a confirm) or not (a check). */
    enum Lock {
        NONE(""), FOR_UPDATE(" FOR UPDATE");

        private final String sql;

        Lock(String sql) {
            this.sql = sql;
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
     * in after another organization rated them): one rating per member and year across the district.
     */
    Map<Long, Existing> existingRatings(long organizationId, int year, Lock lock) {
        Map<Long, Existing> existing = new HashMap<>();
        jdbc.sql("""
                        SELECT member_id, id, level_id, unit_id, note, organization_id, version FROM member_rating
                        WHERE rating_year = :year AND (organization_id = :org OR member_id IN (""" + ROSTER_MEMBERS + "))"
                        + lock.sql)
                .param("year", year).param("org", organizationId).param("end", LocalDate.of(year, 12, 31))
                .query((rs, i) -> Map.entry(rs.getLong(1), new Existing(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getString(5), rs.getLong(6), rs.getInt(7)))).list()
                .forEach(e -> existing.put(e.getKey(), e.getValue()));
        return existing;
    }

    /** Writes all new and changed ratings of one import as two JDBC batches, not a statement per row. */
    void write(long organizationId, int year, List<Write> writes) {
        SqlParameterSource[] inserts = writes.stream().filter(w -> w.ratingId() == null)
                .map(w -> params(w).addValue("member", w.memberId()).addValue("year", year)
                        .addValue("org", organizationId))
                .toArray(SqlParameterSource[]::new);
        SqlParameterSource[] updates = writes.stream().filter(w -> w.ratingId() != null)
                .map(w -> params(w).addValue("id", w.ratingId()))
                .toArray(SqlParameterSource[]::new);
        if (inserts.length > 0) {
            batch.batchUpdate("""
                    INSERT INTO member_rating (member_id, rating_year, unit_id, organization_id, level_id, note)
                    VALUES (:member, :year, :unit, :org, :level, :note)""", inserts);
        }
        if (updates.length > 0) {
            batch.batchUpdate("""
                    UPDATE member_rating SET unit_id = :unit, level_id = :level, note = :note, version = version + 1
                    WHERE id = :id""", updates);
        }
    }

    private static MapSqlParameterSource params(Write w) {
        return new MapSqlParameterSource().addValue("unit", w.unitId()).addValue("level", w.levelId())
                .addValue("note", w.note());
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
    Map<String, ExistingFinding> existingFindings(long organizationId, int year, Lock lock) {
        Map<String, ExistingFinding> existing = new HashMap<>();
        jdbc.sql("""
                        SELECT CONCAT(subject_key, '|', indicator_id, '|', source) AS finding_key, id, degree, found_on,
                               note, organization_id, version
                        FROM finding
                        WHERE finding_year = :year AND (organization_id = :org OR member_id IN (""" + ROSTER_MEMBERS + "))"
                        + lock.sql)
                .param("year", year).param("org", organizationId).param("end", LocalDate.of(year, 12, 31))
                .query((rs, i) -> Map.entry(rs.getString(1), new ExistingFinding(rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getLong(6), rs.getInt(7)))).list()
                .forEach(e -> existing.put(e.getKey(), e.getValue()));
        return existing;
    }

    /** Writes all new and changed findings of one import as two JDBC batches. */
    void writeFindings(long organizationId, int year, List<FindingWrite> writes) {
        SqlParameterSource[] inserts = writes.stream().filter(w -> w.findingId() == null)
                .map(w -> findingParams(w.row()).addValue("year", year).addValue("org", organizationId)
                        .addValue("indicator", w.row().indicatorId()).addValue("member", w.row().memberId())
                        .addValue("unit", w.row().unitId()).addValue("source", w.row().source()))
                .toArray(SqlParameterSource[]::new);
        SqlParameterSource[] updates = writes.stream().filter(w -> w.findingId() != null)
                .map(w -> findingParams(w.row()).addValue("id", w.findingId()))
                .toArray(SqlParameterSource[]::new);
        if (inserts.length > 0) {
            batch.batchUpdate("""
                    INSERT INTO finding (finding_year, indicator_id, member_id, unit_id, organization_id, degree,
                                         source, found_on, note)
                    VALUES (:year, :indicator, :member, :unit, :org, :degree, :source, :foundOn, :note)""", inserts);
        }
        if (updates.length > 0) {
            batch.batchUpdate("""
                    UPDATE finding SET degree = :degree, found_on = :foundOn, note = :note, version = version + 1
                    WHERE id = :id""", updates);
        }
    }

    private static MapSqlParameterSource findingParams(FindingImport.Row row) {
        return new MapSqlParameterSource().addValue("degree", row.degree()).addValue("foundOn", row.foundOn())
                .addValue("note", row.note());
    }
}
