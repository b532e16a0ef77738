package vn.binhthuy.partybuilding.remediation;

import vn.binhthuy.partybuilding.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.units.UnitService;
import vn.binhthuy.partybuilding.indicators.ShortcomingSource;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static vn.binhthuy.partybuilding.InvalidInputAssertions.expectKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Making a new plan for a cell or one of its members; rolled back. */
@ApplicationTest
@Transactional
@WithUserDetails("bithu.tranoc")
class PlanCreationTest {

    @Autowired Clock clock;
    @Autowired PlanUpdates plans;
    @Autowired RemediationService remediation;
    @Autowired UnitService units;
    @Autowired JdbcTemplate jdbc;

    private long cell() {
        return units.byCode("p-tra-noc-kv4").orElseThrow().id();
    }

    private PlanUpdates.NewPlan plan(Long member, String title, LocalDate deadline) {
        return new PlanUpdates.NewPlan(2019, cell(), member, ShortcomingSource.REVIEW_DELEGATION, title,
                "Sinh hoạt chi bộ chưa đều", "Bí thư chi bộ", deadline, List.of("A5", "B4"));
    }

    @Test
    void aSecretaryMakesAPlanForTheirCellLinkedToItsManifestations() {
        long before = remediation.countPlans(PlanFilter.ofYear(2019).withUnit(cell()));

        long id = plans.create(plan(null, "Khắc phục nền nếp sinh hoạt", LocalDate.now(clock).plusMonths(3)));

        assertThat(remediation.countPlans(PlanFilter.ofYear(2019).withUnit(cell()))).isEqualTo(before + 1);
        PlanDetails created = plans.details(id);
        assertThat(created.status()).isEqualTo(PlanStatus.NOT_STARTED);
        assertThat(created.individual()).isFalse();
        assertThat(jdbc.queryForList("""
                SELECT i.code FROM remediation_plan_indicator p JOIN indicator i ON i.id = p.indicator_id
                WHERE p.plan_id = ? ORDER BY i.code""", String.class, id)).containsExactly("A5", "B4");
    }

    @Test
    void badPlansAreRefusedWithSpecificMessages() {
        long otherCellsMember = jdbc.queryForObject("""
                SELECT a.member_id FROM member_assignment a JOIN unit u ON u.id = a.unit_id
                WHERE u.code = 'p-tra-noc-kv5' AND a.valid_to IS NULL LIMIT 1""", Long.class);
        expectKey(() -> plans.create(plan(null, " ", LocalDate.now(clock).plusMonths(1))), "plan.error.title");
        expectKey(() -> plans.create(plan(null, "Kế hoạch", LocalDate.now(clock).minusDays(1))), "plan.error.deadline");
        expectKey(() -> plans.create(plan(null, "Kế hoạch", LocalDate.now(clock).plusYears(3))), "plan.error.deadline");
        expectKey(() -> plans.create(plan(otherCellsMember, "Kế hoạch", LocalDate.now(clock).plusMonths(1))),
                "plan.error.member");
    }

    @Test
    void anotherOrganizationsCellIsRefused() {
        long foreign = units.byCode("p-long-tuyen-kv1").orElseThrow().id();
        assertThat(plans.mayCreate(foreign)).isFalse();
        assertThatThrownBy(() -> plans.create(new PlanUpdates.NewPlan(2019, foreign, null, ShortcomingSource.SELF_REVIEW, "x",
                "y", "z", LocalDate.now(clock).plusMonths(1), List.of()))).isInstanceOf(AccessDeniedException.class);
    }
}
