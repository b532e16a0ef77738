package vn.binhthuy.partybuilding.remediation;

import java.time.LocalDate;
import java.util.List;

/** One plan with its progress reports, as the plan dialog shows and edits it. */
public record PlanDetails(long id, int year, long organizationId, String unitName, boolean individual, String title,
                          String shortcomings, String responsiblePerson, LocalDate createdOn, LocalDate deadline,
                          PlanStatus status, LocalDate completedOn, VerificationResult verificationResult, LocalDate verifiedOn,
                          String verificationNote, int version, List<Progress> progress) {

    /** A dated progress report. */
    public record Progress(LocalDate reportedOn, int percentComplete, String note) {}
}
