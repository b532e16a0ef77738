package vn.binhthuy.partybuilding.classification;

/**
 * A member of a cell with their rating of the year, for editing. ratingId/levelCode/version are null when the member
 * is not rated yet; fullName is null when the current user may not see member names.
 */
public record MemberRatingEntry(long memberId, String memberCode, String fullName, Long ratingId, String levelCode,
                                String note, Integer version) {

    public MemberRatingEntry withoutName() {
        return new MemberRatingEntry(memberId, memberCode, null, ratingId, levelCode, note, version);
    }
}
