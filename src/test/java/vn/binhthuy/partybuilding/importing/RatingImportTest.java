package vn.binhthuy.partybuilding.importing;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.units.UnitService;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Member-rating import for Long Tuyền, year 2020 (a year without ratings in the demo data). Each test runs in a
 * transaction that is rolled back, so nothing leaks into other tests.
 */
@SpringBootTest
@Transactional
@WithUserDetails("bantochuc")
public class RatingImportTest {

    static final int YEAR = 2020;

    @Autowired RatingImportService imports;
    @Autowired UnitService units;
    @Autowired JdbcTemplate jdbc;

    long longTuyen;
    List<Map<String, Object>> members;

    @BeforeEach
    void roster() {
        longTuyen = units.byCode("p-long-tuyen").orElseThrow().id();
        members = jdbc.queryForList("""
                SELECT m.code, m.full_name, u.code AS cell FROM party_member m
                JOIN member_assignment a ON a.member_id = m.id JOIN unit u ON u.id = a.unit_id
                WHERE u.parent_id = ? AND a.valid_from <= '2020-12-31' AND (a.valid_to IS NULL OR a.valid_to >= '2020-12-31')
                ORDER BY m.code LIMIT 3""", longTuyen);
    }

    String code(int i) {
        return (String) members.get(i).get("code");
    }

    String name(int i) {
        return (String) members.get(i).get("full_name");
    }

    String cell(int i) {
        return (String) members.get(i).get("cell");
    }

    List<String> row(int i, String level) {
        return List.of(code(i), name(i), cell(i), String.valueOf(YEAR), level, "15/12/" + YEAR, "");
    }

    public static byte[] xlsx(List<String> header, List<List<String>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Xếp loại");
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row line = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (value.startsWith("=")) {
                        line.createCell(c).setCellFormula(value.substring(1));
                    } else {
                        line.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll(); // as Excel does when it saves
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder text = new StringBuilder(String.join(",", header)).append("\r\n");
        rows.forEach(r -> text.append(String.join(",", r)).append("\r\n"));
        return text.toString();
    }

    long ratings2020() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM member_rating WHERE rating_year = 2020", Long.class);
    }

    // ------------------------------------------------------------------ bad files

    record BadFile(String description, String fileName, byte[] content, String expectedKey) {
        @Override
        public String toString() {
            return description + " → " + expectedKey;
        }
    }

