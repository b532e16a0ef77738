package vn.binhthuy.partybuilding.remediation;

import vn.binhthuy.partybuilding.indicators.ShortcomingSource;

import java.time.LocalDate;

/**
 * One remediation plan as listed in grids. individual = the plan of a member (whose name is not part of this
 * record: who may see member names is decided by the access rules).
 */
public record PlanListItem(long id, int year, String unitName, String organizationCode, String organizationName,
                           boolean individual, String title, ShortcomingSource source, LocalDate createdOn,
                           LocalDate deadline, PlanStatus status, LocalDate completedOn, VerificationResult verificationResult,
                           boolean overdue, Integer lastPercent) {
}
