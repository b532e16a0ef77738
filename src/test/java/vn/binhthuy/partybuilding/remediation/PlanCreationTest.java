package vn.binhthuy.partybuilding.remediation;

import vn.binhthuy.partybuilding.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.units.UnitService;
import vn.binhthuy.partybuilding.indicators.ShortcomingSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Making a new plan for a cell or one of its members; rolled back. */
@SpringBootTest
@Transactional
@WithUserDetails("bithu.tranoc")
class PlanCreationTest {

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

    private static void expectKey(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void aSecretaryMakesAPlanForTheirCellLinkedToItsManifestations() {
        long before = remediation.countPlans(PlanFilter.ofYear(2019).withUnit(cell()));

        long id = plans.create(plan(null, "Khắc phục nền nếp sinh hoạt", LocalDate.now().plusMonths(3)));

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
        expectKey(() -> plans.create(plan(null, " ", LocalDate.now().plusMonths(1))), "plan.error.title");
        expectKey(() -> plans.create(plan(null, "Kế hoạch", LocalDate.now().minusDays(1))), "plan.error.deadline");
        expectKey(() -> plans.create(plan(null, "Kế hoạch", LocalDate.now().plusYears(3))), "plan.error.deadline");
        expectKey(() -> plans.create(plan(otherCellsMember, "Kế hoạch", LocalDate.now().plusMonths(1))),
                "plan.error.member");
    }

    @Test
    void anotherOrganizationsCellIsRefused() {
        long foreign = units.byCode("p-long-tuyen-kv1").orElseThrow().id();
        assertThat(plans.mayCreate(foreign)).isFalse();
        assertThatThrownBy(() -> plans.create(new PlanUpdates.NewPlan(2019, foreign, null, ShortcomingSource.SELF_REVIEW, "x",
                "y", "z", LocalDate.now().plusMonths(1), List.of()))).isInstanceOf(AccessDeniedException.class);
    }
}
