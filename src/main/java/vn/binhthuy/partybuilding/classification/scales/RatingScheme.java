package vn.binhthuy.partybuilding.classification.scales;

import vn.binhthuy.partybuilding.base.ValidYears;
import vn.binhthuy.partybuilding.classification.RatingSubject;

/** A regulation's rating scale for organizations or for members, and the years it applies to. */
public record RatingScheme(long id, String code, RatingSubject subject, String regulation, int validFromYear,
                           Integer validToYear, Integer excellentCapPercent, int version) {

    public boolean appliesIn(int year) {
        return ValidYears.include(validFromYear, validToYear, year);
    }
}
