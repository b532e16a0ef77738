package vn.binhthuy.partybuilding.reviews;

/**
 * Reviews the standing board (BTV) took part in during a year: delegations it formed (led) and reviews it
 * attended, of collectives and of individuals.
 */
public record ReviewSummary(int year, long ledCollectives, long ledIndividuals, long attendedCollectives,
                            long attendedIndividuals) {
}
