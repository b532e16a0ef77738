package vn.binhthuy.partybuilding.remediation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.indicators.Indicator;
import vn.binhthuy.partybuilding.indicators.IndicatorService;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.units.UnitService;
import vn.binhthuy.partybuilding.indicators.ShortcomingSource;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a plan moves on: progress reports (the first one starts the plan, 100% completes it) and the post-inspection
 * (hậu kiểm tra) that confirms the fix or sends the plan back. Each change is saved through the plan aggregate at
 * the version the editor read (a save based on an outdated read is refused by its @Version) and is audited.
 */
@Service
public class PlanUpdates {

    private final RemediationPlanRepository plans;
    private final RemediationQueries queries;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final Clock clock;
    private final UnitService units;
    private final IndicatorService indicators;

    public PlanUpdates(RemediationPlanRepository plans, RemediationQueries queries, AccessGuard guard, AuditLog audit,
                       Clock clock, UnitService units, IndicatorService indicators) {
        this.plans = plans;
        this.queries = queries;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
        this.units = units;
        this.indicators = indicators;
    }

    /** What a new plan says; memberId null = the plan of the unit as a collective. */
    public record NewPlan(int year, long unitId, Long memberId, ShortcomingSource source, String title, String shortcomings,
                          String responsiblePerson, LocalDate deadline, List<String> indicatorCodes) {}

    /**
     * A plan as an import file states it, resolved to ids: id and version of the stored plan it corrects (null: a new
     * one, known by its importKey).
     */
    public record ImportedPlan(Long id, Integer version, String importKey, int year, long unitId, long organizationId,
                               Long memberId, ShortcomingSource source, String title, String shortcomings,
                               String responsiblePerson, LocalDate createdOn, LocalDate deadline, PlanStatus status,
                               LocalDate completedOn, VerificationResult verificationResult, LocalDate verifiedOn,
                               String verificationNote, Set<Long> indicatorIds) {}

    /**
     * Writes an import's checked plans: new ones created, stored ones saved at the version the import's check read
     * (changed since: refused by their version), their progress reports kept. The rules of a plan's wording and status
     * hold as in the dialogs. A null organization is the Board's file of the whole committee.
     */
    @Transactional
    public void saveImported(Long organizationId, List<ImportedPlan> imported) {
        if (organizationId == null) {
            guard.requireOrganizationBoard();
        } else {
            guard.requireEditorOf(organizationId);
        }
        for (ImportedPlan plan : imported) {
            if (organizationId != null && plan.organizationId() != organizationId) {
                throw new IllegalArgumentException("An import writes only its own organization's plans");
            }
            guard.requireEditorOf(plan.organizationId());
            checkWording(plan.title(), plan.shortcomings(), plan.responsiblePerson());
            if (plan.source() == null || plan.status() == null) {
                throw new InvalidInputException("plan.error.source-required");
            }
            if (!deadlineFits(plan.createdOn(), plan.deadline())) {
                throw new InvalidInputException("plan.error.deadline-revised");
            }
            plan.status().problemWith(plan.completedOn(), plan.verificationResult(), plan.verifiedOn())
                    .ifPresent(problem -> {
                        throw new InvalidInputException(problem.messageKey());
                    });
            RemediationPlan stored = plan.id() == null ? null
                    : plans.findById(plan.id()).orElseThrow(() -> new InvalidInputException("plan.error.not-found"));
            plans.save(RemediationPlan.imported(stored, plan));
        }
    }

    /** A progress report of an import file, for the plan at the version the import's check read. */
    public record ImportedProgress(long planId, int planVersion, LocalDate reportedOn, int percentComplete,
                                   String note) {}

