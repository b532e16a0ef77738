package vn.binhthuy.partybuilding.importing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.ApplicationTest;
import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.export.DatasetExporter;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;

import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.binhthuy.partybuilding.importing.PlanProgressImportColumns.ALL;
import static vn.binhthuy.partybuilding.importing.RatingImportTest.xlsx;

/**
 * Progress reports by file, for plans a plans file made in 2020 (none in the demo) and for the demo's plans through
 * the export's sheet. Each test runs in a transaction that is rolled back.
 */
@ApplicationTest
@Transactional
@WithUserDetails("bantochuc")
class PlanProgressImportTest {

    static final int YEAR = 2020;

    @Autowired PlanProgressImportService imports;
    @Autowired PlanImportService planImports;
    @Autowired ImportPage page;
    @Autowired DatasetExporter exporter;
    @Autowired UnitService units;
    @Autowired JdbcTemplate jdbc;

    Unit longTuyen;

    @BeforeEach
    void organization() {
        longTuyen = units.byCode("p-long-tuyen").orElseThrow();
    }

    /** Two plans of Long Tuyền made by a plans file: one not started, one verified. */
    void twoPlans() throws Exception {
        String cell = units.cells(longTuyen.id()).getFirst().code();
        List<List<String>> plans = List.of(
                List.of("KH-01", "2020", longTuyen.code(), cell, "", "Tự kiểm điểm", "Sinh hoạt đều đặn", "Chưa đều",
                        "Bí thư chi bộ", "", "15/03/2020", "30/09/2020", "Chưa thực hiện", "", "", "", ""),
                List.of("KH-02", "2020", longTuyen.code(), cell, "", "Kiểm tra", "Học nghị quyết", "Chưa học",
                        "Bí thư chi bộ", "", "15/03/2020", "30/09/2020", "Đã hậu kiểm", "01/09/2020",
                        "Xác nhận đã khắc phục", "15/09/2020", ""));
        planImports.apply(planImports.check(longTuyen.id(), YEAR, "kh.xlsx", xlsx(PlanImportColumns.ALL, plans)));
    }

    List<String> report(String key, String on, String percent, String note) {
        return List.of(key, String.valueOf(YEAR), longTuyen.code(), on, percent, note);
    }

    String status(String key) {
        return jdbc.queryForObject("SELECT status FROM remediation_plan WHERE import_key = ? AND plan_year = 2020",
                String.class, key);
    }

