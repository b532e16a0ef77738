package vn.binhthuy.partybuilding.remediation;

import vn.binhthuy.partybuilding.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A plan's progress and post-inspection; each test is rolled back. */
@SpringBootTest
@Transactional
@WithUserDetails("bantochuc")
class PlanUpdatesTest {

    @Autowired PlanUpdates updates;
    @Autowired JdbcTemplate jdbc;

    private PlanDetails plan(String status, String organization) {
        long id = jdbc.queryForObject("""
                SELECT p.id FROM remediation_plan p JOIN unit o ON o.id = p.organization_id
                WHERE p.status = ? AND o.code = ? ORDER BY p.id LIMIT 1""", Long.class, status, organization);
        return updates.details(id);
    }

    private static void expectProblem(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void progressStartsAPlanAndAHundredPercentCompletesIt() {
        PlanDetails plan = plan("NOT_STARTED", "p-tra-noc");
        LocalDate day = plan.createdOn().plusDays(10);

        PlanDetails started = updates.reportProgress(plan, day, 40, "Đã tổ chức kiểm điểm lại");
        assertThat(started.status()).isEqualTo(PlanStatus.IN_PROGRESS);
        assertThat(started.progress()).last().extracting(PlanDetails.Progress::percentComplete).isEqualTo(40);

        PlanDetails done = updates.reportProgress(started, day.plusDays(5), 100, "Đã khắc phục xong");
        assertThat(done.status()).isEqualTo(PlanStatus.DONE);
        assertThat(done.completedOn()).isEqualTo(day.plusDays(5));
    }

    @Test
    void thePostInspectionConfirmsOrSendsThePlanBack() {
        PlanDetails done = plan("DONE", "p-tra-noc");
        LocalDate after = done.completedOn().plusDays(20);

        PlanDetails verified = updates.recordPostInspection(done, VerificationResult.CONFIRMED, after, "Đã khắc phục triệt để");
        assertThat(verified.status()).isEqualTo(PlanStatus.VERIFIED);
        assertThat(verified.verificationResult()).isEqualTo(VerificationResult.CONFIRMED);

        PlanDetails another = plan("DONE", "p-an-thoi");
        PlanDetails back = updates.recordPostInspection(another, VerificationResult.NOT_CONFIRMED, another.completedOn().plusDays(3), "Chưa triệt để");
        assertThat(back.status()).isEqualTo(PlanStatus.IN_PROGRESS);
        assertThat(back.verificationResult()).isEqualTo(VerificationResult.NOT_CONFIRMED);
        assertThat(back.completedOn()).isNull();
    }

    @Test
    void badInputIsRefusedWithASpecificMessageAndChangesNothing() {
        PlanDetails plan = plan("IN_PROGRESS", "p-tra-noc");
        int version = plan.version();

        expectProblem(() -> updates.reportProgress(plan, plan.createdOn().minusDays(1), 50, "x"), "plan.error.date-range");
        expectProblem(() -> updates.reportProgress(plan, LocalDate.now().plusDays(1), 50, "x"), "plan.error.date-range");
        expectProblem(() -> updates.reportProgress(plan, plan.createdOn(), 120, "x"), "plan.error.percent");
        expectProblem(() -> updates.reportProgress(plan, plan.createdOn(), 50, " "), "plan.error.note-required");
        expectProblem(() -> updates.reportProgress(plan, null, 50, "x"), "plan.error.date-required");
        expectProblem(() -> updates.recordPostInspection(plan, VerificationResult.CONFIRMED, LocalDate.now(), null), "plan.error.not-done");
        assertThat(updates.details(plan.id()).version()).isEqualTo(version);
    }

    @Test
    void aReportBasedOnAnOutdatedReadIsRefused() {
        PlanDetails readByFirst = plan("IN_PROGRESS", "p-tra-noc");
        PlanDetails readBySecond = updates.details(readByFirst.id());
        updates.reportProgress(readByFirst, readByFirst.createdOn().plusDays(1), 60, "Người thứ nhất");

        assertThatThrownBy(() -> updates.reportProgress(readBySecond, readBySecond.createdOn().plusDays(2), 70,
                "Người thứ hai")).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(updates.details(readByFirst.id()).progress()).extracting(PlanDetails.Progress::note)
                .contains("Người thứ nhất").doesNotContain("Người thứ hai");
    }

    @Test
    @WithUserDetails("bithu.longtuyen")
    void aSecretaryUpdatesOnlyTheirOwnOrganizationsPlans() {
        long foreign = jdbc.queryForObject("""
                SELECT p.id FROM remediation_plan p JOIN unit o ON o.id = p.organization_id
                WHERE o.code = 'p-tra-noc' LIMIT 1""", Long.class);
        assertThatThrownBy(() -> updates.details(foreign)).isInstanceOf(AccessDeniedException.class);
        PlanDetails own = plan("IN_PROGRESS", "p-long-tuyen");
        assertThat(updates.mayUpdate(own)).isTrue();
    }

    @Test
    @WithUserDetails("lanhdao")
    void leadershipReadsPlansButDoesNotUpdateThem() {
        PlanDetails plan = plan("IN_PROGRESS", "p-tra-noc");
        assertThat(updates.mayUpdate(plan)).isFalse();
        assertThatThrownBy(() -> updates.reportProgress(plan, plan.createdOn(), 10, "x"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
