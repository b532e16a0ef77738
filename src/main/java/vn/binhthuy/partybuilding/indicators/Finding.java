package vn.binhthuy.partybuilding.indicators;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

/**
 * A manifestation found in a member (memberId) or in a unit as a collective (memberId null) in a year, the aggregate
 * every write of {@code finding} goes through (the cell page's editor and the import alike). The table's generated
 * subject_key is not mapped: the database derives it.
 */
@Table("finding")
public record Finding(@Id Long id, int findingYear, long indicatorId, Long memberId, long unitId, long organizationId,
                      FindingDegree degree, ShortcomingSource source, LocalDate foundOn, String note,
                      @Version Integer version) {

    public static Finding first(int year, long indicatorId, Long memberId, long unitId, long organizationId,
                                FindingDegree degree, ShortcomingSource source, LocalDate foundOn, String note) {
        return new Finding(null, year, indicatorId, memberId, unitId, organizationId, degree, source, foundOn, note,
                null);
    }

    /** This finding with another degree, date and note, still expecting the version it was read at. */
    public Finding corrected(FindingDegree newDegree, LocalDate newFoundOn, String newNote) {
        return new Finding(id, findingYear, indicatorId, memberId, unitId, organizationId, newDegree, source, newFoundOn,
                newNote, version);
    }
}
