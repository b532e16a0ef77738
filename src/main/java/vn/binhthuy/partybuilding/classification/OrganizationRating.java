package vn.binhthuy.partybuilding.classification;

import vn.binhthuy.partybuilding.base.i18n.Localized;

/** How one grassroots organization was rated in a year. */
public record OrganizationRating(long unitId, int year, String levelCode, String nameVi, String nameEn, String color,
                                 boolean exemplary) implements Localized {
}
