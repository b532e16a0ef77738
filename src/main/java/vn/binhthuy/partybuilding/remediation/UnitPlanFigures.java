package vn.binhthuy.partybuilding.remediation;

/** The plans of one organization in one year: how many, how many completed (done or verified), how many overdue. */
public record UnitPlanFigures(long unitId, String unitCode, String unitName, int sortOrder, long plans,
                              long completed, long overdue) {
}
