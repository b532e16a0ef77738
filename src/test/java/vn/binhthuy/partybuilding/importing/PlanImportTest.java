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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.binhthuy.partybuilding.importing.PlanImportColumns.ALL;
import static vn.binhthuy.partybuilding.importing.RatingImportTest.xlsx;

/**
 * Remediation plans by file: new plans under the clerk's keys in 2020 (no plans in the demo), stored plans of the
 * demo by their numbers, the status rules, and the export's plan sheet read back. Each test runs in a transaction
 * that is rolled back.
 */
@ApplicationTest
@Transactional
@WithUserDetails("bantochuc")
class PlanImportTest {

    static final int YEAR = 2020;

    @Autowired PlanImportService imports;
    @Autowired ImportPage page;
    @Autowired DatasetExporter exporter;
    @Autowired UnitService units;
    @Autowired JdbcTemplate jdbc;

    Unit longTuyen;
    Unit traNoc;
    String cell;

    @BeforeEach
    void organizations() {
        longTuyen = units.byCode("p-long-tuyen").orElseThrow();
        traNoc = units.byCode("p-tra-noc").orElseThrow();
        cell = units.cells(longTuyen.id()).getFirst().code();
    }

    /** A plan row of Long Tuyền's first cell in 2020, with the status columns given. */
    List<String> plan(String key, String title, String status, String completedOn, String result, String verifiedOn) {
        return List.of(key, String.valueOf(YEAR), longTuyen.code(), cell, "", "Tự kiểm điểm", title,
                "Sinh hoạt chưa đều", "Bí thư chi bộ", "B5, b7", "15/03/2020", "30/09/2020", status, completedOn,
                result, verifiedOn, "");
    }

    List<String> with(List<String> row, String column, String value) {
        List<String> changed = new ArrayList<>(row);
        changed.set(ALL.indexOf(column), value);
        return changed;
    }

