package vn.binhthuy.partybuilding.indicators;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/** The SQL behind indicator-frequency charts. */
@Repository
class IndicatorQueries {

    private final JdbcClient jdbc;

    IndicatorQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every indicator with its number of findings in the year (zero included), optionally in one organization. */
    List<IndicatorFrequency> frequencies(int year, Long organizationId) {
        return jdbc.sql("""
                        SELECT i.code, i.group_code, i.title_vi, i.title_en, COALESCE(f.findings, 0) AS findings
                        FROM indicator i
                        LEFT JOIN (SELECT indicator_id, COUNT(*) AS findings FROM finding
                                   WHERE finding_year = :year AND (:org IS NULL OR organization_id = :org)
                                   GROUP BY indicator_id) f ON f.indicator_id = i.id
                        ORDER BY i.sort_order""")
                .param("year", year).param("org", organizationId)
                .query(IndicatorFrequency.class).list();
    }

    /** The most frequent indicators of the year, most frequent first, leaving out those never found. */
    List<IndicatorFrequency> topFrequencies(int year, int limit) {
        return jdbc.sql("""
                        SELECT i.code, i.group_code, i.title_vi, i.title_en, f.findings
                        FROM (SELECT indicator_id, COUNT(*) AS findings FROM finding
                              WHERE finding_year = :year GROUP BY indicator_id) f
                        JOIN indicator i ON i.id = f.indicator_id
                        ORDER BY f.findings DESC, i.sort_order
                        LIMIT :limit""")
                .param("year", year).param("limit", limit)
                .query(IndicatorFrequency.class).list();
    }

    List<UnitGroupCount> groupsByOrganization(int year) {
        return jdbc.sql("""
                        SELECT u.id AS unit_id, u.code AS unit_code, u.short_name AS unit_name, u.sort_order,
                               c.group_code, c.findings
                        FROM (SELECT f.organization_id, i.group_code, COUNT(*) AS findings
                              FROM finding f JOIN indicator i ON i.id = f.indicator_id
                              WHERE f.finding_year = :year
                              GROUP BY f.organization_id, i.group_code) c
                        JOIN unit u ON u.id = c.organization_id
                        ORDER BY u.sort_order, c.group_code""")
                .param("year", year).query(UnitGroupCount.class).list();
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
                        ORDER BY u.sort_order, c.group_code""")
                .param("year", year).param("org", organizationId).query(UnitGroupCount.class).list();
    }

    List<UnitIndicatorCount> indicatorsByOrganization(int year) {
        return jdbc.sql("""
                        SELECT u.id AS unit_id, u.code AS unit_code, u.short_name AS unit_name, u.sort_order,
                               i.code AS indicator_code, c.findings
                        FROM (SELECT organization_id, indicator_id, COUNT(*) AS findings
                              FROM finding WHERE finding_year = :year
                              GROUP BY organization_id, indicator_id) c
                        JOIN unit u ON u.id = c.organization_id
                        JOIN indicator i ON i.id = c.indicator_id
                        ORDER BY u.sort_order, i.sort_order""")
                .param("year", year).query(UnitIndicatorCount.class).list();
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
