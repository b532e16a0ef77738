package vn.binhthuy.partybuilding.indicators;

import java.time.LocalDate;

/** A recorded manifestation in a cell; memberCode/memberName are null for the collective (name also when hidden). */
public record FindingEntry(long id, String indicatorCode, Long memberId, String memberCode, String memberName,
                           FindingDegree degree, ShortcomingSource source, LocalDate foundOn, String note) {

    FindingEntry withoutName() {
        return new FindingEntry(id, indicatorCode, memberId, memberCode, null, degree, source, foundOn, note);
    }
}
