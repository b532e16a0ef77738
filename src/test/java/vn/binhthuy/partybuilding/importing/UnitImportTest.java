package vn.binhthuy.partybuilding.importing;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.ApplicationTest;
import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.export.DatasetExporter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.binhthuy.partybuilding.importing.RatingImportTest.xlsx;

/** The unit register from a file, on the demo data; each test's writes are rolled back. */
@ApplicationTest
@Transactional
@WithUserDetails("bantochuc")
class UnitImportTest {

    static final ImportScope REGISTER = ImportScope.wholeCommittee(null);

    @Autowired UnitImportService imports;
    @Autowired DatasetExporter exporter;
    @Autowired JdbcTemplate jdbc;

    static List<String> unit(String code, String name, String kind, String parent, String from, String to) {
        return List.of(code, name, name.replaceFirst("^(Đảng bộ|Chi bộ) ", ""), kind, parent, from, to, "50");
    }

    UnitImport check(List<List<String>> rows) throws Exception {
        return imports.check(REGISTER, "don-vi.xlsx", xlsx(UnitImportColumns.ALL, rows));
    }

    long units() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM unit", Long.class);
    }

    @Test
    void childrenBeforeTheirParentAreCreatedThenUnchangedThenCorrected() throws Exception {
        List<String> cell = unit("p-moi-kv1", "Chi bộ khu vực 1, phường Mới", "Chi bộ khu vực", "p-moi", "2020", "2025");
        List<String> ward = unit("p-moi", "Đảng bộ phường Mới", "WARD", "q-binh-thuy", "2020", "2025");
        long before = units();

        UnitImport checked = check(List.of(cell, ward));
        assertThat(checked.problems()).isEmpty();
        assertThat(imports.apply(checked)).isEqualTo(new ImportResult(2, 0, 0));

        assertThat(units()).isEqualTo(before + 2);
        assertThat(jdbc.queryForObject("""
                SELECT p.code FROM unit u JOIN unit p ON p.id = u.parent_id WHERE u.code = 'p-moi-kv1'""", String.class))
                .isEqualTo("p-moi");
        assertThat(jdbc.queryForObject("SELECT level FROM unit WHERE code = 'p-moi-kv1'", String.class))
                .isEqualTo("CELL");
        assertThat(imports.apply(check(List.of(cell, ward)))).isEqualTo(new ImportResult(0, 0, 2));

        List<String> renamed = new ArrayList<>(ward);
        renamed.set(1, "Đảng bộ phường Mới Lập");
        assertThat(imports.apply(check(List.of(cell, renamed)))).isEqualTo(new ImportResult(0, 1, 1));
        assertThat(jdbc.queryForObject("SELECT name FROM unit WHERE code = 'p-moi'", String.class))
                .isEqualTo("Đảng bộ phường Mới Lập");
    }

    @Test
    void everyBadRowIsReportedAtItsRowAndColumnAndNothingIsWritten() throws Exception {
        List<List<String>> rows = List.of(
                unit("", "Đảng bộ phường Thiếu Mã", "WARD", "q-binh-thuy", "2020", ""),                       // 2
                unit("p-la", "Đảng bộ phường Lạ", "Loại lạ", "q-binh-thuy", "2020", ""),                      // 3
                unit("p-mo-coi", "Đảng bộ phường Mồ Côi", "WARD", "khong-co", "2020", ""),                    // 4
                unit("p-vong-a", "Đảng bộ phường Vòng A", "WARD", "p-vong-b", "2020", ""),                    // 5
                unit("p-vong-b", "Đảng bộ phường Vòng B", "WARD", "p-vong-a", "2020", ""),                    // 6
                unit("cb-duoi-cb", "Chi bộ dưới chi bộ", "CELL", "p-long-tuyen-kv1", "2020", ""),            // 7
                unit("p-sai-cap", "Chi bộ sai cấp", "WARD", "p-long-tuyen", "2020", ""),                     // 8
                unit("p-ngoai-nam", "Đảng bộ phường Ngoài Năm", "WARD", "q-binh-thuy", "2000", ""),           // 9
                unit("p-trung", "Đảng bộ phường Trùng", "WARD", "q-binh-thuy", "2020", ""),                   // 10
                unit("p-trung", "Đảng bộ phường Trùng", "WARD", "q-binh-thuy", "2020", ""),                   // 11
                unit("q-khac", "Đảng bộ quận Khác", "DISTRICT", "", "2020", ""),                              // 12
                unit("p-long-tuyen", "Đảng bộ phường Long Tuyền", "WARD", "p-tra-noc", "2004", "2025"),       // 13
                unit("p-nam-sai", "Đảng bộ phường Năm Sai", "WARD", "q-binh-thuy", "hai nghìn", "2019"),      // 14
                unit("p-nam-nguoc", "Đảng bộ phường Năm Ngược", "WARD", "q-binh-thuy", "2020", "2018"));     // 15
        long before = units();

        UnitImport checked = check(rows);

        assertThat(checked.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .contains(tuple(2, UnitImportColumns.CODE, "import.error.required"),
                        tuple(3, UnitImportColumns.KIND, "import.error.not-allowed"),
                        tuple(4, UnitImportColumns.PARENT_CODE, "import.error.unknown-parent"),
                        tuple(5, UnitImportColumns.PARENT_CODE, "import.error.parent-cycle"),
                        tuple(6, UnitImportColumns.PARENT_CODE, "import.error.parent-cycle"),
                        tuple(7, UnitImportColumns.PARENT_CODE, "import.error.cell-under-cell"),
                        tuple(8, UnitImportColumns.KIND, "import.error.kind-level"),
                        tuple(9, UnitImportColumns.FROM_YEAR, "import.error.outside-parent-years"),
                        tuple(11, UnitImportColumns.CODE, "import.error.duplicate-unit"),
                        tuple(12, UnitImportColumns.PARENT_CODE, "import.error.second-root"),
                        tuple(13, UnitImportColumns.PARENT_CODE, "import.error.parent-fixed"),
                        tuple(14, UnitImportColumns.FROM_YEAR, "import.error.not-a-year"),
                        tuple(15, UnitImportColumns.TO_YEAR, "import.error.years-order"));
        assertThat(checked.problems()).filteredOn(p -> p.row() == 11).singleElement()
                .satisfies(p -> assertThat(p.arguments()).containsExactly("p-trung", 10));
        assertThat(checked.isClean()).isFalse();
        assertThatThrownBy(() -> imports.apply(checked)).isInstanceOf(IllegalArgumentException.class);
        assertThat(units()).isEqualTo(before);
    }

    @Test
    void aConfirmIsRefusedWhenAUnitItWouldChangeWasChangedAfterTheCheck() throws Exception {
        List<String> corrected = unit("p-long-tuyen", "Đảng bộ phường Long Tuyền (mới)", "WARD", "q-binh-thuy",
                "2004", "2025");
        UnitImport checked = check(List.of(corrected));
        assertThat(checked.problems()).isEmpty();
        jdbc.update("UPDATE unit SET short_name = 'Sửa tay', version = version + 1 WHERE code = 'p-long-tuyen'");

        assertThatThrownBy(() -> imports.apply(checked)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.error.stale"));
        assertThat(jdbc.queryForObject("SELECT name FROM unit WHERE code = 'p-long-tuyen'", String.class))
                .isEqualTo("Đảng bộ phường Long Tuyền");
    }

    @Test
    @WithUserDetails("bithu.longtuyen")
    void onlyTheOrganizationBoardImportsUnits() {
        assertThatThrownBy(() -> check(List.of(unit("p-moi", "Đảng bộ phường Mới", "WARD", "q-binh-thuy", "2020", ""))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.template(REGISTER)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theUntouchedTemplateImportsNothingAndListsTheKinds() throws Exception {
        byte[] template = imports.template(REGISTER);

        UnitImport checked = imports.check(REGISTER, "mau-don-vi.xlsx", template);

        assertThat(checked.problems()).extracting(ImportProblem::messageKey)
                .containsExactly("import.error.only-examples");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.getSheet(UnitImportColumns.SHEET).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo(UnitImportColumns.CODE);
            List<String> kinds = new ArrayList<>();
            workbook.getSheet("Danh mục").forEach(r -> kinds.add(r.getCell(0).getStringCellValue()));
            assertThat(kinds).contains("Đảng bộ phường", "Chi bộ khu vực");
        }
    }

    @Test
    void theUnitSheetOfTheDatasetWorkbookImportsBackUnchanged() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(2017, DatasetExporter.registerSheets(), (key, params) -> key, "du-lieu.xlsx", out);

        UnitImport checked = imports.check(REGISTER, "du-lieu.xlsx", out.toByteArray());

        assertThat(checked.problems()).isEmpty();
        assertThat(imports.apply(checked)).isEqualTo(new ImportResult(0, 0, (int) units()));
    }
}
