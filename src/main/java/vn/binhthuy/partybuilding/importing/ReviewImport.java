package vn.binhthuy.partybuilding.importing;

import vn.binhthuy.partybuilding.reviews.ReviewParticipation;

import java.time.LocalDate;
import java.util.List;

/**
 * A checked review-delegation file: the rows ready to write, and every problem found (by row and column). Nothing is
 * written unless there are no problems. organizationId null: a file of the whole committee.
 */
public record ReviewImport(Long organizationId, int year, String fileName, List<Row> rows,
                           List<ImportProblem> problems) implements CheckedImport {

    /**
     * A valid row resolved to ids; memberId null = the review of the unit as a collective; checkedVersion is the
     * version of the stored review of the same subject and year when the file was checked (null: none).
     */
    public record Row(int number, Long memberId, String subject, long unitId, long organizationId,
                      ReviewParticipation participation, LocalDate reviewDate, String headName, String note,
                      Integer checkedVersion) implements ImportConfirmation.CheckedRow {

        /** The key of the table's one-review-per-subject-and-year rule (see review_delegation.subject_key). */
        String subjectKey() {
            return memberId == null ? "U" + unitId : "M" + memberId;
        }
    }

    @Override
    public List<Preview> preview() {
        return rows.stream().map(r -> new Preview(r.number(), r.subject(),
                CodeWords.word(ReviewImportColumns.PARTICIPATIONS, r.participation()) + " · "
                        + CodeWords.date(r.reviewDate()))).toList();
    }

    @Override
    public String kind() {
        return ReviewImportService.CODE;
    }

    @Override
    public ImportScope scope() {
        return ImportScope.of(organizationId, year);
    }
}
