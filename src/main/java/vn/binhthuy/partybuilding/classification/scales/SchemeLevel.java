package vn.binhthuy.partybuilding.classification.scales;

import vn.binhthuy.partybuilding.base.i18n.Localized;

/** A level of a scheme as the scale editor shows it; rank 1 is the best. */
public record SchemeLevel(long id, long schemeId, String code, int levelRank, String nameVi, String nameEn,
                          boolean countsAsGood, String color, int version) implements Localized {
}