    Stream<BadFile> badFiles() throws Exception {
        List<String> h = RatingImportColumns.ALL;
        List<BadFile> files = new ArrayList<>();
        byte[] huge = new byte[(int) ImportFileReader.LIMITS.maxBytes() + 1];
        Arrays.fill(huge, (byte) 'a');
        files.add(new BadFile("over the size limit", "lon.csv", huge, "import.error.too-large"));
        files.add(new BadFile("not a spreadsheet", "bao-cao.pdf", "%PDF-1.7".getBytes(), "import.error.type"));
        files.add(new BadFile("empty file", "rong.xlsx", new byte[0], "import.error.empty"));
        files.add(new BadFile("corrupt xlsx", "hong.xlsx", "day khong phai excel".getBytes(), "import.error.unreadable-xlsx"));
        files.add(new BadFile("missing column", "thieu-cot.xlsx",
                xlsx(h.subList(0, 4), List.of(row(0, "HTTNV").subList(0, 4))), "import.error.missing-column"));
        files.add(new BadFile("header only", "chi-tieu-de.xlsx", xlsx(h, List.of()), "import.error.no-rows"));
        files.add(new BadFile("unknown member", "la.xlsx",
                xlsx(h, List.of(List.of("DV999999", "Người Lạ", cell(0), "2020", "HTTNV", "", ""))), "import.error.unknown-member"));
        files.add(new BadFile("level of another scale", "tsvm.xlsx", xlsx(h, List.of(row(0, "TSVM"))),
                "import.error.level-not-in-scale"));
        files.add(new BadFile("duplicate rows", "trung.xlsx", xlsx(h, List.of(row(0, "HTTNV"), row(0, "HTNV"))),
                "import.error.duplicate"));
        files.add(new BadFile("missing level", "thieu-muc.xlsx", xlsx(h, List.of(row(0, ""))), "import.error.required"));
        files.add(new BadFile("text in the year column", "nam-chu.xlsx",
                xlsx(h, List.of(List.of(code(0), name(0), cell(0), "hai nghìn", "HTTNV", "", ""))), "import.error.not-a-number"));
        files.add(new BadFile("another year", "nam-khac.xlsx",
                xlsx(h, List.of(List.of(code(0), name(0), cell(0), "2019", "HTTNV", "", ""))), "import.error.wrong-year"));
        files.add(new BadFile("date out of range", "ngay-xa.xlsx",
                xlsx(h, List.of(List.of(code(0), name(0), cell(0), "2020", "HTTNV", "15/12/2015", ""))),
                "import.error.date-out-of-range"));
        files.add(new BadFile("not a date", "ngay-sai.xlsx",
                xlsx(h, List.of(List.of(code(0), name(0), cell(0), "2020", "HTTNV", "ba mươi tháng chạp", ""))),
                "import.error.not-a-date"));
        files.add(new BadFile("name does not match the code", "sai-ten.xlsx",
                xlsx(h, List.of(List.of(code(0), "Nguyễn Văn Khác", cell(0), "2020", "HTTNV", "", ""))),
                "import.error.name-mismatch"));
        files.add(new BadFile("unknown cell", "chi-bo-la.xlsx",
                xlsx(h, List.of(List.of(code(0), name(0), "p-tra-noc-kv1", "2020", "HTTNV", "", ""))), "import.error.unknown-cell"));
        files.add(new BadFile("member in another cell", "sai-chi-bo.xlsx",
                xlsx(h, List.of(List.of(code(0), name(0), cell(0).equals("p-long-tuyen-kv1") ? "p-long-tuyen-kv2"
                        : "p-long-tuyen-kv1", "2020", "HTTNV", "", ""))), "import.error.cell-mismatch"));
        String traNocMember = jdbc.queryForObject("""
                SELECT m.code FROM party_member m JOIN member_assignment a ON a.member_id = m.id
                JOIN unit u ON u.id = a.unit_id WHERE u.parent_id = (SELECT id FROM unit WHERE code = 'p-tra-noc')
                ORDER BY m.code LIMIT 1""", String.class);
        files.add(new BadFile("member of another organization", "phuong-khac.xlsx",
                xlsx(h, List.of(List.of(traNocMember, "", "", "2020", "HTTNV", "", ""))), "import.error.unknown-member"));
        byte[] windows1258 = csv(h, List.of(List.of(code(0), "Nguy?n", cell(0), "2020", "HTTNV", "", "")))
                .getBytes(StandardCharsets.ISO_8859_1);
        windows1258[windows1258.length - 30] = (byte) 0xD2; // a lone high byte, as a Windows code page writes "Ò"
        files.add(new BadFile("CSV not in UTF-8", "windows.csv", windows1258, "import.error.encoding"));
        return files.stream();
    }

    @Test
    void everyBadFileGetsItsSpecificErrorAndWritesNothing() throws Exception {
        List<BadFile> files = badFiles().toList();
        assertThat(files).hasSizeGreaterThanOrEqualTo(15);
        long before = ratings2020();
        for (BadFile file : files) {
            RatingImport checked = imports.check(longTuyen, YEAR, file.fileName(), file.content());

            assertThat(checked.isClean()).as(file.toString()).isFalse();
            assertThat(checked.problems()).as(file.toString()).extracting(ImportProblem::messageKey)
                    .contains(file.expectedKey());
            assertThatThrownBy(() -> imports.apply(checked)).as(file.toString())
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(ratings2020()).isEqualTo(before);
    }

    @Test
    void problemsPointAtRowAndColumn() throws Exception {
        byte[] file = xlsx(RatingImportColumns.ALL, List.of(row(0, "HTTNV"), row(1, "TSVM")));

        RatingImport checked = imports.check(longTuyen, YEAR, "mot-dong-sai.xlsx", file);

        assertThat(checked.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(RatingImportColumns.LEVEL);
            assertThat(p.arguments()).contains("TSVM", "HTXSNV, HTTNV, HTNV, KHTNV");
        });
        assertThat(checked.rows()).hasSize(1);
    }

    // ------------------------------------------------------------------ good files

