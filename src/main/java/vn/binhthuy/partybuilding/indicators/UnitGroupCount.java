package vn.binhthuy.partybuilding.indicators;

/** Findings of one indicator group (A, B, C) in one unit. */
public record UnitGroupCount(long unitId, String unitCode, String unitName, int sortOrder, String groupCode,
                             long findings) {
}
