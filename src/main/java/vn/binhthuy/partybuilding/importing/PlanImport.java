package vn.binhthuy.partybuilding.importing;

import vn.binhthuy.partybuilding.remediation.PlanUpdates;

import java.util.List;

/**
 * A checked remediation-plans file of a year, of one organization or (organizationId null) the whole committee: the
 * rows ready to write, and every problem found (by row and column). Nothing is written unless there are no problems.
 */
public record PlanImport(Long organizationId, int year, String fileName, List<Row> rows, List<ImportProblem> problems)
        implements CheckedImport {

    /** A valid row: the key it was given in the file, and the plan it states (with the stored plan's id and version). */
    public record Row(int number, String key, PlanUpdates.ImportedPlan plan) implements ImportConfirmation.CheckedRow {

        @Override
        public Integer checkedVersion() {
            return plan.version();
        }
    }

    @Override
    public List<Preview> preview() {
        return rows.stream().map(r -> new Preview(r.number(), r.key(), r.plan().title() + " · " + r.plan().status()))
                .toList();
    }

    @Override
    public String kind() {
        return PlanImportService.CODE;
    }

    @Override
    public ImportScope scope() {
        return ImportScope.of(organizationId, year);
    }
}
