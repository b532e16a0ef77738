package vn.binhthuy.partybuilding.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * A checked progress-reports file of a year, of one organization or (organizationId null) the whole committee: the
 * rows ready to write, and every problem found (by row and column).
 */
public record PlanProgressImport(Long organizationId, int year, String fileName, List<Row> rows,
                                 List<ImportProblem> problems) implements CheckedImport {

    /**
     * A valid row: the report of the plan, and the plan's version when the file was checked. A report is never
     * changed, only added, so no stored report's version is checked (null); the plan's version is, when it is added.
     */
    public record Row(int number, String key, long planId, int planVersion, LocalDate reportedOn, int percentComplete,
                      String note) implements ImportConfirmation.CheckedRow {

        @Override
        public Integer checkedVersion() {
            return null;
        }

        PlanImportQueries.Report report() {
            return new PlanImportQueries.Report(planId, reportedOn, percentComplete, note);
        }
    }

    @Override
    public List<Preview> preview() {
        return rows.stream().map(r -> new Preview(r.number(), r.key(), r.percentComplete() + "% · " + r.reportedOn()))
                .toList();
    }

    @Override
    public String kind() {
        return PlanProgressImportService.CODE;
    }

    @Override
    public ImportScope scope() {
        return ImportScope.of(organizationId, year);
    }
}
