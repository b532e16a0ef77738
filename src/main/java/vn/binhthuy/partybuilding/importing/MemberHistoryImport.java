package vn.binhthuy.partybuilding.importing;

import vn.binhthuy.partybuilding.members.MemberRegister;

import java.util.List;
import java.util.Set;

/**
 * A checked cell-history file: per member (at the row of their first stretch) the complete history to store, and
 * every problem found (by row and column). Nothing is written unless there are no problems.
 */
public record MemberHistoryImport(String fileName, List<Row> rows, List<ImportProblem> problems)
        implements CheckedImport {

    /** A member's history from the file; checkedVersion the member's version at the check. */
    public record Row(int number, long memberId, String code, Set<MemberRegister.Period> periods,
                      Integer checkedVersion) implements ImportConfirmation.CheckedRow {}

    @Override
    public List<Preview> preview() {
        return rows.stream().map(r -> new Preview(r.number(), r.code(), String.valueOf(r.periods().size()))).toList();
    }

    @Override
    public String kind() {
        return MemberHistoryImportService.CODE;
    }

    @Override
    public ImportScope scope() {
        return ImportScope.wholeCommittee(null);
    }
}
