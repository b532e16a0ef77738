package vn.binhthuy.partybuilding.importing;

import java.util.List;

/**
 * A checked member-rating file: the rows ready to write, and every problem found (by row and column). Nothing is
 * written unless there are no problems.
 */
public record RatingImport(long organizationId, int year, String fileName, List<Row> rows,
                           List<ImportProblem> problems) implements CheckedImport {

    /**
     * A valid row resolved to ids; checkedVersion is the version of the member's stored rating when the file was
     * checked (null: none), so a confirm can tell whether someone changed it since.
     */
    public record Row(int number, long memberId, String memberCode, long unitId, long levelId, String levelCode,
                      String note, Integer checkedVersion) implements ImportConfirmation.CheckedRow {}

    @Override
    public List<Preview> preview() {
        return rows.stream().map(r -> new Preview(r.number(), r.memberCode(), r.levelCode())).toList();
    }

    @Override
    public String kind() {
        return RatingImportService.CODE;
    }

    @Override
    public ImportScope scope() {
        return ImportScope.of(organizationId, year);
    }
}
