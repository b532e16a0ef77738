package vn.binhthuy.partybuilding.units.catalog;

import vn.binhthuy.partybuilding.units.UnitLevel;

import java.util.List;

/**
 * What a reorganization will change, shown before the Board confirms: the units that end the year before, the units
 * that continue them from the year (with the units they continue), how many members move with them, and the user
 * accounts still bound to a unit that ends (they keep it: the administrator binds them to the unit that continues it).
 */
public record ReorganizationPreview(int fromYear, List<CatalogUnit> ending, List<Successor> successors, int members,
                                    List<String> accountsOnEndingUnits) {

    /** A unit the reorganization creates. */
    public record Successor(String code, String name, UnitLevel level, String parentName, Integer validToYear,
                            List<String> predecessorNames) {}
}
