package vn.binhthuy.partybuilding.remediation;

public record RemediationSummary(int year, long plans, long completed, long verified, long overdue) {

    /** Share of plans completed (done or verified), 0..1. */
    public double completedShare() {
        return plans == 0 ? 0 : (double) completed / plans;
    }
}
