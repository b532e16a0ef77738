package vn.binhthuy.partybuilding.units.catalog;

/** What the Organization Board typed for a new or changed unit; the code and parent are fixed once created. */
public record UnitDraft(String code, String kindCode, String name, String shortName, Integer validFromYear,
                        Integer validToYear, Integer sortOrder) {
}