    /**
     * Adds an import's checked progress reports to their plans, each plan saved once at the version the check read,
     * under the same rules as a report made in the dialog (not on a verified plan, dated from the plan's creation to
     * today, 0–100%, with a note); reports of one plan are added in date order, so the last one sets its status —
     * but a report of the plan's history ({@link PlanStatus#precedesOutcome}) is only kept: the plans sheet already
     * stated where the plan stands.
     */
    @Transactional
    public void saveImportedProgress(Long organizationId, List<ImportedProgress> reports) {
        if (organizationId == null) {
            guard.requireOrganizationBoard();
        } else {
            guard.requireEditorOf(organizationId);
        }
        Map<Long, List<ImportedProgress>> byPlan = reports.stream()
                .collect(Collectors.groupingBy(ImportedProgress::planId, LinkedHashMap::new,
                        Collectors.toList()));
        byPlan.forEach((planId, planReports) -> {
            RemediationPlan plan = plans.findById(planId)
                    .orElseThrow(() -> new InvalidInputException("plan.error.not-found"))
                    .asRead(planReports.getFirst().planVersion());
            if (organizationId != null && plan.organizationId() != organizationId) {
                throw new IllegalArgumentException("An import writes only its own organization's plans");
            }
            guard.requireEditorOf(plan.organizationId());
            for (ImportedProgress report : planReports.stream()
                    .sorted(Comparator.comparing(ImportedProgress::reportedOn)).toList()) {
                boolean history = PlanStatus.precedesOutcome(report.reportedOn(), plan.completedOn(),
                        plan.verifiedOn());
                if (!history && !plan.status().acceptsProgress()) {
                    throw new InvalidInputException("plan.error.already-verified");
                }
                if (report.reportedOn().isBefore(plan.createdOn()) || report.reportedOn().isAfter(LocalDate.now(clock))) {
                    throw new InvalidInputException("plan.error.date-range");
                }
                if (report.percentComplete() < 0 || report.percentComplete() > 100) {
                    throw new InvalidInputException("plan.error.percent");
                }
                if (report.note() == null || report.note().isBlank()) {
                    throw new InvalidInputException("plan.error.note-required");
                }
                plan = history ? plan.reportedEarlier(report.reportedOn(), report.percentComplete(), report.note().trim())
                        : plan.reported(report.reportedOn(), report.percentComplete(), report.note().trim());
            }
            plans.save(plan);
        });
    }

    /** Whether the current user may make plans for the unit (the Organization Board, or its own secretary). */
    public boolean mayCreate(long unitId) {
        return guard.mayEditUnit(unitId);
    }

    /** Makes a new plan (not started yet), linked to the manifestations it addresses; returns its number. */
    @Transactional
    public long create(NewPlan plan) {
        guard.requireEditorOfUnit(plan.unitId());
        LocalDate today = LocalDate.now(clock);
        if (plan.source() == null) {
            throw new InvalidInputException("plan.error.source-required");
        }
        checkWording(plan.title(), plan.shortcomings(), plan.responsiblePerson());
        if (!deadlineFits(today, plan.deadline())) {
            throw new InvalidInputException("plan.error.deadline");
        }
        if (plan.memberId() != null && !queries.memberInUnit(plan.memberId(), plan.unitId(), today)) {
            throw new InvalidInputException("plan.error.member");
        }
        long organization = units.byId(plan.unitId()).flatMap(units::organizationOf).orElseThrow().id();
        List<String> codes = plan.indicatorCodes() == null ? List.of() : plan.indicatorCodes();
        long id = plans.save(RemediationPlan.open(plan.year(), plan.unitId(), organization, plan.memberId(),
                plan.source(), plan.title().trim(), plan.shortcomings().trim(), plan.responsiblePerson().trim(), today,
                plan.deadline(), indicatorIds(codes))).id();
        audit.record(AuditAction.RECORD_CREATED, "REMEDIATION_PLAN", String.valueOf(id), plan.title().trim(), null,
                Map.of("unit", plan.unitId(), "member", String.valueOf(plan.memberId()), "source", plan.source().name(),
                        "deadline", plan.deadline().toString(), "indicators", codes));
        return id;
    }

    @Transactional(readOnly = true)
    public PlanDetails details(long planId) {
        PlanDetails plan = queries.details(planId).orElseThrow(() -> new InvalidInputException("plan.error.not-found"));
        guard.checkOrganization(plan.organizationId());
        return plan;
    }

    /** Whether the current user may report on the plan (the Organization Board, or the organization's secretary). */
    public boolean mayUpdate(PlanDetails plan) {
        return guard.mayEditOrganization(plan.organizationId());
    }

    @Transactional
    public PlanDetails reportProgress(PlanDetails read, LocalDate on, Integer percent, String note) {
        authorize(read);
        if (on == null) {
            throw new InvalidInputException("plan.error.date-required");
        }
        if (on.isBefore(read.createdOn()) || on.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("plan.error.date-range");
        }
        if (percent == null || percent < 0 || percent > 100) {
            throw new InvalidInputException("plan.error.percent");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("plan.error.note-required");
        }
        if (!read.status().acceptsProgress()) {
            throw new InvalidInputException("plan.error.already-verified");
        }
        RemediationPlan saved = plans.save(current(read).reported(on, percent, note.trim()));
        PlanStatus status = saved.status();
        audit.record(AuditAction.RECORD_UPDATED, "REMEDIATION_PLAN", String.valueOf(read.id()), "progress " + percent + "%",
                Map.of("status", read.status().name()), Map.of("status", status.name(), "percent", percent));
        return details(read.id());
    }

