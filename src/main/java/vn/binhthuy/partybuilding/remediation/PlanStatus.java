package vn.binhthuy.partybuilding.remediation;

import java.util.Arrays;
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
