package vn.binhthuy.partybuilding.remediation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.binhthuy.partybuilding.units.UnitScope;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Every figure of overdue plans applies the one rule, so they agree with each other and with the rule itself. */
@SpringBootTest
@WithUserDetails("bantochuc")
class OverdueTest {

    @Autowired RemediationService remediation;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void theConditionIsNotCompletedAndPastTheDeadline() {
        assertThat(Overdue.condition("p"))
                .isEqualTo("(p.status IN ('NOT_STARTED', 'IN_PROGRESS') AND p.deadline < :asOf)");
        assertThat(Overdue.condition("")).isEqualTo("(status IN ('NOT_STARTED', 'IN_PROGRESS') AND deadline < :asOf)");
    }

    @Test
    void summaryListCountAndPerOrganizationCountsAgree() {
        int year = 2019;
        long expected = jdbc.queryForObject("""
                SELECT COUNT(*) FROM remediation_plan WHERE plan_year = ?
                  AND status NOT IN ('DONE', 'VERIFIED') AND deadline < ?""", Long.class, year, LocalDate.now(clock));
        assertThat(expected).isPositive();

        assertThat(remediation.summary(year, UnitScope.DISTRICT).overdue()).isEqualTo(expected);
        assertThat(remediation.countPlans(PlanFilter.ofYear(year).withOverdueOnly(true))).isEqualTo(expected);
        assertThat(remediation.statusByOrganization(year, UnitScope.DISTRICT).stream()
                .mapToLong(UnitStatusCount::overdue).sum()).isEqualTo(expected);
        assertThat(remediation.findPlans(PlanFilter.ofYear(year), PlanSort.DEADLINE, true, 0, 100_000).stream()
                .filter(PlanListItem::overdue).count()).isEqualTo(expected);
    }

    @Test
    void statusRulesFollowTheLifeOfAPlan() {
        assertThat(PlanStatus.afterProgress(40)).isEqualTo(PlanStatus.IN_PROGRESS);
        assertThat(PlanStatus.afterProgress(100)).isEqualTo(PlanStatus.DONE);
        assertThat(PlanStatus.afterPostInspection(VerificationResult.CONFIRMED)).isEqualTo(PlanStatus.VERIFIED);
        assertThat(PlanStatus.afterPostInspection(VerificationResult.NOT_CONFIRMED)).isEqualTo(PlanStatus.IN_PROGRESS);
        for (PlanStatus status : PlanStatus.values()) {
            assertThat(status.acceptsProgress()).isEqualTo(status != PlanStatus.VERIFIED);
            assertThat(status.isRevisable()).isEqualTo(status != PlanStatus.VERIFIED);
            assertThat(status.awaitsPostInspection()).isEqualTo(status == PlanStatus.DONE);
        }
    }
}
