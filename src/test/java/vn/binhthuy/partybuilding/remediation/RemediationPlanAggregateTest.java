package vn.binhthuy.partybuilding.remediation;

import vn.binhthuy.partybuilding.indicators.ShortcomingSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plan aggregate against the real schema; rolled back. */
@SpringBootTest
@Transactional
class RemediationPlanAggregateTest {

    @Autowired RemediationPlanRepository plans;
    @Autowired JdbcTemplate jdbc;

    /**
     * A demo plan as stored (version 0, as every row the demo data or an older release wrote), given two reports of
     * the same day and a linked manifestation by this test.
     */
    private long planWithReports() {
        long id = jdbc.queryForObject("""
                SELECT id FROM remediation_plan WHERE version = 0 AND status = 'IN_PROGRESS'
                ORDER BY id LIMIT 1""", Long.class);
        LocalDate day = jdbc.queryForObject("SELECT created_on FROM remediation_plan WHERE id = ?", LocalDate.class, id)
                .plusDays(1);
        jdbc.update("INSERT INTO remediation_progress (plan_id, reported_on, percent_complete, note) VALUES (?, ?, ?, ?)",
                id, day, 20, "Báo cáo sau");
        jdbc.update("INSERT INTO remediation_progress (plan_id, reported_on, percent_complete, note) VALUES (?, ?, ?, ?)",
                id, day, 10, "Báo cáo sau nữa, cùng ngày");
        jdbc.update("""
                INSERT IGNORE INTO remediation_plan_indicator (plan_id, indicator_id)
                SELECT ?, id FROM indicator WHERE code = 'B2'""", id);
        return id;
    }

    private List<Map<String, Object>> reports(long planId) {
        return jdbc.queryForList("""
                SELECT id, reported_on, percent_complete, note FROM remediation_progress
                WHERE plan_id = ? ORDER BY reported_on, id""", planId);
    }

    private List<Long> links(long planId) {
        return jdbc.queryForList("SELECT indicator_id FROM remediation_plan_indicator WHERE plan_id = ? ORDER BY 1",
                Long.class, planId);
    }

    private Map<String, Object> row(long planId) {
        return jdbc.queryForMap("SELECT * FROM remediation_plan WHERE id = ?", planId);
    }

    @Test
    void anExistingPlanAtVersionZeroIsUpdatedInPlaceWithItsReportsAndLinksKept() {
        long id = planWithReports();
        long plansBefore = jdbc.queryForObject("SELECT COUNT(*) FROM remediation_plan", Long.class);
        List<Map<String, Object>> reportsBefore = reports(id);
        List<Long> linksBefore = links(id);

        RemediationPlan loaded = plans.findById(id).orElseThrow();
        assertThat(loaded.version()).isZero();
        plans.save(loaded.revised("Tiêu đề mới", loaded.shortcomings(), loaded.responsiblePerson(), loaded.deadline()));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM remediation_plan", Long.class)).isEqualTo(plansBefore);
        assertThat(row(id)).containsEntry("title", "Tiêu đề mới").containsEntry("version", 1);
        assertThat(reports(id)).isEqualTo(reportsBefore); // same ids, so reports of one day keep their order
        assertThat(links(id)).isEqualTo(linksBefore);
    }

    @Test
    void aSaveBasedOnAnOutdatedReadIsRefusedAndChangesNothing() {
        long id = planWithReports();
        RemediationPlan readByFirst = plans.findById(id).orElseThrow();
        RemediationPlan readBySecond = plans.findById(id).orElseThrow();
        plans.save(readByFirst.reported(readByFirst.createdOn().plusDays(1), 60, "Người thứ nhất"));
        Map<String, Object> planAfterFirst = row(id);
        List<Map<String, Object>> reportsAfterFirst = reports(id);
        List<Long> linksAfterFirst = links(id);

        assertThatThrownBy(() -> plans.save(readBySecond.reported(readBySecond.createdOn().plusDays(2), 100,
                "Người thứ hai"))).isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> plans.save(readBySecond.revised("Sửa trên bản cũ", "x", "y",
                readBySecond.deadline()))).isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(row(id)).isEqualTo(planAfterFirst);
        assertThat(reports(id)).isEqualTo(reportsAfterFirst);
        assertThat(links(id)).isEqualTo(linksAfterFirst);
    }

    @Test
    void aPlanReadAtAnOlderVersionIsRefusedEvenWhenLoadedAfresh() {
        long id = planWithReports();
        RemediationPlan current = plans.findById(id).orElseThrow();
        plans.save(current.revised("Bản thứ nhất", current.shortcomings(), current.responsiblePerson(),
                current.deadline()));

        RemediationPlan fresh = plans.findById(id).orElseThrow();
        assertThatThrownBy(() -> plans.save(fresh.asRead(0).revised("Bản cũ", "x", "y", fresh.deadline())))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(row(id)).containsEntry("title", "Bản thứ nhất");
    }

    @Test
    void aNewPlanIsStoredWithItsLinksAndAReportThenStartsIt() {
        Map<String, Object> template = jdbc.queryForMap(
                "SELECT unit_id, organization_id FROM remediation_plan ORDER BY id LIMIT 1");
        long unit = ((Number) template.get("unit_id")).longValue();
        long organization = ((Number) template.get("organization_id")).longValue();
        Set<Long> indicators = Set.copyOf(jdbc.queryForList(
                "SELECT id FROM indicator WHERE code IN ('A1', 'C9')", Long.class));
        LocalDate today = LocalDate.of(2019, 3, 1);

        RemediationPlan created = plans.save(RemediationPlan.open(2019, unit, organization, null,
                ShortcomingSource.INSPECTION, "Kế hoạch", "Hạn chế", "Bí thư", today, today.plusMonths(2), indicators));
        assertThat(created.id()).isNotNull();
        assertThat(row(created.id())).containsEntry("status", "NOT_STARTED").containsEntry("version", 0)
                .containsEntry("source", "INSPECTION");
        assertThat(links(created.id())).containsExactlyInAnyOrderElementsOf(indicators);

        RemediationPlan started = plans.save(created.reported(today.plusDays(3), 30, "Bắt đầu"));
        assertThat(row(started.id())).containsEntry("status", "IN_PROGRESS").containsEntry("version", 1);
        assertThat(reports(started.id())).singleElement().satisfies(r -> assertThat(r).containsEntry("note", "Bắt đầu"));
    }
}
