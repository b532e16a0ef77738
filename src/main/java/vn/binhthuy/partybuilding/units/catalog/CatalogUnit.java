package vn.binhthuy.partybuilding.units.catalog;

import vn.binhthuy.partybuilding.units.UnitLevel;

/** A unit as the unit catalog lists and edits it: all years, with its version for optimistic locking. */
public record CatalogUnit(long id, String code, Long parentId, String kindCode, UnitLevel level, String name,
                          String shortName, int validFromYear, Integer validToYear, int sortOrder, int version,
                          int children) {
}
