package vn.binhthuy.partybuilding.remediation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.binhthuy.partybuilding.ApplicationTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year's plan figures of an organization (status, overdue, the months plans fall due and were completed) come from
 * the index ix_plan_org alone (V14), not from the plan rows: the province's and a district's pages read them for every
 * organization on every opening (docs/benchmarks.md).
 */
@ApplicationTest
class PlanFiguresIndexTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void theIndexHoldsEveryColumnThePlanFiguresRead() {
        List<String> columns = jdbc.queryForList("""
                SELECT column_name FROM information_schema.statistics
                WHERE table_schema = DATABASE() AND table_name = 'remediation_plan' AND index_name = 'ix_plan_org'
                ORDER BY seq_in_index""", String.class);

        assertThat(columns).containsExactly("plan_year", "organization_id", "status", "deadline", "completed_on");
    }

    @Test
    void anOrganizationsPlanFiguresOfAYearAreReadFromTheIndexAlone() {
        long organization = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'p-long-tuyen'", Long.class);

        List<Map<String, Object>> plan = jdbc.queryForList("""
                EXPLAIN SELECT status, deadline, completed_on FROM remediation_plan
                WHERE plan_year = 2017 AND organization_id = ?""", organization);

        assertThat(plan).hasSize(1);
        assertThat(plan.getFirst().get("key")).isEqualTo("ix_plan_org");
        assertThat(String.valueOf(plan.getFirst().get("Extra"))).contains("Using index");
    }
}