    long reports() {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM remediation_progress r JOIN remediation_plan p ON p.id = r.plan_id
                WHERE p.plan_year = 2020""", Long.class);
    }

    @Test
    void reportsAreAddedOnceAndTheLastSetsThePlansStatus() throws Exception {
        twoPlans();
        byte[] file = xlsx(ALL, List.of(report("KH-01", "30/04/2020", "40", "Đã sinh hoạt 2 kỳ"),
                report("KH-01", "30/06/2020", "100%", "Đã sinh hoạt đều")));

        assertThat(imports.apply(imports.check(longTuyen.id(), YEAR, "td.xlsx", file))).isEqualTo(new ImportResult(2, 0, 0));
        assertThat(status("KH-01")).isEqualTo("DONE");
        assertThat(imports.apply(imports.check(longTuyen.id(), YEAR, "td.xlsx", file))).isEqualTo(new ImportResult(0, 0, 2));
        assertThat(reports()).isEqualTo(2);
    }

    @Test
    void theReportsOfAVerifiedPlansPastAreItsHistoryAndLeaveItVerified() throws Exception {
        twoPlans();
        // KH-02 was completed on 01/09/2020 and verified on 15/09/2020, as the plans sheet of a workbook states it
        byte[] file = xlsx(ALL, List.of(report("KH-02", "30/04/2020", "40", "Đã học 1 chuyên đề"),
                report("KH-02", "01/09/2020", "100", "Đã học đủ")));

        PlanProgressImport checked = imports.check(null, YEAR, "td.xlsx", file);
        assertThat(checked.problems()).isEmpty();
        assertThat(imports.apply(checked)).isEqualTo(new ImportResult(2, 0, 0));
        assertThat(jdbc.queryForMap("""
                SELECT status, completed_on, verified_on FROM remediation_plan
                WHERE import_key = 'KH-02' AND plan_year = 2020""").values().stream().map(String::valueOf).toList())
                .containsExactly("VERIFIED", "2020-09-01", "2020-09-15");
        assertThat(reports()).isEqualTo(2);
    }

    @Test
    void everyBadRowIsReportedAtItsRowAndColumn() throws Exception {
        twoPlans();
        List<List<String>> rows = List.of(
                report("KH-01", "30/04/2020", "40", "Đã sinh hoạt"),          // 2
                report("KH-01", "30/04/2020", "40", "Đã sinh hoạt"),          // 3 duplicate
                report("KH-09", "30/04/2020", "40", "a"),                     // 4 no such plan
                report("KH-01", "30/02/2020", "40", "a"),                     // 5 no such day
                report("KH-01", "30/04/2020", "140", "a"),                    // 6
                report("KH-01", "30/04/2020", "40", ""),                      // 7
                report("KH-02", "20/09/2020", "40", "a"),                     // 8 verified: no more progress
                report("KH-01", "01/01/2020", "40", "a"));                    // 9 before the plan was made

        PlanProgressImport checked = imports.check(null, YEAR, "sai.xlsx", xlsx(ALL, rows));

        assertThat(checked.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(
                        tuple(3, PlanProgressImportColumns.REPORTED_ON, "import.error.duplicate-report"),
                        tuple(4, PlanProgressImportColumns.PLAN_KEY, "import.error.unknown-plan"),
                        tuple(5, PlanProgressImportColumns.REPORTED_ON, "import.error.not-a-date"),
                        tuple(6, PlanProgressImportColumns.PERCENT, "import.error.percent"),
                        tuple(7, PlanProgressImportColumns.NOTE, "import.error.required"),
                        tuple(8, PlanProgressImportColumns.PLAN_KEY, "plan.error.already-verified"),
                        tuple(9, PlanProgressImportColumns.REPORTED_ON, "plan.error.date-range"));
        assertThatThrownBy(() -> imports.apply(checked)).isInstanceOf(IllegalArgumentException.class);
        assertThat(reports()).isZero();
    }

    @Test
    void aConfirmIsRefusedWhenThePlanChangedAfterTheCheck() throws Exception {
        twoPlans();
        PlanProgressImport checked = imports.check(longTuyen.id(), YEAR, "td.xlsx",
                xlsx(ALL, List.of(report("KH-01", "30/04/2020", "40", "Đã sinh hoạt"))));
        jdbc.update("UPDATE remediation_plan SET version = version + 1 WHERE import_key = 'KH-01' AND plan_year = 2020");

        assertThatThrownBy(() -> imports.apply(checked)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.error.stale"));
        assertThat(reports()).isZero();
    }

    @Test
    void theUntouchedTemplateImportsNothing() throws Exception {
        twoPlans();
        PlanProgressImport checked = imports.check(longTuyen.id(), YEAR, "mau.xlsx", imports.template(longTuyen.id(), YEAR));

        assertThat(checked.problems()).extracting(ImportProblem::messageKey).containsExactly("import.error.only-examples");
    }

    @Test
    void theExportedSheetOfEachYearImportsBackUnchanged() throws Exception {
        for (int year = 2016; year <= 2019; year++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.write(year, List.of(DatasetExporter.progressSheet()), (key, params) -> key, "x.xlsx", out);
            long stored = jdbc.queryForObject("""
                    SELECT COUNT(*) FROM remediation_progress r JOIN remediation_plan p ON p.id = r.plan_id
                    WHERE p.plan_year = ?""", Long.class, year);

            CheckedImport checked = page.check(imports, ImportScope.wholeCommittee(year), "du-lieu.xlsx",
                    out.toByteArray(), new ImportProgress());

            assertThat(checked.problems()).as("year " + year).isEmpty();
            assertThat(page.apply(checked, new ImportProgress())).isEqualTo(new ImportResult(0, 0, (int) stored));
        }
    }

    @Test
    @WithUserDetails("bithu.tranoc")
    void anotherOrganizationsSecretaryCannotReportOnItsPlans() {
        assertThatThrownBy(() -> imports.check(longTuyen.id(), YEAR, "td.xlsx", new byte[]{1}))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.check(null, YEAR, "td.xlsx", new byte[]{1}))
                .isInstanceOf(AccessDeniedException.class);
    }
}