    /** The post-inspection: confirmed → VERIFIED; not confirmed → back to IN_PROGRESS, with the finding kept. */
    @Transactional
    public PlanDetails recordPostInspection(PlanDetails read, VerificationResult result, LocalDate on, String note) {
        authorize(read);
        if (!read.status().awaitsPostInspection()) {
            throw new InvalidInputException("plan.error.not-done");
        }
        if (result == null) {
            throw new InvalidInputException("plan.error.result-required");
        }
        if (on == null || (read.completedOn() != null && on.isBefore(read.completedOn())) || on.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("plan.error.date-range");
        }
        PlanStatus status = plans.save(current(read).inspected(result, on, note == null ? null : note.trim())).status();
        audit.record(AuditAction.RECORD_UPDATED, "REMEDIATION_PLAN", String.valueOf(read.id()), "post-inspection",
                Map.of("status", read.status().name()), Map.of("status", status.name(), "result", result.name()));
        return details(read.id());
    }

    /**
     * Corrects what a plan says and when it is due. A verified plan is closed; a new deadline may not be before the
     * plan was made nor more than two years after it (moving it earlier than today is allowed: that makes the plan
     * overdue, which is what a correction of a wrong date may mean).
     */
    @Transactional
    public PlanDetails revise(PlanDetails read, String title, String shortcomings, String responsiblePerson,
                              LocalDate deadline) {
        authorize(read);
        if (!read.status().isRevisable()) {
            throw new InvalidInputException("plan.error.already-verified-edit");
        }
        checkWording(title, shortcomings, responsiblePerson);
        if (!deadlineFits(read.createdOn(), deadline)) {
            throw new InvalidInputException("plan.error.deadline-revised");
        }
        plans.save(current(read).revised(title.trim(), shortcomings.trim(), responsiblePerson.trim(), deadline));
        audit.record(AuditAction.RECORD_UPDATED, "REMEDIATION_PLAN", String.valueOf(read.id()), title.trim(),
                Map.of("title", read.title(), "shortcomings", read.shortcomings(),
                        "responsible", read.responsiblePerson(), "deadline", read.deadline().toString()),
                Map.of("title", title.trim(), "shortcomings", shortcomings.trim(),
                        "responsible", responsiblePerson.trim(), "deadline", deadline.toString()));
        return details(read.id());
    }

    /**
     * Whether a deadline suits a plan made on the day: not before it and at most two years after it (the plan
     * dialog's, the corrections' and the import's rule).
     */
    public static boolean deadlineFits(LocalDate createdOn, LocalDate deadline) {
        return deadline != null && !deadline.isBefore(createdOn) && !deadline.isAfter(createdOn.plusYears(2));
    }

    private static void checkWording(String title, String shortcomings, String responsiblePerson) {
        if (blankOrLonger(title, 300)) {
            throw new InvalidInputException("plan.error.title");
        }
        if (blankOrLonger(shortcomings, 10_000)) {
            throw new InvalidInputException("plan.error.shortcomings");
        }
        if (blankOrLonger(responsiblePerson, 160)) {
            throw new InvalidInputException("plan.error.responsible");
        }
    }

    /** Lengths in characters as MariaDB counts them (code points: an emoji is one), like the import's check. */
    private static boolean blankOrLonger(String text, int max) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String trimmed = text.trim();
        return trimmed.codePointCount(0, trimmed.length()) > max;
    }

    private void authorize(PlanDetails read) {
        guard.requireEditorOf(read.organizationId());
    }

    /** The stored plan at the version the editor read; the read came from this plan, which is never deleted. */
    private RemediationPlan current(PlanDetails read) {
        return plans.findById(read.id()).orElseThrow(() -> new InvalidInputException("plan.error.not-found"))
                .asRead(read.version());
    }

    /** The catalog's ids of the codes given; a code not in the catalog links nothing. */
    private Set<Long> indicatorIds(List<String> codes) {
        return indicators.catalog().stream().filter(indicator -> codes.contains(indicator.code()))
                .map(Indicator::id).collect(Collectors.toSet());
    }
}
