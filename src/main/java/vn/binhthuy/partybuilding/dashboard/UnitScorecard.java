package vn.binhthuy.partybuilding.dashboard;

/**
 * One row of an organization or cell table: the year's figures of one unit across the three chart families, and for
 * an organization the level it was rated at (null for a cell, or an organization not rated in the year).
 */
public record UnitScorecard(long unitId, String unitCode, String unitName, int sortOrder, long membersRated,
                            long membersGood, long findings, long plans, long plansOverdue, String levelCode) {

    public UnitScorecard named(String name) {
        return new UnitScorecard(unitId, unitCode, name, sortOrder, membersRated, membersGood, findings, plans,
                plansOverdue, levelCode);
    }

    public double goodShare() {
        return membersRated == 0 ? 0 : (double) membersGood / membersRated;
    }
}
