package vn.binhthuy.partybuilding.importing;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.binhthuy.partybuilding.importing.OrganizationRatingImportColumns.ALL;
import static vn.binhthuy.partybuilding.importing.OrganizationRatingImportColumns.EXEMPLARY;
import static vn.binhthuy.partybuilding.importing.OrganizationRatingImportColumns.LEVEL;
import static vn.binhthuy.partybuilding.importing.OrganizationRatingImportColumns.ORGANIZATION_CODE;
import static vn.binhthuy.partybuilding.importing.OrganizationRatingImportColumns.ORGANIZATION_NAME;
import static vn.binhthuy.partybuilding.importing.OrganizationRatingImportColumns.YEAR;
import static vn.binhthuy.partybuilding.importing.RatingImportTest.xlsx;

/**
 * The Board's file of organization ratings: 2020 has none in the demo (a clean slate), 2017 is rated on the 2014
 * scale with "tiêu biểu". Each test runs in a transaction that is rolled back.
 */
@ApplicationTest
@Transactional
@WithUserDetails("bantochuc")
class OrganizationRatingImportTest {

    @Autowired OrganizationRatingImportService imports;
    @Autowired ImportPage page;
    @Autowired DatasetExporter exporter;
    @Autowired UnitService units;
    @Autowired JdbcTemplate jdbc;

    Unit longTuyen;
    Unit traNoc;

    @BeforeEach
    void organizations() {
        longTuyen = units.byCode("p-long-tuyen").orElseThrow();
        traNoc = units.byCode("p-tra-noc").orElseThrow();
    }

    static List<String> row(Unit organization, int year, String level, String exemplary) {
        return List.of(organization.code(), organization.name(), String.valueOf(year), level, exemplary, "");
    }

