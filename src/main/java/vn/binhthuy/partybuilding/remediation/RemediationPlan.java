package vn.binhthuy.partybuilding.remediation;

import vn.binhthuy.partybuilding.indicators.ShortcomingSource;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A remediation plan with its progress reports and the manifestations it addresses: one aggregate, saved as a
 * whole, guarded by its version. Each change returns the changed plan; {@link PlanUpdates} checks the input first.
 */
@Table("remediation_plan")
record RemediationPlan(@Id Long id, int planYear, long unitId, long organizationId, Long memberId, ShortcomingSource source,
                       String title, String shortcomings, String responsiblePerson, LocalDate createdOn,
                       LocalDate deadline, PlanStatus status, LocalDate completedOn,
                       VerificationResult verificationResult, LocalDate verifiedOn, String verificationNote,
                       @MappedCollection(idColumn = "plan_id") Set<ProgressReport> progress,
                       @MappedCollection(idColumn = "plan_id") Set<LinkedIndicator> indicators, String importKey,
                       @Version Integer version) {

    /** A new plan, not started yet. */
    static RemediationPlan open(int year, long unitId, long organizationId, Long memberId, ShortcomingSource source,
                                String title, String shortcomings, String responsiblePerson, LocalDate createdOn,
                                LocalDate deadline, Set<Long> indicatorIds) {
        Set<LinkedIndicator> links = new HashSet<>();
        indicatorIds.forEach(id -> links.add(new LinkedIndicator(id)));
        return new RemediationPlan(null, year, unitId, organizationId, memberId, source, title, shortcomings,
                responsiblePerson, createdOn, deadline, PlanStatus.NOT_STARTED, null, null, null, null, Set.of(),
                links, null, null);
    }

    /**
     * This plan as the editor read it: saving the result is refused (and changes nothing) when the plan is no longer
     * at that version.
     */
    RemediationPlan asRead(int readVersion) {
        return new RemediationPlan(id, planYear, unitId, organizationId, memberId, source, title, shortcomings,
                responsiblePerson, createdOn, deadline, status, completedOn, verificationResult, verifiedOn,
                verificationNote, progress, indicators, importKey, readVersion);
    }

    /** A dated report; the first starts the plan, 100% completes it on that day. */
    RemediationPlan reported(LocalDate on, int percentComplete, String note) {
        Set<ProgressReport> reports = new HashSet<>(progress);
        reports.add(new ProgressReport(null, on, percentComplete, note));
        PlanStatus next = PlanStatus.afterProgress(percentComplete);
        return new RemediationPlan(id, planYear, unitId, organizationId, memberId, source, title, shortcomings,
                responsiblePerson, createdOn, deadline, next, next.isCompleted() ? on : null, verificationResult,
                verifiedOn, verificationNote, reports, indicators, importKey, version);
    }

    /** A report of the plan's history ({@link PlanStatus#precedesOutcome}): kept, the status and dates as they are. */
    RemediationPlan reportedEarlier(LocalDate on, int percentComplete, String note) {
        Set<ProgressReport> reports = new HashSet<>(progress);
        reports.add(new ProgressReport(null, on, percentComplete, note));
        return new RemediationPlan(id, planYear, unitId, organizationId, memberId, source, title, shortcomings,
                responsiblePerson, createdOn, deadline, status, completedOn, verificationResult, verifiedOn,
                verificationNote, reports, indicators, importKey, version);
    }

    /** The post-inspection: confirmed closes the plan; not confirmed sends it back in progress, the finding kept. */
    RemediationPlan inspected(VerificationResult result, LocalDate on, String note) {
        PlanStatus next = PlanStatus.afterPostInspection(result);
        return new RemediationPlan(id, planYear, unitId, organizationId, memberId, source, title, shortcomings,
                responsiblePerson, createdOn, deadline, next, next.isCompleted() ? completedOn : null, result, on,
                note, progress, indicators, importKey, version);
    }

    /** New wording, person responsible and deadline. */
    RemediationPlan revised(String newTitle, String newShortcomings, String newResponsiblePerson,
                            LocalDate newDeadline) {
        return new RemediationPlan(id, planYear, unitId, organizationId, memberId, source, newTitle, newShortcomings,
                newResponsiblePerson, createdOn, newDeadline, status, completedOn, verificationResult, verifiedOn,
                verificationNote, progress, indicators, importKey, version);
    }

    /**
     * This plan as an import file states it (everything but its progress reports, which stay as they are), at the
     * version the import's check read; a new plan when {@code stored} is null.
     */
    static RemediationPlan imported(RemediationPlan stored, PlanUpdates.ImportedPlan plan) {
        Set<LinkedIndicator> links = new HashSet<>();
        plan.indicatorIds().forEach(id -> links.add(new LinkedIndicator(id)));
        return new RemediationPlan(stored == null ? null : stored.id(), plan.year(), plan.unitId(),
                plan.organizationId(), plan.memberId(), plan.source(), plan.title(), plan.shortcomings(),
                plan.responsiblePerson(), plan.createdOn(), plan.deadline(), plan.status(), plan.completedOn(),
                plan.verificationResult(), plan.verifiedOn(), plan.verificationNote(),
                stored == null ? Set.of() : stored.progress(), links,
                stored == null ? plan.importKey() : stored.importKey(), stored == null ? null : plan.version());
    }

    /**
     * A progress report (a row of remediation_progress). Its id is kept when the plan is saved again, so the order
     * of reports made on the same day stays as it was.
     */
    @Table("remediation_progress")
    record ProgressReport(@Id Long id, LocalDate reportedOn, int percentComplete, String note) {}

    /** A manifestation the plan addresses (a row of remediation_plan_indicator). */
    @Table("remediation_plan_indicator")
    record LinkedIndicator(long indicatorId) {}
}
