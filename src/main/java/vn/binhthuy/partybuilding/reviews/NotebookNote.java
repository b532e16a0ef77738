package vn.binhthuy.partybuilding.reviews;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

/** The aggregate behind a {@link NotebookEntry}: one dated note in the notebook, guarded by its version. */
@Table("notebook_entry")
public record NotebookNote(@Id Long id, long unitId, long organizationId, Long memberId, LocalDate entryDate,
                    NotebookKind kind, String content, String recordedBy, @Version Integer version) {

    /** A note of a collective. */
    public static NotebookNote of(long unitId, long organizationId, LocalDate entryDate, NotebookKind kind, String content,
                           String recordedBy) {
        return new NotebookNote(null, unitId, organizationId, null, entryDate, kind, content, recordedBy, null);
    }

    /** This note as the editor read it: saving or deleting the result is refused if it changed since. */
    NotebookNote asRead(int readVersion) {
        return new NotebookNote(id, unitId, organizationId, memberId, entryDate, kind, content, recordedBy,
                readVersion);
    }

    /** The same note recorded by someone else (an import names who wrote it). */
    public NotebookNote recordedBy(String author) {
        return new NotebookNote(id, unitId, organizationId, memberId, entryDate, kind, content, author, version);
    }

    NotebookNote corrected(long newUnitId, LocalDate newDate, NotebookKind newKind, String newContent) {
        return new NotebookNote(id, newUnitId, organizationId, memberId, newDate, newKind, newContent, recordedBy,
                version);
    }
}
