package vn.binhthuy.partybuilding.reviews;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

/**
 * The aggregate behind a {@link ReviewDelegation}: a review of a collective (memberId null) or of one member that the
 * standing board led or attended, guarded by its version. (The table's subject_key is computed by the database.)
 */
@Table("review_delegation")
public record Review(@Id Long id, int reviewYear, long unitId, long organizationId, Long memberId,
              ReviewParticipation participation, LocalDate reviewDate, String headName, String note,
              @Version Integer version) {

    public static Review of(int year, long unitId, long organizationId, Long memberId, ReviewParticipation participation,
                     LocalDate reviewDate, String headName, String note) {
        return new Review(null, year, unitId, organizationId, memberId, participation, reviewDate, headName, note,
                null);
    }

    /** This review as the editor read it: saving or deleting the result is refused if it changed since. */
    Review asRead(int readVersion) {
        return new Review(id, reviewYear, unitId, organizationId, memberId, participation, reviewDate, headName, note,
                readVersion);
    }

    public Review corrected(long newUnitId, ReviewParticipation newParticipation, LocalDate newDate, String newHeadName,
                     String newNote) {
        return new Review(id, reviewYear, newUnitId, organizationId, memberId, newParticipation, newDate, newHeadName,
                newNote, version);
    }
}
