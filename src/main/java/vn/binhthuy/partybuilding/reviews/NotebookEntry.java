package vn.binhthuy.partybuilding.reviews;

import java.time.LocalDate;

/** A dated note of a strength or a shortcoming of a collective, the basis of the year-end evaluation. */
public record NotebookEntry(long id, long unitId, String unitName, LocalDate entryDate, NotebookKind kind,
                            String content, String recordedBy, int version) {

    public boolean strength() {
        return kind == NotebookKind.STRENGTH;
    }
}
