package vn.binhthuy.partybuilding.classification;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A member's rating of a year, the aggregate every write of {@code member_rating} goes through (the rating editor and
 * the import alike). unitId/organizationId record where the member belonged when rated. version is a wrapper so that
 * a stored row at version 0 is not taken for a new one.
 */
@Table("member_rating")
public record MemberRating(@Id Long id, long memberId, int ratingYear, long unitId, long organizationId, long levelId,
                           String note, @Version Integer version) {

    /** A first rating of the member in the year. */
    public static MemberRating first(long memberId, int year, long unitId, long organizationId, long levelId,
                                     String note) {
        return new MemberRating(null, memberId, year, unitId, organizationId, levelId, note, null);
    }

    /** This rating with another level, cell and note, still expecting the version it was read at. */
    public MemberRating corrected(long newUnitId, long newLevelId, String newNote) {
        return new MemberRating(id, memberId, ratingYear, newUnitId, organizationId, newLevelId, newNote, version);
    }
}
