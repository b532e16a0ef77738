package vn.binhthuy.partybuilding.remediation;

/**
 * Plans of a year by calendar month: how many fell due in that month and how many were completed in it.
 * Month 13 collects everything after the year's end.
 */
public record MonthlyProgress(int month, long due, long completed) {
}