    long plans(int year) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM remediation_plan WHERE plan_year = ?", Long.class, year);
    }

    @Test
    void theDialogsDeadlineRuleAppliesAndAnEmojiCountsAsOneCharacterInTheCheckAndTheWrite() throws Exception {
        String title = "😀".repeat(300);
        byte[] file = xlsx(ALL, List.of(with(plan("KH-30", title, "Đang thực hiện", "", "", ""),
                PlanImportColumns.DEADLINE, "15/03/2022")));

        assertThat(imports.apply(imports.check(longTuyen.id(), YEAR, "emoji.xlsx", file)))
                .isEqualTo(new ImportResult(1, 0, 0));
        assertThat(jdbc.queryForObject("""
                SELECT CHAR_LENGTH(title) FROM remediation_plan WHERE import_key = 'KH-30' AND plan_year = 2020""",
                Integer.class)).isEqualTo(300);
        assertThat(imports.check(longTuyen.id(), YEAR, "dai.xlsx", xlsx(ALL, List.of(
                plan("KH-31", title + "😀", "Đang thực hiện", "", "", ""))))
                .problems()).extracting(ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(tuple(PlanImportColumns.TITLE, "import.error.too-long-text"));
    }

    @Test
    void newPlansUnderTheClerksKeysAreCreatedOnceAndCorrectedByTheSameKey() throws Exception {
        List<String> first = plan("KH-01", "Sinh hoạt đều đặn", "Đang thực hiện", "", "", "");
        List<String> second = plan("KH-02", "Học tập nghị quyết", "Đã hậu kiểm", "10/09/2020", "Xác nhận đã khắc phục",
                "20/10/2020");
        byte[] file = xlsx(ALL, List.of(first, second));
        long before = plans(YEAR);

        assertThat(imports.apply(imports.check(longTuyen.id(), YEAR, "kh.xlsx", file))).isEqualTo(new ImportResult(2, 0, 0));
        assertThat(plans(YEAR)).isEqualTo(before + 2);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM remediation_plan_indicator l JOIN remediation_plan p ON p.id = l.plan_id
                WHERE p.import_key = 'KH-01' AND p.plan_year = 2020""", Long.class)).isEqualTo(2);

        assertThat(imports.apply(imports.check(longTuyen.id(), YEAR, "kh.xlsx", file))).isEqualTo(new ImportResult(0, 0, 2));

        byte[] corrected = xlsx(ALL, List.of(plan("kh-01", "Sinh hoạt đều đặn", "DONE", "01/09/2020", "", ""), second));
        assertThat(imports.apply(imports.check(longTuyen.id(), YEAR, "sua.xlsx", corrected)))
                .isEqualTo(new ImportResult(0, 1, 1));
        assertThat(jdbc.queryForObject("SELECT status FROM remediation_plan WHERE import_key = 'KH-01' AND plan_year = 2020",
                String.class)).isEqualTo("DONE");
    }

    @Test
    void everyBadRowIsReportedAtItsRowAndColumnAndNothingIsWritten() throws Exception {
        List<String> good = plan("KH-01", "Sinh hoạt đều đặn", "Đang thực hiện", "", "", "");
        String planOf2019 = String.valueOf(jdbc.queryForObject(
                "SELECT MIN(id) FROM remediation_plan WHERE plan_year = 2019", Long.class));
        List<List<String>> rows = List.of(
                good,                                                                               // 2
                with(good, PlanImportColumns.PLAN_KEY, "KH-01"),                                    // 3 duplicate
                with(plan("KH-03", "a", "Đang thực hiện", "", "", ""), PlanImportColumns.ORGANIZATION_CODE, "khong-co"),
                with(plan("KH-04", "a", "Đang thực hiện", "", "", ""), PlanImportColumns.UNIT_CODE, "p-tra-noc-kv1"),
                with(plan("KH-05", "a", "Đang thực hiện", "", "", ""), PlanImportColumns.SOURCE, "Báo chí"),
                with(plan("KH-06", "a", "Đang thực hiện", "", "", ""), PlanImportColumns.TITLE, ""),
                with(plan("KH-07", "a", "Đang thực hiện", "", "", ""), PlanImportColumns.INDICATORS, "B5, D1"),
                with(plan("KH-08", "a", "Đang thực hiện", "", "", ""), PlanImportColumns.CREATED_ON, "31/02/2020"),
                with(plan("KH-09", "a", "Đang thực hiện", "", "", ""), PlanImportColumns.DEADLINE, "01/01/2020"),
                plan("KH-10", "a", "Xong rồi", "", "", ""),                                         // 11
                plan("KH-11", "a", "Đã hoàn thành", "", "", ""),                                    // 12 no completion date
                plan("KH-12", "a", "Đã hậu kiểm", "10/09/2020", "Chưa khắc phục triệt để", "20/10/2020"), // 13
                plan("KH-13", "a", "Đang thực hiện", "10/09/2020", "", ""),                         // 14
                plan(planOf2019, "a", "Đang thực hiện", "", "", ""),                                // 15 another year's
                with(plan("KH-15", "a", "Đang thực hiện", "", "", ""), PlanImportColumns.MEMBER_CODE, "DV999999"),
                with(plan("KH-16", "a", "Đang thực hiện", "", "", ""), PlanImportColumns.YEAR, "2019"),
                plan("KH-17", "a", "Đã hoàn thành", "01/01/2027", "", ""),                         // 18 after today
                with(plan("KH-18", "a", "Đang thực hiện", "", "", ""), PlanImportColumns.DEADLINE, "16/03/2022"));
        long before = plans(YEAR);

        PlanImport checked = imports.check(null, YEAR, "sai.xlsx", xlsx(ALL, rows));

        assertThat(checked.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(
                        tuple(3, PlanImportColumns.PLAN_KEY, "import.error.duplicate-plan"),
                        tuple(4, PlanImportColumns.ORGANIZATION_CODE, "import.error.unknown-organization"),
                        tuple(5, PlanImportColumns.UNIT_CODE, "import.error.unknown-unit-in-organization"),
                        tuple(6, PlanImportColumns.SOURCE, "import.error.not-allowed"),
                        tuple(7, PlanImportColumns.TITLE, "import.error.required"),
                        tuple(8, PlanImportColumns.INDICATORS, "import.error.unknown-indicator"),
                        tuple(9, PlanImportColumns.CREATED_ON, "import.error.not-a-date"),
                        tuple(10, PlanImportColumns.DEADLINE, "import.error.deadline-before-created"),
                        tuple(11, PlanImportColumns.STATUS, "import.error.not-allowed"),
                        tuple(12, PlanImportColumns.COMPLETED_ON, "plan.error.completed-on-required"),
                        tuple(13, PlanImportColumns.VERIFICATION, "plan.error.verification-status"),
                        tuple(14, PlanImportColumns.COMPLETED_ON, "plan.error.completed-on-not-allowed"),
                        tuple(15, PlanImportColumns.PLAN_KEY, "import.error.unknown-plan"),
                        tuple(16, PlanImportColumns.MEMBER_CODE, "import.error.unknown-member"),
                        tuple(17, PlanImportColumns.YEAR, "import.error.wrong-year"),
                        tuple(18, PlanImportColumns.COMPLETED_ON, "import.error.after-today"),
                        tuple(19, PlanImportColumns.DEADLINE, "import.error.deadline-too-late"));
        assertThat(checked.problems().getFirst().arguments()).containsExactly("KH-01", 2);
        assertThatThrownBy(() -> imports.apply(checked)).isInstanceOf(IllegalArgumentException.class);
        assertThat(plans(YEAR)).isEqualTo(before);
    }

    @Test
    void aNumberThatIsNoPlanHereIsAPlanFromAnotherServerKeptUnderThatNumber() throws Exception {
        List<String> brought = plan("999999999", "Sinh hoạt đều đặn", "Đang thực hiện", "", "", "");

        PlanImport checked = imports.check(null, YEAR, "may-chu-cu.xlsx", xlsx(ALL, List.of(brought)));
        assertThat(checked.problems()).isEmpty();
        assertThat(imports.apply(checked)).isEqualTo(new ImportResult(1, 0, 0));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM remediation_plan WHERE import_key = '999999999'",
                Long.class)).isEqualTo(1);
        // the same file again finds it by that number
        assertThat(imports.apply(imports.check(null, YEAR, "may-chu-cu.xlsx", xlsx(ALL, List.of(brought)))))
                .isEqualTo(new ImportResult(0, 0, 1));
    }

    @Test
    void aStoredPlanNamedByItsNumberIsCorrectedWithItsProgressReportsKept() throws Exception {
        int year = 2019;
        Map<String, Object> stored = jdbc.queryForMap("""
                SELECT p.id, COUNT(r.id) AS reports FROM remediation_plan p JOIN remediation_progress r ON r.plan_id = p.id
                WHERE p.plan_year = ? AND p.organization_id = ? AND p.status = 'IN_PROGRESS' AND p.member_id IS NULL
                  AND p.verification_result IS NULL
                GROUP BY p.id ORDER BY p.id LIMIT 1""", year, longTuyen.id());
        long id = ((Number) stored.get("id")).longValue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(year, List.of(DatasetExporter.plansSheet()), (key, params) -> key, "x.xlsx", out);
        PlanImport exported = imports.check(null, year, "xuat.xlsx", out.toByteArray());
        List<String> row = exported.rows().stream().filter(r -> r.plan().id() == id).findFirst().map(r -> List.of(
                r.key(), String.valueOf(year), longTuyen.code(), units.byId(r.plan().unitId()).orElseThrow().code(), "",
                "Kiểm tra", "Tên mới", r.plan().shortcomings(), r.plan().responsiblePerson(), "",
                r.plan().createdOn().toString(), r.plan().deadline().toString(), "Đang thực hiện", "", "", "", ""))
                .orElseThrow();
        assertThat(row.getFirst()).isEqualTo(String.valueOf(id));

        PlanImport correction = imports.check(longTuyen.id(), year, "sua.xlsx", xlsx(ALL, List.of(row)));
        assertThat(correction.problems()).isEmpty();
        assertThat(imports.apply(correction)).isEqualTo(new ImportResult(0, 1, 0));
        assertThat(jdbc.queryForMap("""
                SELECT p.title, p.source, COUNT(r.id) AS reports FROM remediation_plan p
                LEFT JOIN remediation_progress r ON r.plan_id = p.id WHERE p.id = ? GROUP BY p.id""", id))
                .containsEntry("title", "Tên mới").containsEntry("source", "INSPECTION")
                .containsEntry("reports", stored.get("reports"));
    }

    @Test
    void aConfirmIsRefusedWhenAPlanItWouldChangeWasChangedAfterTheCheck() throws Exception {
        List<String> row = plan("KH-01", "Sinh hoạt đều đặn", "Đang thực hiện", "", "", "");
        imports.apply(imports.check(longTuyen.id(), YEAR, "a.xlsx", xlsx(ALL, List.of(row))));
        PlanImport correction = imports.check(longTuyen.id(), YEAR, "b.xlsx", xlsx(ALL, List.of(
                with(row, PlanImportColumns.TITLE, "Tên khác"), plan("KH-02", "Mới", "Chưa thực hiện", "", "", ""))));
        jdbc.update("UPDATE remediation_plan SET responsible_person = 'Người khác', version = version + 1 "
                + "WHERE import_key = 'KH-01' AND plan_year = 2020");
        long before = plans(YEAR);

        assertThatThrownBy(() -> imports.apply(correction)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.error.stale");
            assertThat(e.arguments()).containsExactly(1, 2);
        });
        assertThat(plans(YEAR)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT title FROM remediation_plan WHERE import_key = 'KH-01' AND plan_year = 2020",
                String.class)).isEqualTo("Sinh hoạt đều đặn");
    }

    @Test
    void theUntouchedTemplateImportsNothing() {
        PlanImport checked = imports.check(longTuyen.id(), YEAR, "mau.xlsx", imports.template(longTuyen.id(), YEAR));

        assertThat(checked.problems()).extracting(ImportProblem::messageKey).containsExactly("import.error.only-examples");
    }

    @Test
    void theExportedSheetOfEachYearImportsBackUnchanged() throws Exception {
        for (int year = 2016; year <= 2019; year++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.write(year, List.of(DatasetExporter.plansSheet()), (key, params) -> key, "x.xlsx", out);

            CheckedImport checked = page.check(imports, ImportScope.wholeCommittee(year), "du-lieu.xlsx",
                    out.toByteArray(), new ImportProgress());

            assertThat(checked.problems()).as("year " + year).isEmpty();
            assertThat(checked.preview()).hasSize((int) plans(year));
            assertThat(page.apply(checked, new ImportProgress())).isEqualTo(new ImportResult(0, 0, (int) plans(year)));
        }
    }

    @Test
    @WithUserDetails("bithu.longtuyen")
    void aSecretaryImportsTheirOwnOrganizationsPlansOnly() throws Exception {
        byte[] file = xlsx(ALL, List.of(plan("KH-01", "Sinh hoạt đều đặn", "Đang thực hiện", "", "", "")));

        assertThat(imports.apply(imports.check(longTuyen.id(), YEAR, "kh.xlsx", file))).isEqualTo(new ImportResult(1, 0, 0));
        assertThatThrownBy(() -> imports.check(traNoc.id(), YEAR, "kh.xlsx", file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.check(null, YEAR, "kh.xlsx", file)).isInstanceOf(AccessDeniedException.class);
        assertThat(page.targets(imports, YEAR)).extracting(ImportTarget::unitId).containsExactly(longTuyen.id());
    }

    @Test
    void theBoardMayImportTheWholeCommitteesPlans() {
        assertThat(page.targets(imports, YEAR).getFirst().isWholeCommittee()).isTrue();
    }
}
