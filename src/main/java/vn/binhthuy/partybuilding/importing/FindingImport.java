package vn.binhthuy.partybuilding.importing;

import vn.binhthuy.partybuilding.indicators.FindingDegree;
import vn.binhthuy.partybuilding.indicators.ShortcomingSource;

import java.time.LocalDate;
import java.util.List;

/**
 * A checked findings file: the rows ready to write, and every problem found (by row and column). Nothing is written
 * unless there are no problems. organizationId null: a file of the whole committee.
 */
public record FindingImport(Long organizationId, int year, String fileName, List<Row> rows,
                            List<ImportProblem> problems) implements CheckedImport {

    /**
     * A valid row resolved to ids (organizationId: the grassroots organization of the cell); memberId null = a finding of the cell as a collective; checkedVersion is the
     * version of the stored finding when the file was checked (null: none).
     */
    public record Row(int number, Long memberId, String subject, long unitId, long organizationId, long indicatorId, String indicatorCode,
                      FindingDegree degree, ShortcomingSource source, LocalDate foundOn, String note,
                      Integer checkedVersion) implements ImportConfirmation.CheckedRow {

        /** The key of the database's one-finding-per-subject rule (see the finding table's subject_key). */
        String subjectKey() {
            return memberId == null ? "U" + unitId : "M" + memberId;
        }
    }

    @Override
    public List<Preview> preview() {
        return rows.stream().map(r -> new Preview(r.number(), r.subject(), String.join(" · ", r.indicatorCode(),
                CodeWords.word(FindingImportColumns.DEGREES, r.degree()),
                CodeWords.word(FindingImportColumns.SOURCES, r.source()), CodeWords.date(r.foundOn())))).toList();
    }

    @Override
    public String kind() {
        return FindingImportService.CODE;
    }

    @Override
    public ImportScope scope() {
        return ImportScope.of(organizationId, year);
    }
}
