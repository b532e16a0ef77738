package vn.binhthuy.partybuilding.indicators;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.binhthuy.partybuilding.units.UnitScope;

import java.util.List;

/** The SQL behind indicator-frequency charts. */
@Repository
class IndicatorQueries {

    /** By position, not the generic record mapper that looks every column up by name on every row (docs/benchmarks.md). */
    private static final RowMapper<UnitGroupCount> UNIT_GROUP_COUNT = (rs, row) -> new UnitGroupCount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getLong(6));

    /** By position, not the generic record mapper that looks every column up by name on every row (docs/benchmarks.md). */
    private static final RowMapper<UnitIndicatorCount> UNIT_INDICATOR_COUNT = (rs, row) -> new UnitIndicatorCount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getLong(6));

    private final JdbcClient jdbc;

    IndicatorQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The 27 indicators in their order. Read on every dashboard page, so through a plain query mapped by position:
     * the repository's derived query (mapping metadata, annotation lookups) stood out in a profile of the overview.
     */
    List<Indicator> catalog() {
        return jdbc.sql("SELECT id, code, group_code, title_vi, title_en, sort_order, version FROM indicator ORDER BY sort_order")
                .query((rs, row) -> new Indicator(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getInt(7)))
                .list();
    }

    /** Every indicator with its number of findings in the year (zero included), optionally in one organization. */
    List<IndicatorFrequency> frequencies(int year, UnitScope scope) {
        return scope.bind(jdbc.sql("""
                        SELECT i.code, i.group_code, i.title_vi, i.title_en, COALESCE(f.findings, 0) AS findings
                        FROM indicator i
                        LEFT JOIN (SELECT indicator_id, SUM(findings) AS findings FROM finding_count
                                   WHERE finding_year = :year AND """ + scope.condition("organization_id") + """
                                   GROUP BY indicator_id) f ON f.indicator_id = i.id
                        ORDER BY i.sort_order"""))
                .param("year", year)
                .query(IndicatorFrequency.class).list();
    }

    /** The most frequent indicators of the year, most frequent first, leaving out those never found. */
    List<IndicatorFrequency> topFrequencies(int year, String groupCode, UnitScope scope, int limit) {
        return scope.bind(jdbc.sql("""
                        SELECT i.code, i.group_code, i.title_vi, i.title_en, f.findings
                        FROM (SELECT indicator_id, SUM(findings) AS findings FROM finding_count
                              WHERE finding_year = :year AND findings > 0 AND """ + scope.condition("organization_id") + """
                              GROUP BY indicator_id) f
                        JOIN indicator i ON i.id = f.indicator_id
                        WHERE :group IS NULL OR i.group_code = :group
                        ORDER BY f.findings DESC, i.sort_order
                        LIMIT :limit"""))
                .param("year", year).param("group", groupCode).param("limit", limit)
                .query(IndicatorFrequency.class).list();
    }

    /** Every indicator with its number of findings in one unit (a cell, or a cell-level organization). */
    List<IndicatorFrequency> frequenciesOfUnit(int year, long unitId) {
        return jdbc.sql("""
                        SELECT i.code, i.group_code, i.title_vi, i.title_en, COALESCE(f.findings, 0) AS findings
                        FROM indicator i
                        LEFT JOIN (SELECT indicator_id, COUNT(*) AS findings FROM finding
                                   WHERE finding_year = :year AND unit_id = :unit
                                   GROUP BY indicator_id) f ON f.indicator_id = i.id
                        ORDER BY i.sort_order""")
                .param("year", year).param("unit", unitId)
                .query(IndicatorFrequency.class).list();
    }

    List<UnitGroupCount> groupsByOrganization(int year, UnitScope scope) {
        return scope.bind(jdbc.sql("""
                        SELECT u.id AS unit_id, u.code AS unit_code, u.short_name AS unit_name, u.sort_order,
                               c.group_code, c.findings
                        FROM (SELECT n.unit_id, i.group_code, SUM(n.findings) AS findings
                              FROM %s n JOIN indicator i ON i.id = n.indicator_id
                              GROUP BY n.unit_id, i.group_code) c
                        JOIN unit u ON u.id = c.unit_id
                        ORDER BY u.sort_order, u.id, c.group_code""".formatted(findingsByShownUnit(scope))))
                .param("year", year).query(UNIT_GROUP_COUNT).list();
    }

    List<UnitGroupCount> groupsByCell(int year, long organizationId) {
        return jdbc.sql("""
                        SELECT u.id AS unit_id, u.code AS unit_code, u.short_name AS unit_name, u.sort_order,
                               c.group_code, c.findings
                        FROM (SELECT f.unit_id, i.group_code, COUNT(*) AS findings
                              FROM finding f JOIN indicator i ON i.id = f.indicator_id
                              WHERE f.finding_year = :year AND f.organization_id = :org
                              GROUP BY f.unit_id, i.group_code) c
                        JOIN unit u ON u.id = c.unit_id
                        ORDER BY u.sort_order, u.code, c.group_code""")
                .param("year", year).param("org", organizationId).query(UNIT_GROUP_COUNT).list();
    }

    List<UnitIndicatorCount> indicatorsByOrganization(int year, String groupCode, UnitScope scope) {
        return scope.bind(jdbc.sql("""
                        SELECT u.id AS unit_id, u.code AS unit_code, u.short_name AS unit_name, u.sort_order,
                               i.code AS indicator_code, n.findings
                        FROM %s n
                        JOIN unit u ON u.id = n.unit_id
                        JOIN indicator i ON i.id = n.indicator_id
                        WHERE :group IS NULL OR i.group_code = :group
                        ORDER BY u.sort_order, u.id, i.sort_order""".formatted(findingsByShownUnit(scope))))
                .param("year", year).param("group", groupCode).query(UNIT_INDICATOR_COUNT).list();
    }

    /**
     * Findings of the selection per grassroots organization, or per district on a province's whole tree
     * ({@link UnitScope#shownUnits()}); units with none are left out.
     */
    List<UnitFindings> findingsByOrganization(int year, IndicatorSelection selection, UnitScope scope) {
        return scope.bind(jdbc.sql("""
                        SELECT u.id AS unit_id, u.code AS unit_code, u.short_name AS unit_name, u.sort_order,
                               u.code AS organization_code, u.short_name AS organization_name, c.findings
                        FROM (SELECT n.unit_id, SUM(n.findings) AS findings
                              FROM %s n JOIN indicator i ON i.id = n.indicator_id
                              WHERE (:indicator IS NULL OR i.code = :indicator)
                                AND (:group IS NULL OR i.group_code = :group)
                              GROUP BY n.unit_id) c
                        JOIN unit u ON u.id = c.unit_id
                        ORDER BY u.sort_order, u.code""".formatted(findingsByShownUnit(scope))))
                .param("year", year).param("indicator", selection.indicatorCode())
                .param("group", selection.groupCode()).query(UnitFindings.class).list();
    }

    /**
     * Findings of the year per (unit shown, indicator id), from the counts kept by triggers (V15): the organizations'
     * rows mapped to the unit they are shown under and grouped by numbers only; the labels are joined afterwards.
     */
    private static String findingsByShownUnit(UnitScope scope) {
        return """
                (SELECT g.unit_id, f.indicator_id, SUM(f.findings) AS findings
                 FROM finding_count f JOIN %s g ON g.organization_id = f.organization_id
                 WHERE f.finding_year = :year AND f.findings > 0
                 GROUP BY g.unit_id, f.indicator_id)""".formatted(scope.shownUnits());
    }

    /** The cells (or cell-level organizations) with the most findings of the selection. */
    List<UnitFindings> topUnits(int year, IndicatorSelection selection, UnitScope scope, int limit) {
        return scope.bind(jdbc.sql("""
                        SELECT u.id AS unit_id, u.code AS unit_code, u.name AS unit_name, u.sort_order,
                               o.code AS organization_code, o.short_name AS organization_name, c.findings
                        FROM (SELECT f.unit_id, f.organization_id, COUNT(*) AS findings
                              FROM finding f JOIN indicator i ON i.id = f.indicator_id
                              WHERE f.finding_year = :year
                                AND (:indicator IS NULL OR i.code = :indicator)
                                AND (:group IS NULL OR i.group_code = :group)
                                AND """ + scope.condition("f.organization_id") + """
                              GROUP BY f.unit_id, f.organization_id) c
                        JOIN unit u ON u.id = c.unit_id
                        JOIN unit o ON o.id = c.organization_id
                        ORDER BY c.findings DESC, o.sort_order, u.sort_order
                        LIMIT :limit"""))
                .param("year", year).param("indicator", selection.indicatorCode())
                .param("group", selection.groupCode()).param("limit", limit).query(UnitFindings.class).list();
    }

    List<YearFindings> findingsByYear(IndicatorSelection selection, UnitScope scope) {
        return scope.bind(jdbc.sql("""
                        SELECT f.finding_year AS year, SUM(f.findings) AS findings
                        FROM finding_count f JOIN indicator i ON i.id = f.indicator_id
                        WHERE f.findings > 0
                          AND (:indicator IS NULL OR i.code = :indicator)
                          AND (:group IS NULL OR i.group_code = :group)
                          AND """ + scope.condition("f.organization_id") + """
                        GROUP BY f.finding_year
                        ORDER BY f.finding_year"""))
                .param("indicator", selection.indicatorCode()).param("group", selection.groupCode())
                .query(YearFindings.class).list();
    }

    /**
     * Members with a violation in the year, per organization: found by a review or an inspection,
     * or rated "không hoàn thành nhiệm vụ".
     */
    long membersWithViolations(int year, long organizationId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM (
                          SELECT member_id FROM finding
                          WHERE finding_year = :year AND organization_id = :org AND member_id IS NOT NULL
                            AND source IN ('REVIEW', 'INSPECTION')
                          UNION
                          SELECT r.member_id FROM member_rating r JOIN rating_level l ON l.id = r.level_id
                          WHERE r.rating_year = :year AND r.organization_id = :org AND l.level_rank = 4
                        ) v""")
                .param("year", year).param("org", organizationId).query(Long.class).single();
    }
}
