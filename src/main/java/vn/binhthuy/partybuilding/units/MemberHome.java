package vn.binhthuy.partybuilding.units;

/**
 * A unit members belong to directly (a cell, or an organization without cells) with the short name of its
 * organization, because cell names repeat across organizations ("Chi bộ Khu vực 1").
 */
public record MemberHome(Unit unit, String organizationShortName) {

    public long id() {
        return unit.id();
    }

    /** "Chi bộ Khu vực 1 — Long Tuyền"; an organization without cells is named once. */
    public String label() {
        return unit.level() == UnitLevel.CELL ? unit.name() + " — " + organizationShortName : unit.name();
    }
}
