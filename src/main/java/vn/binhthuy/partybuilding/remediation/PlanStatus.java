package vn.binhthuy.partybuilding.remediation;

/** Where a remediation plan stands; VERIFIED = confirmed by a post-inspection (hậu kiểm tra). */
public enum PlanStatus {
    NOT_STARTED, IN_PROGRESS, DONE, VERIFIED;

    public boolean isCompleted() {
        return this == DONE || this == VERIFIED;
    }
}
