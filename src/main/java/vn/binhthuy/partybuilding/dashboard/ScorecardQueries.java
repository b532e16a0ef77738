package vn.binhthuy.partybuilding.dashboard;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.binhthuy.partybuilding.base.ValidYears;
import vn.binhthuy.partybuilding.classification.RatedMembers;
import vn.binhthuy.partybuilding.remediation.Overdue;
import vn.binhthuy.partybuilding.units.UnitScope;

import java.time.LocalDate;
import java.util.List;

/** Per-unit figures across ratings, findings and plans: one grouped subquery per family, joined on the unit. */
@Repository
class ScorecardQueries {

    private static final String FIGURES = """
            SELECT u.id AS unit_id, u.code AS unit_code, u.short_name AS unit_name, u.sort_order,
                   COALESCE(r.members_rated, 0) AS members_rated, COALESCE(r.members_good, 0) AS members_good,
                   COALESCE(f.findings, 0) AS findings, COALESCE(p.plans, 0) AS plans,
                   COALESCE(p.overdue, 0) AS plans_overdue, ol.code AS level_code
            FROM unit u
            LEFT JOIN organization_rating o ON o.unit_id = u.id AND o.rating_year = :year AND u.level = 'GRASSROOTS'
            LEFT JOIN rating_level ol ON ol.id = o.level_id
            LEFT JOIN (%2$s) r ON r.unit_id = u.id
            LEFT JOIN (%3$s) f ON f.unit_id = u.id
            LEFT JOIN (SELECT y.%1$s AS unit_id, COUNT(*) AS plans,
                              SUM(%5$s) AS overdue
                       FROM remediation_plan y
                       WHERE y.plan_year = :year AND %4$s
                       GROUP BY y.%1$s) p ON p.unit_id = u.id
            """;

    private static final String OVERDUE = Overdue.condition("y");

    /** By position, not the generic record mapper that looks every column up by name on every row (docs/benchmarks.md). */
    private static final RowMapper<UnitScorecard> UNIT_SCORECARD = (rs, row) -> new UnitScorecard(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
            rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getString(10));

    /** Per organization from the counts kept by triggers (V6), per cell from the ratings themselves. */
    private static final String RATINGS_BY_ORGANIZATION = """
            SELECT m.organization_id AS unit_id, %s AS members_rated, %s AS members_good
            FROM member_rating_count m JOIN rating_level l ON l.id = m.level_id
            WHERE m.rating_year = :year AND %%s
            GROUP BY m.organization_id""".formatted(RatedMembers.COUNTED, RatedMembers.COUNTED_GOOD);
    private static final String RATINGS_BY_CELL = """
            SELECT m.unit_id, %s AS members_rated, %s AS members_good
            FROM member_rating m JOIN rating_level l ON l.id = m.level_id
            WHERE m.rating_year = :year AND m.organization_id = :org
            GROUP BY m.unit_id""".formatted(RatedMembers.RATED, RatedMembers.RATED_GOOD);
    /** Per organization from the counts kept by triggers (V15), per cell from the findings themselves. */
    private static final String FINDINGS_BY_ORGANIZATION = """
            SELECT x.organization_id AS unit_id, SUM(x.findings) AS findings FROM finding_count x
            WHERE x.finding_year = :year AND %s
            GROUP BY x.organization_id""";
    private static final String FINDINGS_BY_CELL = """
            SELECT x.unit_id, COUNT(*) AS findings FROM finding x
            WHERE x.finding_year = :year AND x.organization_id = :org
            GROUP BY x.unit_id""";

    private final JdbcClient jdbc;

    ScorecardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One row per grassroots organization in scope and valid in the year; on a province's whole tree one row per
     * district (and per organization directly under the root), its figures the sums of its organizations'.
     */
    List<UnitScorecard> byOrganization(int year, UnitScope scope, LocalDate asOf) {
        String organizations = FIGURES.formatted("organization_id",
                RATINGS_BY_ORGANIZATION.formatted(scope.condition("m.organization_id")),
                FINDINGS_BY_ORGANIZATION.formatted(scope.condition("x.organization_id")),
                scope.condition("y.organization_id"), OVERDUE)
                + """
                WHERE u.level = 'GRASSROOTS' AND """ + ValidYears.condition("u", ":year")
                + " AND " + scope.condition("u.id");
        String sql = scope.countsOncePerYear() + """
                SELECT s.id, s.code, s.short_name, s.sort_order, SUM(o.members_rated), SUM(o.members_good),
                       SUM(o.findings), SUM(o.plans), SUM(o.plans_overdue),
                       CASE WHEN s.level = 'GRASSROOTS' THEN MAX(o.level_code) END
                FROM (%s) o
                JOIN %s g ON g.organization_id = o.unit_id
                JOIN unit s ON s.id = g.unit_id
                GROUP BY s.id, s.code, s.short_name, s.sort_order, s.level
                ORDER BY s.sort_order, s.id""".formatted(organizations, scope.shownUnits());
        return scope.bind(jdbc.sql(sql)).param("year", year).param("asOf", asOf).query(UNIT_SCORECARD).list();
    }

    /**
     * One row per cell of the organization, plus the organization itself when it has figures of its own (its
     * collective findings and plans, and its members when it has no cells); the rows add up to the organization's
     * totals, and no row is left with nothing in it.
     */
    List<UnitScorecard> byCell(int year, long organizationId, LocalDate asOf) {
        String sql = FIGURES.formatted("unit_id", RATINGS_BY_CELL, FINDINGS_BY_CELL, "y.organization_id = :org", OVERDUE)
                + """
                WHERE (u.parent_id = :org OR (u.id = :org AND (r.members_rated > 0 OR f.findings > 0 OR p.plans > 0)))
                  AND """ + ValidYears.condition("u", ":year") + " ORDER BY u.id = :org DESC, u.sort_order";
        return jdbc.sql(sql).param("year", year).param("org", organizationId).param("asOf", asOf)
                .query(UNIT_SCORECARD).list();
    }
}
