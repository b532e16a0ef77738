package vn.binhthuy.partybuilding.units;

import vn.binhthuy.partybuilding.base.i18n.Localized;

/** A kind of unit: ward party committee, agency, school, enterprise, police, military, cell... */
public record UnitKind(String code, UnitLevel level, String nameVi, String nameEn) implements Localized {
}
