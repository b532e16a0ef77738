package vn.binhthuy.partybuilding.remediation;

/**
 * Plans of a year by calendar month: how many fell due and how many were completed in that month, and the running
 * totals since January. Month 13 collects everything after the year's end.
 */
public record MonthlyProgress(int month, long due, long completed, long cumulativeDue, long cumulativeCompleted) {
}
