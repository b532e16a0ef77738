package vn.binhthuy.partybuilding.classification;

/** An organization's rating of a year as read for editing; ratingId and version are null when not rated yet. */
public record OrganizationRatingEntry(long organizationId, int year, Long ratingId, String levelCode,
                                      boolean exemplary, String note, Integer version) {
}
