package vn.binhthuy.partybuilding.importing;

import java.util.List;

/**
 * A checked organization-ratings file of a year: the rows ready to write, and every problem found (by row and
 * column). Nothing is written unless there are no problems.
 */
public record OrganizationRatingImport(int year, String fileName, List<Row> rows, List<ImportProblem> problems)
        implements CheckedImport {

    /** A valid row resolved to ids; checkedVersion is the stored rating's version at the check (null: none). */
    public record Row(int number, long organizationId, String organizationCode, long levelId, String levelCode,
                      boolean exemplary, String note, Integer checkedVersion) implements ImportConfirmation.CheckedRow {
    }

    @Override
    public List<Preview> preview() {
        return rows.stream().map(r -> new Preview(r.number(), r.organizationCode(),
                r.levelCode() + (r.exemplary() ? " · " + OrganizationRatingImportColumns.EXEMPLARY : ""))).toList();
    }

    @Override
    public String kind() {
        return OrganizationRatingImportService.CODE;
    }

    @Override
    public ImportScope scope() {
        return ImportScope.wholeCommittee(year);
    }
}