    long rated(int year) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM organization_rating WHERE rating_year = ?", Long.class, year);
    }

    String stored(Unit organization, int year) {
        return jdbc.queryForObject("""
                SELECT CONCAT(l.code, IF(r.exemplary, '+', '')) FROM organization_rating r
                JOIN rating_level l ON l.id = r.level_id WHERE r.unit_id = ? AND r.rating_year = ?""",
                String.class, organization.id(), year);
    }

    @Test
    void aCleanFileCreatesThenChangesNothingThenCorrectsOnlyWhatDiffers() throws Exception {
        byte[] file = xlsx(ALL, List.of(row(longTuyen, 2020, "HTXSNV", ""), row(traNoc, 2020, "Hoàn thành tốt nhiệm vụ", "")));
        long before = rated(2020);

        assertThat(imports.apply(imports.check(2020, "xl.xlsx", file))).isEqualTo(new ImportResult(2, 0, 0));
        assertThat(rated(2020)).isEqualTo(before + 2);
        assertThat(stored(traNoc, 2020)).isEqualTo("HTTNV");

        assertThat(imports.apply(imports.check(2020, "xl.xlsx", file))).isEqualTo(new ImportResult(0, 0, 2));

        byte[] corrected = xlsx(ALL, List.of(row(longTuyen, 2020, "HTXSNV", ""), row(traNoc, 2020, "HTNV", "")));
        assertThat(imports.apply(imports.check(2020, "sua.xlsx", corrected))).isEqualTo(new ImportResult(0, 1, 1));
        assertThat(stored(traNoc, 2020)).isEqualTo("HTNV");
    }

    @Test
    void the2017ScaleTakesTsvmAndItsExemplaryMarkByCodeOrName() throws Exception {
        OrganizationRatingImport checked = imports.check(2017, "2017.xlsx", xlsx(ALL, List.of(
                row(longTuyen, 2017, "TSVM", "x"), row(traNoc, 2017, "Trong sạch, vững mạnh", "Có"))));

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.rows()).extracting(OrganizationRatingImport.Row::levelCode, OrganizationRatingImport.Row::exemplary)
                .containsExactly(tuple("TSVM", true),
                        tuple("TSVM", true));
    }

    @Test
    void everyBadRowIsReportedAtItsRowAndColumnAndNothingIsWritten() throws Exception {
        List<Unit> o = units.organizations(2020).stream().filter(u -> u.id() != longTuyen.id()).limit(6).toList();
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(longTuyen, 2020, "HTTNV", ""));                                            // 2 fine
        rows.add(List.of("", "", "2020", "HTTNV", "", ""));                                      // 3 no code
        rows.add(List.of("khong-co", "", "2020", "HTTNV", "", ""));                              // 4 unknown
        rows.add(row(longTuyen, 2020, "HTNV", ""));                                             // 5 duplicate of 2
        rows.add(row(o.get(0), 2020, "TSVM", ""));                                                // 6 the 2014 scale's level
        rows.add(row(o.get(1), 2020, "HTXSNV", "x"));                                             // 7 no exemplary from 2018
        rows.add(List.of(o.get(2).code(), "Đảng bộ phường Khác", "2020", "HTTNV", "", ""));       // 8 name mismatch
        rows.add(List.of(o.get(3).code(), "", "2019", "HTTNV", "", ""));                           // 9 another year
        rows.add(List.of(o.get(4).code(), "", "2020", "", "", ""));                                // 10 no level
        rows.add(List.of(o.get(5).code(), "", "2020", "HTTNV", "có lẽ", ""));                      // 11 not a word for it
        long before = rated(2020);

        OrganizationRatingImport checked = imports.check(2020, "sai.xlsx", xlsx(ALL, rows));

        assertThat(checked.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(
                        tuple(3, ORGANIZATION_CODE, "import.error.required"),
                        tuple(4, ORGANIZATION_CODE, "import.error.unknown-organization"),
                        tuple(5, ORGANIZATION_CODE, "import.error.duplicate-organization"),
                        tuple(6, LEVEL, "import.error.level-not-in-scale"),
                        tuple(7, EXEMPLARY, "import.error.exemplary-not-allowed"),
                        tuple(8, ORGANIZATION_NAME, "import.error.name-mismatch"),
                        tuple(9, YEAR, "import.error.wrong-year"),
                        tuple(10, LEVEL, "import.error.required"),
                        tuple(11, EXEMPLARY, "import.error.not-allowed"));
        assertThat(checked.problems().get(2).arguments()).containsExactly(longTuyen.code(), 2);
        assertThatThrownBy(() -> imports.apply(checked)).isInstanceOf(IllegalArgumentException.class);
        assertThat(rated(2020)).isEqualTo(before);
    }

    @Test
    void aConfirmIsRefusedWhenARatingItWouldChangeWasChangedAfterTheCheck() throws Exception {
        imports.apply(imports.check(2020, "a.xlsx", xlsx(ALL, List.of(row(longTuyen, 2020, "HTTNV", "")))));
        OrganizationRatingImport correction = imports.check(2020, "b.xlsx", xlsx(ALL, List.of(
                row(longTuyen, 2020, "HTNV", ""), row(traNoc, 2020, "HTTNV", ""))));
        jdbc.update("UPDATE organization_rating SET note = 'sửa tay', version = version + 1 WHERE unit_id = ? AND rating_year = 2020",
                longTuyen.id());
        long before = rated(2020);

        assertThatThrownBy(() -> imports.apply(correction)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.error.stale");
            assertThat(e.arguments()).containsExactly(1, 2);
        });
        assertThat(rated(2020)).isEqualTo(before);
        assertThat(stored(longTuyen, 2020)).isEqualTo("HTTNV");
    }

    @Test
    void theUntouchedTemplateImportsNothingAndListsTheYearsLevelsAndOrganizations() throws Exception {
        byte[] template = imports.template(2017);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo(OrganizationRatingImportService.SHEET);
            assertThat(workbook.getSheet("Danh mục").getRow(1).getCell(0).getStringCellValue()).isEqualTo("TSVM");
            assertThat(workbook.getSheet("Danh mục").getRow(1).getCell(2).getStringCellValue()).isEqualTo("x");
        }
        OrganizationRatingImport checked = imports.check(2017, "mau.xlsx", template);
        assertThat(checked.problems()).extracting(ImportProblem::messageKey).containsExactly("import.error.only-examples");
    }

    @Test
    void theExportedSheetOfAYearImportsBackUnchanged() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(2017, List.of(DatasetExporter.organizationRatingsSheet()), (key, params) -> key, "x.xlsx", out);

        OrganizationRatingImport checked = (OrganizationRatingImport) page.check(imports, ImportScope.wholeCommittee(2017),
                "du-lieu_2017.xlsx", out.toByteArray(), new ImportProgress());

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.rows()).hasSize(36).filteredOn(OrganizationRatingImport.Row::exemplary).hasSize(8);
        assertThat(page.apply(checked, new ImportProgress())).isEqualTo(new ImportResult(0, 0, 36));
    }

    @Test
    @WithUserDetails("bithu.longtuyen")
    void aSecretaryNeitherSeesNorImportsTheCommitteesRatings() {
        assertThat(page.kinds()).extracting(ImportKind::code).doesNotContain(OrganizationRatingImportService.CODE);
        assertThatThrownBy(() -> imports.check(2020, "x.xlsx", new byte[]{1})).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.template(2020)).isInstanceOf(AccessDeniedException.class);
    }
}
