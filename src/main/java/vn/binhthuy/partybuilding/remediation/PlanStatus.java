package vn.binhthuy.partybuilding.remediation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a remediation plan stands; VERIFIED = confirmed by a post-inspection (hậu kiểm tra). The rules of what may
 * happen to a plan in each status live here, for the service that enforces them and the dialog that offers them.
 */
public enum PlanStatus {
    NOT_STARTED, IN_PROGRESS, DONE, VERIFIED;

    public boolean isCompleted() {
        return this == DONE || this == VERIFIED;
    }

    /** A verified plan is closed: no more progress reports. */
    public boolean acceptsProgress() {
        return this != VERIFIED;
    }

    /**
     * Whether a progress report dated {@code on} belongs to the past that a plan's status already sums up: on or
     * before its completion or its post-inspection. An import brings such reports as the plan's history (a workbook
     * states the plan and its reports apart); they change neither its status nor its dates, so a verified plan may
     * receive them.
     */
    public static boolean precedesOutcome(LocalDate on, LocalDate completedOn, LocalDate verifiedOn) {
        return completedOn != null && !on.isAfter(completedOn) || verifiedOn != null && !on.isAfter(verifiedOn);
    }

    /** Only a plan reported done waits for its post-inspection. */
    public boolean awaitsPostInspection() {
        return this == DONE;
    }

    /** Wording, person responsible and deadline may be corrected until the plan is verified. */
    public boolean isRevisable() {
        return this != VERIFIED;
    }

    /** The status a progress report of this percentage leads to: 100% completes the plan. */
    static PlanStatus afterProgress(int percentComplete) {
        return percentComplete == 100 ? DONE : IN_PROGRESS;
    }

    /** The status a post-inspection leads to: confirmed closes the plan, not confirmed sends it back. */
    static PlanStatus afterPostInspection(VerificationResult result) {
        return result == VerificationResult.CONFIRMED ? VERIFIED : IN_PROGRESS;
    }

    /**
     * What is wrong with a plan stated whole in this status (an import's row), as the dialogs' steps would never leave
     * it: a completed plan has its completion date and only a completed one; a post-inspection has its date; confirmed
     * is exactly a verified plan, and "not confirmed" sent the plan back, so it never stands before any progress.
     * {@code aboutCompletion} tells whether the completion date or the post-inspection is at fault.
     */
    public Optional<Problem> problemWith(LocalDate completedOn, VerificationResult result, LocalDate verifiedOn) {
        if (isCompleted() && completedOn == null) {
            return Optional.of(new Problem(true, "plan.error.completed-on-required"));
        }
        if (!isCompleted() && completedOn != null) {
            return Optional.of(new Problem(true, "plan.error.completed-on-not-allowed"));
        }
        if ((this == VERIFIED) != (result == VerificationResult.CONFIRMED)
                || (result == VerificationResult.NOT_CONFIRMED && this == NOT_STARTED)) {
            return Optional.of(new Problem(false, "plan.error.verification-status"));
        }
        if ((result == null) != (verifiedOn == null)
                || (verifiedOn != null && completedOn != null && this == VERIFIED && verifiedOn.isBefore(completedOn))) {
            return Optional.of(new Problem(false, "plan.error.verification-date"));
        }
        return Optional.empty();
    }

    /** A broken status rule: a message key, and whether the completion date (else the post-inspection) is at fault. */
    public record Problem(boolean aboutCompletion, String messageKey) {}

    /** SQL that is true for a completed plan, from {@link #isCompleted()}. */
    static String completedCondition(String statusColumn) {
        return statusColumn + " IN (" + Arrays.stream(values()).filter(PlanStatus::isCompleted)
                .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", ")) + ")";
    }

    /** SQL that orders plans by status in the order declared here. */
    static String orderExpression(String statusColumn) {
        return "FIELD(" + statusColumn + ", " + Arrays.stream(values()).map(status -> "'" + status.name() + "'")
                .collect(Collectors.joining(", ")) + ")";
    }
}
