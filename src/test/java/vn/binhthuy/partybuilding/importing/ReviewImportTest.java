package vn.binhthuy.partybuilding.importing;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.ApplicationTest;
import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.binhthuy.partybuilding.importing.RatingImportTest.xlsx;

/** Review-delegation import for Long Tuyền (and the whole committee), year 2020: no reviews in the demo; rolled back. */
@ApplicationTest
@Transactional
@WithUserDetails("bantochuc")
class ReviewImportTest {

    static final int YEAR = 2020;

    @Autowired ReviewImportService imports;
    @Autowired UnitService units;
    @Autowired JdbcTemplate jdbc;

    long longTuyen;
    List<Map<String, Object>> members;

    @BeforeEach
    void roster() {
        longTuyen = units.byCode("p-long-tuyen").orElseThrow().id();
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
                List.of("", cell(0), "2020", "Đoàn kiểm điểm của BTV", "15/12/2020", "Trần Văn Ba", ""),
                List.of(code(1), cell(1), "2020", "attended", "2020-12-20", "Lê Thị Tư", "Kiểm điểm cá nhân"),
                List.of("", "p-long-tuyen", "2020", "LED", "10/01/2021", "Trần Văn Ba", ""));
    }

    private long reviews2020() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM review_delegation WHERE review_year = 2020", Long.class);
    }

    private ReviewImport check(Long organizationId, List<List<String>> rows) throws Exception {
        return imports.check(ImportScope.of(organizationId, YEAR), "r.xlsx", xlsx(ReviewImportColumns.ALL, rows));
    }

    @Test
    void aGoodFileCreatesItsReviewsAndTheSameFileAgainChangesNothing() throws Exception {
        assertThat(reviews2020()).isZero();
        ReviewImport checked = check(longTuyen, goodRows());
        assertThat(checked.preview().getFirst()).isEqualTo(
                new CheckedImport.Preview(2, cell(0), "Đoàn kiểm điểm của BTV · 15/12/2020"));

        assertThat(imports.apply(checked)).isEqualTo(new ImportResult(3, 0, 0));

        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM review_delegation WHERE review_year = 2020 AND organization_id = ?
                  AND participation = 'LED' AND member_id IS NULL""", Long.class, longTuyen)).isEqualTo(2);
        assertThat(jdbc.queryForObject("""
                SELECT r.note FROM review_delegation r JOIN party_member m ON m.id = r.member_id
                WHERE r.review_year = 2020 AND m.code = ? AND r.participation = 'ATTENDED'""", String.class, code(1)))
                .isEqualTo("Kiểm điểm cá nhân");
        assertThat(imports.apply(check(longTuyen, goodRows()))).isEqualTo(new ImportResult(0, 0, 3));

        List<List<String>> corrected = new ArrayList<>(goodRows());
        corrected.set(0, List.of("", cell(0), "2020", "BTV dự kiểm điểm", "16/12/2020", "Trần Văn Ba", ""));
        assertThat(imports.apply(check(longTuyen, corrected))).isEqualTo(new ImportResult(0, 1, 2));
        assertThat(reviews2020()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'IMPORT' AND entity_type = 'REVIEW_DELEGATION'",
                Integer.class)).isEqualTo(3);
    }

    @Test
    void everyBadValueIsReportedByRowAndColumnAndNothingIsWritten() throws Exception {
        String c = cell(0);
        String m = code(0);
        Map<List<String>, Tuple> cases = Map.of(
                List.of("", "p-tra-noc-kv1", "2020", "LED", "15/12/2020", "A", ""), tuple("import.error.unknown-unit", ReviewImportColumns.UNIT_CODE),
                List.of("DV999999", c, "2020", "LED", "15/12/2020", "A", ""), tuple("import.error.unknown-member-in-year", ReviewImportColumns.MEMBER_CODE),
                List.of(m, cell(1), "2020", "LED", "15/12/2020", "A", ""), tuple("import.error.member-not-in-unit", ReviewImportColumns.UNIT_CODE),
                List.of("", c, "2020", "Chủ trì", "15/12/2020", "A", ""), tuple("import.error.not-allowed", ReviewImportColumns.PARTICIPATION),
                List.of("", c, "2020", "LED", "15/04/2021", "A", ""), tuple("import.error.date-out-of-range", ReviewImportColumns.REVIEW_DATE),
                List.of("", c, "2020", "LED", "30/02/2020", "A", ""), tuple("import.error.not-a-date", ReviewImportColumns.REVIEW_DATE),
                List.of("", c, "2020", "LED", "15/12/2020", "", ""), tuple("import.error.required", ReviewImportColumns.HEAD),
                List.of("", c, "2020", "LED", "15/12/2020", "A".repeat(161), ""), tuple("import.error.too-long-text", ReviewImportColumns.HEAD),
                List.of("", c, "2019", "LED", "15/12/2020", "A", ""), tuple("import.error.wrong-year", ReviewImportColumns.YEAR),
                List.of("", "", "2020", "LED", "15/12/2020", "A", ""), tuple("import.error.required", ReviewImportColumns.UNIT_CODE));
        for (var entry : cases.entrySet()) {
            ReviewImport checked = check(longTuyen, List.of(entry.getKey()));
            assertThat(checked.problems()).as(entry.getKey().toString())
                    .extracting(ImportProblem::messageKey, ImportProblem::column).containsExactly(entry.getValue());
            assertThat(checked.problems().getFirst().row()).isEqualTo(2);
        }
        ReviewImport duplicate = check(longTuyen, List.of(
                List.of("", c, "2020", "LED", "15/12/2020", "A", ""),
                List.of("", c, "2020", "ATTENDED", "16/12/2020", "B", "")));
        assertThat(duplicate.problems()).extracting(ImportProblem::messageKey, ImportProblem::row)
                .containsExactly(tuple("import.error.duplicate-review", 3));
        assertThat(duplicate.problems().getFirst().arguments()).containsExactly(c, 2);
        ReviewImport missing = imports.check(ImportScope.of(longTuyen, YEAR), "m.xlsx", xlsx(
                List.of("Mã đơn vị", "Năm"), List.of(List.of(c, "2020"))));
        assertThat(missing.problems()).extracting(ImportProblem::messageKey).containsOnly("import.error.missing-column");
        assertThatThrownBy(() -> imports.apply(duplicate)).isInstanceOf(IllegalArgumentException.class);
        assertThat(reviews2020()).isZero();
    }

    @Test
    void aConfirmIsRefusedWhenAReviewItWouldChangeWasChangedAfterTheCheck() throws Exception {
        imports.apply(check(longTuyen, goodRows()));
        List<List<String>> corrected = new ArrayList<>(goodRows());
        corrected.set(2, List.of("", "p-long-tuyen", "2020", "LED", "10/01/2021", "Nguyễn Thị Năm", ""));
        ReviewImport checked = check(longTuyen, corrected);
        jdbc.update("UPDATE review_delegation SET note = 'sửa trên trang phường', version = version + 1 WHERE review_year = 2020 AND unit_id = ?",
                longTuyen);

        assertThatThrownBy(() -> imports.apply(checked)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.error.stale");
            assertThat(e.arguments()).containsExactly(1, 4);
        });
        assertThat(jdbc.queryForObject("SELECT head_name FROM review_delegation WHERE review_year = 2020 AND unit_id = ?",
                String.class, longTuyen)).isEqualTo("Trần Văn Ba");
    }

    @Test
    void theBoardImportsTheReviewsOfSeveralOrganizationsAtOnce() throws Exception {
        long traNoc = units.byCode("p-tra-noc").orElseThrow().id();
        List<List<String>> rows = new ArrayList<>(goodRows());
        rows.add(List.of("", "p-tra-noc", "2020", "ATTENDED", "12/12/2020", "Võ Văn Sáu", ""));

        assertThat(imports.apply(check(null, rows))).isEqualTo(new ImportResult(4, 0, 0));

        assertThat(jdbc.queryForObject("SELECT organization_id FROM review_delegation WHERE review_year = 2020 AND unit_id = ?",
                Long.class, traNoc)).isEqualTo(traNoc);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_delegation WHERE review_year = 2020 AND organization_id = ?",
                Long.class, longTuyen)).isEqualTo(3);
        // the same rows from Long Tuyền's own file are its reviews, unchanged
        assertThat(imports.apply(check(longTuyen, goodRows()))).isEqualTo(new ImportResult(0, 0, 3));
    }

    @Test
    void theTemplateImportsNothingAndListsTheAllowedValues() throws Exception {
        byte[] template = imports.template(ImportScope.of(longTuyen, YEAR));
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            assertThat(workbook.getSheetName(0)).isEqualTo(ReviewImportService.SHEET);
            assertThat(workbook.getSheet("Danh mục").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Đoàn kiểm điểm của BTV");
        }
        ReviewImport untouched = imports.check(ImportScope.of(longTuyen, YEAR), "mau.xlsx", template);
        assertThat(untouched.problems()).extracting(ImportProblem::messageKey).containsExactly("import.error.only-examples");
        assertThatThrownBy(() -> imports.apply(untouched)).isInstanceOf(IllegalArgumentException.class);
        assertThat(reviews2020()).isZero();
    }

    @Test
    @WithUserDetails("bithu.tranoc")
    void aSecretaryImportsNeitherForAnotherOrganizationNorForTheWholeCommittee() throws Exception {
        byte[] file = xlsx(ReviewImportColumns.ALL, goodRows());
        assertThatThrownBy(() -> imports.check(ImportScope.of(longTuyen, YEAR), "r.xlsx", file))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.check(ImportScope.wholeCommittee(YEAR), "r.xlsx", file))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.template(ImportScope.wholeCommittee(YEAR)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
