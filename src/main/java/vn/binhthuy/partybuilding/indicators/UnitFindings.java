package vn.binhthuy.partybuilding.indicators;

/** Findings counted in one unit; organization* name the TCCSĐ the unit belongs to (itself for a TCCSĐ). */
public record UnitFindings(long unitId, String unitCode, String unitName, int sortOrder, String organizationCode,
                           String organizationName, long findings) {
}
