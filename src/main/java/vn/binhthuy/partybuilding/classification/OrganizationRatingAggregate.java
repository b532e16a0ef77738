package vn.binhthuy.partybuilding.classification;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A grassroots organization's rating of a year as stored, the aggregate every write of {@code organization_rating}
 * goes through ({@link OrganizationRating} is the read model the dashboards show).
 */
@Table("organization_rating")
public record OrganizationRatingAggregate(@Id Long id, @Column("unit_id") long organizationId, int ratingYear, long levelId,
                                   boolean exemplary, String note, @Version Integer version) {

    public static OrganizationRatingAggregate first(long organizationId, int year, long levelId, boolean exemplary,
                                             String note) {
        return new OrganizationRatingAggregate(null, organizationId, year, levelId, exemplary, note, null);
    }

    /** This stored rating with a new level, distinction and note, at the version it was read (an import's write). */
    public OrganizationRatingAggregate corrected(long newLevelId, boolean newExemplary, String newNote) {
        return new OrganizationRatingAggregate(id, organizationId, ratingYear, newLevelId, newExemplary, newNote,
                version);
    }

    /** The rating as read for editing (id and version), with the new level, distinction and note. */
    static OrganizationRatingAggregate corrected(OrganizationRatingEntry read, long levelId, boolean exemplary,
                                                 String note) {
        return new OrganizationRatingAggregate(read.ratingId(), read.organizationId(), read.year(), levelId, exemplary,
                note, read.version());
    }
}
