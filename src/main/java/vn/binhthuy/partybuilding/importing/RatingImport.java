package vn.binhthuy.partybuilding.importing;

import java.util.List;

/**
 * A checked member-rating file: the rows ready to write, and every problem found (by row and column). Nothing is
 * written unless there are no problems. organizationId null: a file of the whole committee.
 */
public record RatingImport(Long organizationId, int year, String fileName, List<Row> rows,
                           List<ImportProblem> problems) implements CheckedImport {

    /**
     * A valid row resolved to ids (organizationId: the grassroots organization of the member's cell at the year's
     * end); checkedVersion is the version of the member's stored rating when the file was
     * checked (null: none), so a confirm can tell whether someone changed it since.
     */
    public record Row(int number, long memberId, String memberCode, long unitId, long organizationId, long levelId,
                      String levelCode, String note, Integer checkedVersion) implements ImportConfirmation.CheckedRow {}

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
