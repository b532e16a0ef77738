package vn.binhthuy.partybuilding.importing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.indicators.IndicatorService;
import vn.binhthuy.partybuilding.units.UnitScope;
import vn.binhthuy.partybuilding.units.UnitService;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.binhthuy.partybuilding.importing.RatingImportTest.csv;
import static vn.binhthuy.partybuilding.importing.RatingImportTest.xlsx;

/** Findings import for Long Tuyền, year 2020 (no findings in the demo data that year); rolled back. */
@SpringBootTest
@Transactional
@WithUserDetails("bantochuc")
class FindingImportTest {

    static final int YEAR = 2020;

    @Autowired FindingImportService imports;
    @Autowired IndicatorService indicators;
    @Autowired UnitService units;
    @Autowired JdbcTemplate jdbc;

    long longTuyen;
    List<Map<String, Object>> members;

    @BeforeEach
    void roster() {
        longTuyen = units.byCode("p-long-tuyen").orElseThrow().id();
        // the first member of each of two cells, so that a member can be given the other's cell
        members = jdbc.queryForList("""
                SELECT MIN(m.code) AS code, u.code AS cell FROM party_member m
                JOIN member_assignment a ON a.member_id = m.id JOIN unit u ON u.id = a.unit_id
                WHERE u.parent_id = ? AND a.valid_from <= '2020-12-31' AND (a.valid_to IS NULL OR a.valid_to >= '2020-12-31')
                GROUP BY u.code ORDER BY u.code LIMIT 2""", longTuyen);
    }

    private String code(int i) {
        return (String) members.get(i).get("code");
    }

    private String cell(int i) {
        return (String) members.get(i).get("cell");
    }

    private List<List<String>> goodRows() {
        return List.of(
                List.of(code(0), cell(0), "2020", "A6", "Nhẹ", "Tự soi, tự sửa", "10/12/2020", ""),
                List.of(code(1), cell(1), "2020", "b2", "MODERATE", "kiểm điểm", "2020-12-11", "Đã nhắc nhở"),
                List.of("", cell(0), "2020", "C3", "Nghiêm trọng", "Kiểm tra", "05/11/2020", ""));
    }

