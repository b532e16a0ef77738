package vn.binhthuy.partybuilding.importing;

import vn.binhthuy.partybuilding.reviews.NotebookKind;

import java.time.LocalDate;
import java.util.List;

/**
 * A checked notebook file: the rows ready to write, and every problem found (by row and column). Nothing is written
 * unless there are no problems. organizationId null: a file of the whole committee.
 */
public record NotebookImport(Long organizationId, int year, String fileName, List<Row> rows,
                             List<ImportProblem> problems) implements CheckedImport {

    /**
     * A valid row resolved to ids; recordedBy null = not given (the importer for a new note, the stored author
     * otherwise); checkedVersion is the version of the stored equal note when the file was checked (null: none).
     */
    public record Row(int number, String unitCode, long unitId, long organizationId, LocalDate date, NotebookKind kind,
                      String content, String recordedBy, Integer checkedVersion)
            implements ImportConfirmation.CheckedRow {

        String key() {
            return NotebookImport.key(unitId, date, kind, content);
        }
    }

    /**
     * What identifies a note, as a notebook has no other key: the collective, the day, strength or shortcoming, and
     * the words. A note whose words change is another note; the same file again finds every note unchanged.
     */
    static String key(long unitId, LocalDate date, NotebookKind kind, String content) {
        return unitId + "|" + date + "|" + kind + "|" + content;
    }

    @Override
    public List<Preview> preview() {
        return rows.stream().map(r -> new Preview(r.number(), r.unitCode(),
                CodeWords.word(NotebookImportColumns.KINDS, r.kind()) + " · " + CodeWords.date(r.date()))).toList();
    }

    @Override
    public String kind() {
        return NotebookImportService.CODE;
    }

    @Override
    public ImportScope scope() {
        return ImportScope.of(organizationId, year);
    }
}
