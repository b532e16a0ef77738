package vn.binhthuy.partybuilding.units;

/** A unit found by name: enough to show it in a list and to open its page. */
public record UnitHit(long id, String code, UnitLevel level, String name, String organizationShortName) {
}
