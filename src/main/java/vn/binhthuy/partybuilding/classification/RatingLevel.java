package vn.binhthuy.partybuilding.classification;

import vn.binhthuy.partybuilding.base.i18n.Localized;

/**
 * One level of a year's rating scale; rank 1 is the best. countsAsGood = "hoàn thành tốt nhiệm vụ" or better;
 * exemplaryAllowed = an organization at this level may be distinguished "tiêu biểu" (TSVM of the 2014 guidance).
 */
public record RatingLevel(long id, String code, int levelRank, String nameVi, String nameEn, boolean countsAsGood,
                          String color, boolean exemplaryAllowed) implements Localized {

    /** The code under which the organizations rated at this level and distinguished "tiêu biểu" are counted. */
    public String exemplaryCode() {
        return exemplaryCode(code);
    }

    static String exemplaryCode(String levelCode) {
        return levelCode + EXEMPLARY_SUFFIX;
    }

    static final String EXEMPLARY_SUFFIX = "+TIEU-BIEU";
}