    @Test
    void aGoodFileImportsExactlyItsRowsAndAReimportChangesNothing() throws Exception {
        List<String> nfdName = new ArrayList<>(row(1, "HTXSNV"));
        nfdName.set(1, Normalizer.normalize(name(1), Normalizer.Form.NFD));
        List<String> formulaYear = new ArrayList<>(row(2, "htnv"));
        formulaYear.set(3, "=2019+1");
        byte[] file = xlsx(RatingImportColumns.ALL, List.of(row(0, "HTTNV"), nfdName, formulaYear));
        long before = ratings2020();

        RatingImport checked = imports.check(longTuyen, YEAR, "long-tuyen-2020.xlsx", file);
        assertThat(checked.problems()).isEmpty();
        ImportResult first = imports.apply(checked);

        assertThat(first).isEqualTo(new ImportResult(3, 0, 0));
        assertThat(ratings2020()).isEqualTo(before + 3);
        assertThat(jdbc.queryForObject("""
                SELECT l.code FROM member_rating r JOIN rating_level l ON l.id = r.level_id
                JOIN party_member m ON m.id = r.member_id WHERE m.code = ? AND r.rating_year = 2020""",
                String.class, code(2))).isEqualTo("HTNV");

        ImportResult again = imports.apply(imports.check(longTuyen, YEAR, "long-tuyen-2020.xlsx", file));
        assertThat(again).isEqualTo(new ImportResult(0, 0, 3));
        assertThat(ratings2020()).isEqualTo(before + 3);

        byte[] corrected = xlsx(RatingImportColumns.ALL, List.of(row(0, "HTNV"), nfdName, formulaYear));
        assertThat(imports.apply(imports.check(longTuyen, YEAR, "sua.xlsx", corrected)))
                .isEqualTo(new ImportResult(0, 1, 2));
    }

    @Test
    void csvWithAndWithoutBomAndSemicolonsIsRead() {
        String text = csv(RatingImportColumns.ALL, List.of(row(0, "HTTNV")));
        byte[] bom = new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] withBom = new byte[bom.length + text.getBytes(StandardCharsets.UTF_8).length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(text.getBytes(StandardCharsets.UTF_8), 0, withBom, 3, withBom.length - 3);

        assertThat(imports.check(longTuyen, YEAR, "a.csv", text.getBytes(StandardCharsets.UTF_8)).isClean()).isTrue();
        assertThat(imports.check(longTuyen, YEAR, "b.csv", withBom).isClean()).isTrue();
        assertThat(imports.check(longTuyen, YEAR, "c.csv", text.replace(',', ';').getBytes(StandardCharsets.UTF_8))
                .isClean()).isTrue();
    }

