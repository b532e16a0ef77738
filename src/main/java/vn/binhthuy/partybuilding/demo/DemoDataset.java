package vn.binhthuy.partybuilding.demo;

import java.time.LocalDate;
import java.util.List;

/** The rows of the demo data, in memory, before they are written; ids are assigned by the generator. */
record DemoDataset(List<UnitRow> units, List<MemberRow> members, List<AssignmentRow> assignments,
                   List<OrganizationRatingRow> organizationRatings, List<MemberRatingRow> memberRatings,
                   List<FindingRow> findings, List<PlanRow> plans, List<ProgressRow> progress,
                   List<ReviewRow> reviews, List<NotebookRow> notebook) {

    record UnitRow(long id, String code, Long parentId, String kindCode, String level, String name, String shortName,
                   int validFromYear, Integer validToYear, int sortOrder) {}

    record MemberRow(long id, String code, String fullName, char gender, int birthYear, LocalDate admittedOn,
                     LocalDate leftOn) {}

    record AssignmentRow(long memberId, long unitId, LocalDate validFrom, LocalDate validTo) {}

    record OrganizationRatingRow(long unitId, int year, String levelCode, boolean exemplary) {}

    record MemberRatingRow(long memberId, int year, long unitId, long organizationId, String levelCode) {}

    record FindingRow(int year, String indicatorCode, Long memberId, long unitId, long organizationId, String degree,
                      String source, LocalDate foundOn) {}

    record PlanRow(long id, int year, long unitId, long organizationId, Long memberId, String source, String title,
                   String shortcomings, String responsiblePerson, LocalDate createdOn, LocalDate deadline,
                   String status, LocalDate completedOn, String verificationResult, LocalDate verifiedOn,
                   String verificationNote, List<String> indicatorCodes) {}

    record ProgressRow(long planId, LocalDate reportedOn, int percentComplete, String note) {}

    record ReviewRow(int year, long unitId, long organizationId, Long memberId, String participation,
                     LocalDate reviewDate, String headName, String note) {}

    record NotebookRow(long unitId, long organizationId, Long memberId, LocalDate entryDate, String kind,
                       String content, String recordedBy) {}
}
