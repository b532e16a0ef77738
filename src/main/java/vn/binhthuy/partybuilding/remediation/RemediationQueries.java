package vn.binhthuy.partybuilding.remediation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;

/** The SQL behind remediation-progress charts. */
@Repository
class RemediationQueries {

    private final JdbcClient jdbc;

    RemediationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RemediationSummary summary(int year, Long organizationId, LocalDate asOf) {
        return jdbc.sql("""
                        SELECT :year AS year, COUNT(*) AS plans,
                          COALESCE(SUM(status IN ('DONE', 'VERIFIED')), 0) AS completed,
                          COALESCE(SUM(status = 'VERIFIED'), 0) AS verified,
                          COALESCE(SUM(status IN ('NOT_STARTED', 'IN_PROGRESS') AND deadline < :asOf), 0) AS overdue
                        FROM remediation_plan
                        WHERE plan_year = :year AND (:org IS NULL OR organization_id = :org)""")
                .param("year", year).param("org", organizationId).param("asOf", asOf)
                .query(RemediationSummary.class).single();
    }

    List<UnitStatusCount> statusByOrganization(int year, LocalDate asOf) {
        return jdbc.sql("""
                        SELECT u.id AS unit_id, u.code AS unit_code, u.short_name AS unit_name, u.sort_order,
                               c.status, c.plans, c.overdue
                        FROM (SELECT organization_id, status, COUNT(*) AS plans,
                                     SUM(status IN ('NOT_STARTED', 'IN_PROGRESS') AND deadline < :asOf) AS overdue
                              FROM remediation_plan WHERE plan_year = :year
                              GROUP BY organization_id, status) c
                        JOIN unit u ON u.id = c.organization_id
                        ORDER BY u.sort_order, c.status""")
                .param("year", year).param("asOf", asOf).query(UnitStatusCount.class).list();
    }

    List<UnitStatusCount> statusByCell(int year, long organizationId, LocalDate asOf) {
        return jdbc.sql("""
                        SELECT u.id AS unit_id, u.code AS unit_code, u.short_name AS unit_name, u.sort_order,
                               c.status, c.plans, c.overdue
                        FROM (SELECT unit_id, status, COUNT(*) AS plans,
                                     SUM(status IN ('NOT_STARTED', 'IN_PROGRESS') AND deadline < :asOf) AS overdue
                              FROM remediation_plan WHERE plan_year = :year AND organization_id = :org
                              GROUP BY unit_id, status) c
                        JOIN unit u ON u.id = c.unit_id
                        ORDER BY u.sort_order, c.status""")
                .param("year", year).param("org", organizationId).param("asOf", asOf)
                .query(UnitStatusCount.class).list();
    }

    List<MonthlyProgress> monthlyProgress(int year, Long organizationId) {
        return jdbc.sql("""
                        SELECT m.month, COALESCE(d.due, 0) AS due, COALESCE(c.completed, 0) AS completed
                        FROM (SELECT seq AS month FROM seq_1_to_13) m
                        LEFT JOIN (SELECT LEAST(13, (YEAR(deadline) - :year) * 12 + MONTH(deadline)) AS month, COUNT(*) AS due
                                   FROM remediation_plan WHERE plan_year = :year AND (:org IS NULL OR organization_id = :org)
                                   GROUP BY 1) d ON d.month = m.month
                        LEFT JOIN (SELECT LEAST(13, (YEAR(completed_on) - :year) * 12 + MONTH(completed_on)) AS month,
                                          COUNT(*) AS completed
                                   FROM remediation_plan
                                   WHERE plan_year = :year AND completed_on IS NOT NULL
                                     AND (:org IS NULL OR organization_id = :org)
                                   GROUP BY 1) c ON c.month = m.month
                        ORDER BY m.month""")
                .param("year", year).param("org", organizationId)
                .query(MonthlyProgress.class).list();
    }
}
