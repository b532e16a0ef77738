package vn.binhthuy.partybuilding.importing;

import vn.binhthuy.partybuilding.members.Gender;

import java.time.LocalDate;
import java.util.List;

/**
 * A checked member register file: the rows ready to write, and every problem found (by row and column). Nothing is
 * written unless there are no problems.
 */
public record MemberImport(String fileName, List<Row> rows, List<ImportProblem> problems) implements CheckedImport {

    /**
     * A valid row resolved to ids; memberId null for a new member; checkedVersion the stored member's version at the
     * check (null: new).
     */
    public record Row(int number, Long memberId, String code, String fullName, Gender gender, int birthYear,
                      LocalDate admittedOn, LocalDate officialOn, long unitId, String unitCode, LocalDate joinedOn,
                      LocalDate leftOn, String departureReason, Integer checkedVersion) implements ImportConfirmation.CheckedRow {}

    @Override
    public List<Preview> preview() {
        return rows.stream().map(r -> new Preview(r.number(), r.code(), r.fullName() + " · " + r.unitCode())).toList();
    }

    @Override
    public String kind() {
        return MemberImportService.CODE;
    }

    @Override
    public ImportScope scope() {
        return ImportScope.wholeCommittee(null);
    }
}
