package vn.binhthuy.partybuilding.importing;

import vn.binhthuy.partybuilding.units.UnitLevel;

import java.util.List;

/**
 * A checked unit file: the rows ready to write, parents before children, and every problem found (by row and
 * column). Nothing is written unless there are no problems.
 */
public record UnitImport(String fileName, List<Row> rows, List<ImportProblem> problems) implements CheckedImport {

    /** A valid row; parentCode null for the root; checkedVersion the stored unit's version at the check (null: new). */
    public record Row(int number, String code, String parentCode, String kindCode, UnitLevel level, String name,
                      String shortName, int fromYear, Integer toYear, int sortOrder, Integer checkedVersion)
            implements ImportConfirmation.CheckedRow {}

    @Override
    public List<Preview> preview() {
        return rows.stream().map(r -> new Preview(r.number(), r.code(), r.name())).toList();
    }

    @Override
    public String kind() {
        return UnitImportService.CODE;
    }

    @Override
    public ImportScope scope() {
        return ImportScope.wholeCommittee(null);
    }
}
