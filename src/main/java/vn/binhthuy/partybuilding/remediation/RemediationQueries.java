package vn.binhthuy.partybuilding.remediation;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.binhthuy.partybuilding.units.UnitScope;
import vn.binhthuy.partybuilding.indicators.ShortcomingSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The SQL behind remediation-progress charts, plan lists and the plan dialog (reads only: plans are written as aggregates). */
@Repository
class RemediationQueries {

    /** By position, not the generic record mapper that looks every column up by name on every row (docs/benchmarks.md). */
    private static final RowMapper<UnitStatusCount> UNIT_STATUS_COUNT = (rs, row) -> new UnitStatusCount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
            PlanStatus.valueOf(rs.getString(5)), rs.getLong(6), rs.getLong(7));

    private final JdbcClient jdbc;

    RemediationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RemediationSummary summary(int year, UnitScope scope, LocalDate asOf) {
        return scope.bind(jdbc.sql("""
                        SELECT :year AS year, COUNT(*) AS plans,
                          COALESCE(SUM(%s), 0) AS completed,
                          COALESCE(SUM(status = 'VERIFIED'), 0) AS verified,
                          COALESCE(SUM(%s), 0) AS overdue
                        FROM remediation_plan
                        WHERE plan_year = :year AND %s""".formatted(PlanStatus.completedCondition("status"),
                        Overdue.condition(""), scope.condition("organization_id"))))
                .param("year", year).param("asOf", asOf)
                .query(RemediationSummary.class).single();
    }

    List<UnitStatusCount> statusByOrganization(int year, UnitScope scope, LocalDate asOf) {
        return scope.bind(jdbc.sql("""
                        SELECT u.id AS unit_id, u.code AS unit_code, u.short_name AS unit_name, u.sort_order,
                               c.status, c.plans, c.overdue
                        FROM (SELECT g.unit_id, p.status, COUNT(*) AS plans, SUM(%s) AS overdue
                              FROM remediation_plan p JOIN %s g ON g.organization_id = p.organization_id
                              WHERE p.plan_year = :year
                              GROUP BY g.unit_id, p.status) c
                        JOIN unit u ON u.id = c.unit_id
                        ORDER BY u.sort_order, u.code, c.status""".formatted(Overdue.condition("p"),
                        scope.shownUnits())))
                .param("year", year).param("asOf", asOf).query(UNIT_STATUS_COUNT).list();
    }

    /** Plans, completed and overdue per organization in the year (organizations without plans are left out). */
    List<UnitPlanFigures> figuresByOrganization(int year, UnitScope scope, LocalDate asOf) {
        return scope.bind(jdbc.sql("""
                        SELECT u.id AS unit_id, u.code AS unit_code, u.short_name AS unit_name, u.sort_order,
                               c.plans, c.completed, c.overdue
                        FROM (SELECT organization_id, COUNT(*) AS plans, SUM(%s) AS completed, SUM(%s) AS overdue
                              FROM remediation_plan WHERE plan_year = :year
                                AND %s
                              GROUP BY organization_id) c
                        JOIN unit u ON u.id = c.organization_id
                        ORDER BY u.sort_order, u.code""".formatted(PlanStatus.completedCondition("status"),
                        Overdue.condition(""), scope.condition("organization_id"))))
                .param("year", year).param("asOf", asOf).query(UnitPlanFigures.class).list();
    }

    List<UnitStatusCount> statusByCell(int year, long organizationId, LocalDate asOf) {
        return jdbc.sql("""
                        SELECT u.id AS unit_id, u.code AS unit_code, u.short_name AS unit_name, u.sort_order,
                               c.status, c.plans, c.overdue
                        FROM (SELECT unit_id, status, COUNT(*) AS plans,
                                     SUM(%s) AS overdue
                              FROM remediation_plan WHERE plan_year = :year AND organization_id = :org
                              GROUP BY unit_id, status) c
                        JOIN unit u ON u.id = c.unit_id
                        ORDER BY u.sort_order, u.code, c.status""".formatted(Overdue.condition("")))
                .param("year", year).param("org", organizationId).param("asOf", asOf)
                .query(UNIT_STATUS_COUNT).list();
    }

    List<MonthlyProgress> monthlyProgress(int year, UnitScope scope) {
        return scope.bind(jdbc.sql("""
                        SELECT month, due, completed,
                               SUM(due) OVER (ORDER BY month) AS cumulative_due,
                               SUM(completed) OVER (ORDER BY month) AS cumulative_completed
                        FROM (SELECT m.seq AS month, COALESCE(d.due, 0) AS due, COALESCE(c.completed, 0) AS completed
                              FROM seq_1_to_13 m
                              LEFT JOIN (SELECT LEAST(13, (YEAR(deadline) - :year) * 12 + MONTH(deadline)) AS month,
                                                COUNT(*) AS due
                                         FROM remediation_plan
                                         WHERE plan_year = :year AND """ + scope.condition("organization_id") + """
                                         GROUP BY 1) d ON d.month = m.seq
                              LEFT JOIN (SELECT LEAST(13, (YEAR(completed_on) - :year) * 12 + MONTH(completed_on)) AS month,
                                                COUNT(*) AS completed
                                         FROM remediation_plan
                                         WHERE plan_year = :year AND completed_on IS NOT NULL
                                           AND """ + scope.condition("organization_id") + """
                                         GROUP BY 1) c ON c.month = m.seq) months
                        ORDER BY month"""))
                .param("year", year)
                .query(MonthlyProgress.class).list();
    }

    private static final String PLAN_FILTER = """
            WHERE (:year IS NULL OR p.plan_year = :year)
              AND (:status IS NULL OR p.status = :status)
              AND (:overdueOnly = FALSE OR %s)
              AND (:org IS NULL OR p.organization_id = :org)
              AND (:unit IS NULL OR p.unit_id = :unit)
              AND (:source IS NULL OR p.source = :source)""".formatted(Overdue.condition("p"));

    List<PlanListItem> findPlans(PlanFilter filter, LocalDate asOf, PlanSort sort, boolean ascending, int offset,
                                 int limit) {
        String order = sort.sql + (ascending ? " ASC" : " DESC") + ", p.id";
        return bind(jdbc.sql("""
                        SELECT p.id, p.plan_year AS year, u.short_name AS unit_name, o.code AS organization_code,
                               o.short_name AS organization_name, p.member_id IS NOT NULL AS individual, p.title,
                               p.source, p.created_on, p.deadline, p.status, p.completed_on, p.verification_result,
                               %s AS overdue,
                               (SELECT g.percent_complete FROM remediation_progress g WHERE g.plan_id = p.id
                                ORDER BY g.reported_on DESC, g.id DESC LIMIT 1) AS last_percent
                        FROM remediation_plan p
                        JOIN unit u ON u.id = p.unit_id
                        JOIN unit o ON o.id = p.organization_id
                        """.formatted(Overdue.condition("p")) + PLAN_FILTER + " ORDER BY " + order + " LIMIT :limit OFFSET :offset"), filter, asOf)
                .param("limit", limit).param("offset", offset)
                .query(PlanListItem.class).list();
    }

    long countPlans(PlanFilter filter, LocalDate asOf) {
        return bind(jdbc.sql("SELECT COUNT(*) FROM remediation_plan p " + PLAN_FILTER), filter, asOf)
                .query(Long.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, PlanFilter filter, LocalDate asOf) {
        return spec.param("year", filter.year())
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("overdueOnly", filter.overdueOnly())
                .param("asOf", asOf)
                .param("org", filter.organizationId())
                .param("unit", filter.unitId())
                .param("source", filter.source() == null ? null : filter.source().name());
    }

    Optional<PlanDetails> details(long planId) {
        List<PlanDetails.Progress> progress = jdbc.sql("""
                        SELECT reported_on, percent_complete, note FROM remediation_progress
                        WHERE plan_id = :id ORDER BY reported_on, id""")
                .param("id", planId).query(PlanDetails.Progress.class).list();
        return jdbc.sql("""
                        SELECT p.id, p.plan_year AS year, p.organization_id, u.name AS unit_name,
                               p.member_id IS NOT NULL AS individual, p.title, p.shortcomings, p.responsible_person,
                               p.created_on, p.deadline, p.status, p.completed_on, p.verification_result,
                               p.verified_on, p.verification_note, p.version
                        FROM remediation_plan p JOIN unit u ON u.id = p.unit_id WHERE p.id = :id""")
                .param("id", planId)
                .query((rs, i) -> new PlanDetails(rs.getLong("id"), rs.getInt("year"), rs.getLong("organization_id"),
                        rs.getString("unit_name"), rs.getBoolean("individual"), rs.getString("title"),
                        rs.getString("shortcomings"), rs.getString("responsible_person"),
                        rs.getObject("created_on", LocalDate.class), rs.getObject("deadline", LocalDate.class),
                        PlanStatus.valueOf(rs.getString("status")), rs.getObject("completed_on", LocalDate.class),
                        verificationResult(rs.getString("verification_result")),
                        rs.getObject("verified_on", LocalDate.class),
                        rs.getString("verification_note"), rs.getInt("version"), progress))
                .optional();
    }

    private static VerificationResult verificationResult(String stored) {
        return stored == null ? null : VerificationResult.valueOf(stored);
    }

    boolean memberInUnit(long memberId, long unitId, LocalDate on) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM member_assignment WHERE member_id = :member AND unit_id = :unit
                          AND valid_from <= :on AND (valid_to IS NULL OR valid_to >= :on)""")
                .param("member", memberId).param("unit", unitId).param("on", on).query(Long.class).single() > 0;
    }
}
