package vn.binhthuy.partybuilding.remediation;

/** Plans of one status in one unit; overdue = past the deadline and not completed. */
public record UnitStatusCount(long unitId, String unitCode, String unitName, int sortOrder, PlanStatus status,
                              long plans, long overdue) {
}