    private long findings2020() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM finding WHERE finding_year = 2020 AND organization_id = ?",
                Long.class, longTuyen);
    }

    private ImportProblem onlyProblem(List<String> row) throws Exception {
        FindingImport checked = imports.check(longTuyen, YEAR, "f.xlsx", xlsx(FindingImportColumns.ALL, List.of(row)));
        assertThat(checked.problems()).hasSize(1);
        assertThat(checked.isClean()).isFalse();
        return checked.problems().getFirst();
    }

    @Test
    void aGoodFileImportsExactlyItsRowsAndTheChartsCountThem() throws Exception {
        long before = findings2020();
        byte[] file = xlsx(FindingImportColumns.ALL, goodRows());

        ImportResult first = imports.apply(imports.check(longTuyen, YEAR, "long-tuyen-2020.xlsx", file));

        assertThat(first).isEqualTo(new ImportResult(3, 0, 0));
        assertThat(findings2020()).isEqualTo(before + 3);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM finding f JOIN indicator i ON i.id = f.indicator_id
                WHERE f.finding_year = 2020 AND f.member_id IS NULL AND i.code = 'C3' AND f.degree = 'SERIOUS'
                  AND f.source = 'INSPECTION'""", Integer.class)).isEqualTo(1);
        assertThat(indicators.frequencies(YEAR, UnitScope.organization(longTuyen)).stream()
                .filter(f -> f.code().equals("B2")).findFirst().orElseThrow().findings()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'IMPORT' AND entity_type = 'FINDING'",
                Integer.class)).isPositive();
    }

    @Test
    void reImportingChangesNothingAndACorrectedRowUpdatesOnlyIt() throws Exception {
        imports.apply(imports.check(longTuyen, YEAR, "a.xlsx", xlsx(FindingImportColumns.ALL, goodRows())));

        assertThat(imports.apply(imports.check(longTuyen, YEAR, "a.xlsx", xlsx(FindingImportColumns.ALL, goodRows()))))
                .isEqualTo(new ImportResult(0, 0, 3));

        List<List<String>> corrected = new ArrayList<>(goodRows());
        corrected.set(0, List.of(code(0), cell(0), "2020", "A6", "Nghiêm trọng", "SELF_EXAMINATION", "10/12/2020", ""));
        String csvText = "\uFEFF" + csv(FindingImportColumns.ALL, corrected);
        assertThat(imports.apply(imports.check(longTuyen, YEAR, "a.csv", csvText.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(new ImportResult(0, 1, 2));
        assertThat(findings2020()).isEqualTo(3);
    }

    @Test
    void badRowsGiveTheirSpecificErrorAndWriteNothing() throws Exception {
        long before = findings2020();
        String c = cell(0);
        String m = code(0);
        Map<List<String>, String> cases = Map.of(
                List.of(m, c, "2020", "D1", "Nhẹ", "Kiểm tra", "10/12/2020", ""), "import.error.unknown-indicator",
                List.of(m, c, "2020", "A1", "Rất nặng", "Kiểm tra", "10/12/2020", ""), "import.error.not-allowed",
                List.of(m, c, "2020", "A1", "Nhẹ", "Báo chí", "10/12/2020", ""), "import.error.not-allowed",
                List.of(m, c, "2020", "A1", "Nhẹ", "Kiểm tra", "15/01/2021", ""), "import.error.date-out-of-year",
                List.of(m, c, "2020", "A1", "Nhẹ", "Kiểm tra", "", ""), "import.error.required",
                List.of(m, c, "2020", "A1", "Nhẹ", "Kiểm tra", "31/04/2020", ""), "import.error.not-a-date",
                List.of("DV999999", c, "2020", "A1", "Nhẹ", "Kiểm tra", "10/12/2020", ""), "import.error.unknown-member",
                List.of(m, "p-tra-noc-kv1", "2020", "A1", "Nhẹ", "Kiểm tra", "10/12/2020", ""), "import.error.unknown-cell",
                List.of(m, c, "2019", "A1", "Nhẹ", "Kiểm tra", "10/12/2020", ""), "import.error.wrong-year");
        for (var entry : cases.entrySet()) {
            assertThat(onlyProblem(entry.getKey()).messageKey()).as(entry.getKey().toString()).isEqualTo(entry.getValue());
        }
        assertThat(cell(1)).isNotEqualTo(c);
        assertThat(onlyProblem(List.of(m, cell(1), "2020", "A1", "Nhẹ", "Kiểm tra", "10/12/2020", "")).messageKey())
                .isEqualTo("import.error.cell-mismatch");
        FindingImport duplicate = imports.check(longTuyen, YEAR, "d.xlsx", xlsx(FindingImportColumns.ALL, List.of(
                List.of(m, c, "2020", "A1", "Nhẹ", "Kiểm tra", "10/12/2020", ""),
                List.of(m, c, "2020", "a1", "Nghiêm trọng", "INSPECTION", "11/12/2020", ""))));
        assertThat(duplicate.problems()).extracting(ImportProblem::messageKey, ImportProblem::row)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("import.error.duplicate-finding", 3));
        FindingImport missing = imports.check(longTuyen, YEAR, "m.xlsx", xlsx(
                List.of("Mã đảng viên", "Mã chi bộ", "Năm"), List.of(List.of(m, c, "2020"))));
        assertThat(missing.problems()).extracting(ImportProblem::messageKey).containsOnly("import.error.missing-column");
        assertThatThrownBy(() -> imports.apply(duplicate)).isInstanceOf(IllegalArgumentException.class);
        assertThat(findings2020()).isEqualTo(before);
    }

    @Test
    void theTemplateListsTheColumnsAndTheAllowedValues() throws Exception {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new ByteArrayInputStream(imports.template(longTuyen, YEAR)))) {
            var header = workbook.getSheetAt(0).getRow(0);
            for (int i = 0; i < FindingImportColumns.ALL.size(); i++) {
                assertThat(header.getCell(i).getStringCellValue()).isEqualTo(FindingImportColumns.ALL.get(i));
            }
            var allowed = workbook.getSheet("Danh mục");
            assertThat(allowed.getRow(27).getCell(0).getStringCellValue()).isEqualTo("C9");
            assertThat(allowed.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Nhẹ");
        }
        // its example rows are made up and skipped: importing the untouched template changes nothing
        long before = findings2020();
        FindingImport untouched = imports.check(longTuyen, YEAR, "mau.xlsx", imports.template(longTuyen, YEAR));
        assertThat(untouched.problems()).extracting(ImportProblem::messageKey)
                .containsExactly("import.error.only-examples");
        assertThat(untouched.problems().getFirst().arguments()).containsExactly(2);
        assertThatThrownBy(() -> imports.apply(untouched)).isInstanceOf(IllegalArgumentException.class);
        assertThat(findings2020()).isEqualTo(before);
    }

    @Test
    void aConfirmIsRefusedWhenAFindingItWouldChangeWasChangedAfterTheCheck() throws Exception {
        imports.apply(imports.check(longTuyen, YEAR, "a.xlsx", xlsx(FindingImportColumns.ALL, goodRows())));
        List<List<String>> corrected = new ArrayList<>(goodRows());
        corrected.set(2, List.of("", cell(0), "2020", "C3", "Nhẹ", "Kiểm tra", "05/11/2020", ""));
        FindingImport checked = imports.check(longTuyen, YEAR, "b.xlsx", xlsx(FindingImportColumns.ALL, corrected));
        // meanwhile someone corrects the same finding on the cell page
        jdbc.update("""
                UPDATE finding SET note = 'đã xác minh', version = version + 1
                WHERE finding_year = 2020 AND member_id IS NULL AND source = 'INSPECTION'
                  AND indicator_id = (SELECT id FROM indicator WHERE code = 'C3')""");

        assertThatThrownBy(() -> imports.apply(checked)).isInstanceOfSatisfying(
                vn.binhthuy.partybuilding.base.InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.error.stale");
                    assertThat(e.arguments()).containsExactly(1, 4);
                });
        assertThat(jdbc.queryForObject("""
                SELECT degree FROM finding WHERE finding_year = 2020 AND member_id IS NULL AND source = 'INSPECTION'
                  AND indicator_id = (SELECT id FROM indicator WHERE code = 'C3')""", String.class)).isEqualTo("SERIOUS");
    }

    @Test
    @WithUserDetails("bithu.tranoc")
    void aSecretaryCannotImportForAnotherOrganization() {
        assertThatThrownBy(() -> imports.template(longTuyen, YEAR)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFindingOfATransferredMemberRecordedByTheirFormerOrganizationIsReportedNotCrashed() throws Exception {
        long traNoc = units.byCode("p-tra-noc").orElseThrow().id();
        long traNocCell = units.byCode("p-tra-noc-kv1").orElseThrow().id();
        jdbc.update("""
                INSERT INTO finding (finding_year, indicator_id, member_id, unit_id, organization_id, degree, source, found_on)
                SELECT 2020, i.id, m.id, ?, ?, 'MILD', 'SELF_REVIEW', '2020-06-01'
                FROM indicator i, party_member m WHERE i.code = 'A6' AND m.code = ?""", traNocCell, traNoc, code(0));

        FindingImport checked = imports.check(longTuyen, YEAR, "f.xlsx", xlsx(FindingImportColumns.ALL, goodRows()));

        assertThat(checked.problems()).extracting(ImportProblem::messageKey, ImportProblem::row)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("import.error.found-elsewhere", 2));
    }
}