    @Test
    void theTemplateListsTheColumnsAMadeUpExampleAndTheAllowedValues() throws Exception {
        byte[] template = imports.template(longTuyen, YEAR);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã đảng viên");
            Row example = sheet.getRow(1);
            assertThat(example.getCell(0).getStringCellValue()).startsWith("VÍ DỤ");
            List<String> realCodes = jdbc.queryForList("SELECT code FROM party_member", String.class);
            List<String> realNames = jdbc.queryForList("SELECT full_name FROM party_member", String.class);
            List<String> realCells = jdbc.queryForList("SELECT code FROM unit", String.class);
            for (org.apache.poi.ss.usermodel.Cell cell : example) {
                String text = cell.toString();
                assertThat(realCodes).doesNotContain(text);
                assertThat(realNames).doesNotContain(text);
                assertThat(realCells).doesNotContain(text);
            }
            assertThat(workbook.getSheet("Danh mục").getRow(1).getCell(0).getStringCellValue()).isEqualTo("HTXSNV");
        }
    }

    @Test
    void importingTheUntouchedTemplateChangesNothing() {
        long before = ratings2020();

        RatingImport checked = imports.check(longTuyen, YEAR, "mau.xlsx", imports.template(longTuyen, YEAR));

        assertThat(checked.problems()).extracting(ImportProblem::messageKey).containsExactly("import.error.only-examples");
        assertThatThrownBy(() -> imports.apply(checked)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ratings2020()).isEqualTo(before);
    }

    @Test
    void anExampleRowAmongRealRowsIsSkipped() throws Exception {
        List<String> example = List.of("VÍ DỤ DV000000", "Nguyễn Văn A", "x", "2020", "HTTNV", "", "");
        RatingImport checked = imports.check(longTuyen, YEAR, "co-vi-du.xlsx",
                xlsx(RatingImportColumns.ALL, List.of(example, row(0, "HTTNV"))));

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.rows()).singleElement().satisfies(r -> assertThat(r.number()).isEqualTo(3));
    }

    @Test
    void impossibleDatesAreRefusedAtTheirRowAndColumnNotClamped() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (String date : List.of("31/02/2020", "31/04/2020", "30/02/2020")) {
            List<String> r = new ArrayList<>(row(rows.size(), "HTTNV"));
            r.set(5, date);
            rows.add(r);
        }
        RatingImport checked = imports.check(longTuyen, YEAR, "ngay.xlsx", xlsx(RatingImportColumns.ALL, rows));

        assertThat(checked.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, RatingImportColumns.RATED_ON, "import.error.not-a-date"),
                        org.assertj.core.groups.Tuple.tuple(3, RatingImportColumns.RATED_ON, "import.error.not-a-date"),
                        org.assertj.core.groups.Tuple.tuple(4, RatingImportColumns.RATED_ON, "import.error.not-a-date"));
        List<String> iso = new ArrayList<>(row(0, "HTTNV"));
        iso.set(5, "2020-02-30");
        assertThat(imports.check(longTuyen, YEAR, "iso.xlsx", xlsx(RatingImportColumns.ALL, List.of(iso))).problems())
                .extracting(ImportProblem::messageKey).containsExactly("import.error.not-a-date");
        List<String> leap = new ArrayList<>(row(0, "HTTNV"));
        leap.set(5, "29/02/2020");
        assertThat(imports.check(longTuyen, YEAR, "nhuan.xlsx", xlsx(RatingImportColumns.ALL, List.of(leap))).problems())
                .isEmpty();
    }

    @Test
    void aFormulaErrorIsReportedAtItsCell() throws Exception {
        List<String> r = new ArrayList<>(row(0, "HTTNV"));
        r.set(3, "=1/0");
        byte[] file = xlsx(RatingImportColumns.ALL, List.of(row(1, "HTTNV"), r));

        RatingImport checked = imports.check(longTuyen, YEAR, "cong-thuc.xlsx", file);

        assertThat(checked.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("import.error.formula");
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(RatingImportColumns.YEAR);
            assertThat(p.arguments()).containsExactly("#DIV/0!");
        });
        byte[] neverComputed;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("x");
            Row head = sheet.createRow(0);
            List<String> good = row(0, "HTTNV");
            Row line = sheet.createRow(1);
            for (int c = 0; c < RatingImportColumns.ALL.size(); c++) {
                head.createCell(c).setCellValue(RatingImportColumns.ALL.get(c));
                if (c != 3) {
                    line.createCell(c).setCellValue(good.get(c));
                }
            }
            line.createCell(3).setCellFormula("2019+1");
            workbook.write(out);
            neverComputed = out.toByteArray();
        }
        assertThat(imports.check(longTuyen, YEAR, "chua-tinh.xlsx", neverComputed).problems())
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, RatingImportColumns.YEAR,
                        "import.error.formula-not-computed"));
    }

    @Test
    void aNoteIsMeasuredInCharactersSoEmojiCountOnce() throws Exception {
        List<String> fits = new ArrayList<>(row(0, "HTTNV"));
        fits.set(6, "👍".repeat(500));
        List<String> tooLong = new ArrayList<>(row(1, "HTTNV"));
        tooLong.set(6, "👍".repeat(501));

        RatingImport checked = imports.check(longTuyen, YEAR, "emoji.csv",
                csv(RatingImportColumns.ALL, List.of(fits, tooLong)).getBytes(StandardCharsets.UTF_8));

        assertThat(checked.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, RatingImportColumns.NOTE, "import.error.too-long"));
        imports.apply(imports.check(longTuyen, YEAR, "emoji.csv",
                csv(RatingImportColumns.ALL, List.of(fits)).getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.queryForObject("""
                SELECT r.note FROM member_rating r JOIN party_member m ON m.id = r.member_id
                WHERE m.code = ? AND r.rating_year = 2020""", String.class, code(0))).isEqualTo("👍".repeat(500));
    }

    // ------------------------------------------------------------------ confirming a stale check

    @Test
    void aConfirmIsRefusedWhenARowItWouldChangeWasChangedAfterTheCheck() throws Exception {
        byte[] file = xlsx(RatingImportColumns.ALL, List.of(row(0, "HTTNV"), row(1, "HTTNV"), row(2, "HTTNV")));
        RatingImport checked = imports.check(longTuyen, YEAR, "a.xlsx", file);
        // meanwhile another user rates the second member
        jdbc.update("""
                INSERT INTO member_rating (member_id, rating_year, unit_id, organization_id, level_id)
                SELECT m.id, 2020, a.unit_id, ?, l.id FROM party_member m JOIN member_assignment a ON a.member_id = m.id
                JOIN rating_level l JOIN rating_scheme s ON s.id = l.scheme_id
                WHERE m.code = ? AND a.valid_to IS NULL AND s.code = 'QD132-MEMBER' AND l.code = 'HTNV'""",
                longTuyen, code(1));
        long before = ratings2020();

        assertThatThrownBy(() -> imports.apply(checked)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.error.stale");
            assertThat(e.arguments()).containsExactly(1, 3);
        });
        assertThat(ratings2020()).isEqualTo(before);
        assertThat(level(code(1))).isEqualTo("HTNV");

        // the same for a correction: checked against version n, confirmed after someone saved version n+1
        imports.apply(imports.check(longTuyen, YEAR, "b.xlsx", file));
        RatingImport correction = imports.check(longTuyen, YEAR, "c.xlsx",
                xlsx(RatingImportColumns.ALL, List.of(row(0, "HTXSNV"), row(1, "HTTNV"), row(2, "HTTNV"))));
        jdbc.update("""
                UPDATE member_rating SET note = 'sửa tay', version = version + 1
                WHERE rating_year = 2020 AND member_id = (SELECT id FROM party_member WHERE code = ?)""", code(0));
        assertThatThrownBy(() -> imports.apply(correction)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.error.stale"));
        assertThat(level(code(0))).isEqualTo("HTTNV");
    }

    @Test
    void aRowChangedMeanwhileToExactlyWhatTheFileSaysIsUnchangedNotStale() throws Exception {
        byte[] file = xlsx(RatingImportColumns.ALL, List.of(row(0, "HTTNV"), row(1, "HTTNV")));
        RatingImport checked = imports.check(longTuyen, YEAR, "a.xlsx", file);
        imports.apply(imports.check(longTuyen, YEAR, "a.xlsx",
                xlsx(RatingImportColumns.ALL, List.of(row(0, "HTTNV")))));

        assertThat(imports.apply(checked)).isEqualTo(new ImportResult(1, 0, 1));
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void twoConcurrentConfirmsBehaveAsOneAfterTheOther() throws Exception {
        try {
            for (boolean identical : List.of(false, true)) {
                RatingImport first = imports.check(longTuyen, YEAR, "a.xlsx", xlsx(RatingImportColumns.ALL,
                        List.of(row(0, "HTTNV"), row(1, "HTTNV"), row(2, "HTTNV"))));
                String other = identical ? "HTTNV" : "HTNV";
                RatingImport second = imports.check(longTuyen, YEAR, "b.xlsx", xlsx(RatingImportColumns.ALL,
                        List.of(row(0, other), row(1, other), row(2, other))));

                List<Object> outcomes = concurrently(() -> imports.apply(first), () -> imports.apply(second));

                if (identical) {
                    assertThat(outcomes).containsExactlyInAnyOrder(new ImportResult(3, 0, 0),
                            new ImportResult(0, 0, 3));
                } else {
                    assertThat(outcomes).filteredOn(ImportResult.class::isInstance)
                            .containsExactly(new ImportResult(3, 0, 0));
                    assertThat(outcomes).filteredOn(InvalidInputException.class::isInstance).singleElement()
                            .satisfies(e -> assertThat(((InvalidInputException) e).messageKey())
                                    .isEqualTo("import.error.stale"));
                    String winner = outcomes.get(0) instanceof ImportResult ? "HTTNV" : "HTNV";
                    assertThat(List.of(level(code(0)), level(code(1)), level(code(2))))
                            .containsOnly(winner); // all of one file, nothing of the other
                }
                deleteRatings2020OfTheFirstMembers();
            }
        } finally {
            deleteRatings2020OfTheFirstMembers();
        }
    }

    private List<Object> concurrently(java.util.concurrent.Callable<?>... confirms) throws Exception {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var start = new java.util.concurrent.CyclicBarrier(confirms.length);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(confirms.length);
        try {
            List<java.util.concurrent.Future<Object>> futures = new ArrayList<>();
            for (var confirm : confirms) {
                futures.add(pool.submit(() -> {
                    org.springframework.security.core.context.SecurityContextHolder.setContext(context);
                    start.await();
                    try {
                        return confirm.call();
                    } catch (InvalidInputException e) {
                        return e;
                    } finally {
                        org.springframework.security.core.context.SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (var future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }

    private void deleteRatings2020OfTheFirstMembers() {
        jdbc.update("""
                DELETE FROM member_rating WHERE rating_year = 2020
                  AND member_id IN (SELECT id FROM party_member WHERE code IN (?, ?, ?))""", code(0), code(1), code(2));
    }

    private String level(String memberCode) {
        return jdbc.queryForObject("""
                SELECT l.code FROM member_rating r JOIN rating_level l ON l.id = r.level_id
                JOIN party_member m ON m.id = r.member_id WHERE m.code = ? AND r.rating_year = 2020""",
                String.class, memberCode);
    }

    // ------------------------------------------------------------------ audit

    @Test
    void aCorrectionOfMoreThanAThousandRatingsIsAuditedWithinTheColumn() {
        long cell = jdbc.queryForObject("SELECT id FROM unit WHERE code = ?", Long.class, cell(0));
        jdbc.update("""
                INSERT INTO party_member (code, full_name, gender, birth_year, admitted_on)
                SELECT CONCAT('TST', LPAD(seq, 5, '0')), CONCAT('Đảng viên thử ', seq), 'F', 1980, '2000-01-01'
                FROM seq_1_to_1200""");
        jdbc.update("""
                INSERT INTO member_assignment (member_id, unit_id, valid_from)
                SELECT id, ?, '2000-01-01' FROM party_member WHERE code LIKE 'TST%'""", cell);
        List<List<String>> rated = new ArrayList<>();
        List<List<String>> corrected = new ArrayList<>();
        for (int i = 1; i <= 1200; i++) {
            String code = "TST%05d".formatted(i);
            rated.add(List.of(code, "Đảng viên thử " + i, cell(0), "2020", "HTTNV", "", ""));
            corrected.add(List.of(code, "Đảng viên thử " + i, cell(0), "2020", "HTNV", "", "Kết luận lại 😀 sau phúc tra"));
        }
        imports.apply(imports.check(longTuyen, YEAR, "lan-1.csv",
                csv(RatingImportColumns.ALL, rated).getBytes(StandardCharsets.UTF_8)));

        ImportResult result = imports.apply(imports.check(longTuyen, YEAR, "lan-2.csv",
                csv(RatingImportColumns.ALL, corrected).getBytes(StandardCharsets.UTF_8)));

        assertThat(result).isEqualTo(new ImportResult(0, 1200, 0));
        Map<String, Object> audit = jdbc.queryForMap("""
                SELECT summary, after_value, LENGTH(after_value) AS bytes FROM audit_event
                WHERE action = 'IMPORT' AND entity_type = 'MEMBER_RATING' ORDER BY id DESC LIMIT 1""");
        assertThat((String) audit.get("summary")).isEqualTo("lan-2.csv: 0 created, 1200 updated, 0 unchanged");
        assertThat(((Number) audit.get("bytes")).longValue()).isLessThan(65_535);
        assertThat((String) audit.get("after_value")).contains("\"changed\":1200", "TST00001: HTTNV → HTNV (note)",
                "\"notListed\":1100");
    }

    @Test
    @WithUserDetails("bithu.tranoc")
    void aSecretaryCannotImportIntoAnotherOrganization() {
        assertThatThrownBy(() -> imports.check(longTuyen, YEAR, "x.xlsx", new byte[]{1}))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("lanhdao")
    void leadershipReadsButDoesNotImport() {
        assertThatThrownBy(() -> imports.template(longTuyen, YEAR)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMemberAlreadyRatedByAnotherOrganizationIsReportedNotCrashed() throws Exception {
        long traNoc = units.byCode("p-tra-noc").orElseThrow().id();
        long traNocCell = units.byCode("p-tra-noc-kv1").orElseThrow().id();
        jdbc.update("""
                INSERT INTO member_rating (member_id, rating_year, unit_id, organization_id, level_id)
                SELECT m.id, 2020, ?, ?, l.id FROM party_member m, rating_level l JOIN rating_scheme s ON s.id = l.scheme_id
                WHERE m.code = ? AND s.code = 'QD132-MEMBER' AND l.code = 'HTNV'""", traNocCell, traNoc, code(0));

        RatingImport checked = imports.check(longTuyen, YEAR, "r.xlsx", xlsx(RatingImportColumns.ALL,
                List.of(row(0, "HTTNV"), row(1, "HTTNV"))));

        assertThat(checked.problems()).extracting(ImportProblem::messageKey, ImportProblem::row)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("import.error.rated-elsewhere", 2));
    }
}
