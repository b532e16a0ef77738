package vn.binhthuy.partybuilding.classification;

import vn.binhthuy.partybuilding.base.i18n.Localized;

/** Organizations of one kind (wards, agencies, schools...) rated at one level. */
public record KindLevelCount(String kindCode, String nameVi, String nameEn, int sortOrder, String levelCode,
                             long ratings) implements Localized {
}
