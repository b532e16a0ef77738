package vn.binhthuy.partybuilding.classification;

import vn.binhthuy.partybuilding.units.UnitLevel;

/**
 * How many organizations under a unit of a per-unit breakdown (a district on a province's whole tree, or an
 * organization directly under the root standing for itself) rated more members excellent than the year's cap
 * allows, counted in SQL.
 */
public record ExcellentShareBreachCount(String unitCode, String unitName, UnitLevel unitLevel, long organizations,
                                        int capPercent) {
}
