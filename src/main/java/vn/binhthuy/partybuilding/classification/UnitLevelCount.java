package vn.binhthuy.partybuilding.classification;

/** How many ratings of one level a unit (an organization, or a cell) had in a year. */
public record UnitLevelCount(long unitId, String unitCode, String unitName, int sortOrder, String levelCode,
                             long ratings) {
}
