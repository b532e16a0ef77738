package vn.binhthuy.partybuilding.importing;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader alone, on hostile and borderline files built here; no database. */
class ImportFileReaderTest {

    private static final List<String> HEADER = RatingImportColumns.ALL;

    /** A 60.000-row sheet whose every row holds one cell in the last column, XFD (about 300 KB zipped). */
    static byte[] sparseSheet(int rows) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Xếp loại");
            Row head = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                head.createCell(c).setCellValue(HEADER.get(c));
            }
            for (int r = 1; r <= rows; r++) {
                sheet.createRow(r).createCell(16_383).setCellValue("x");
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A hand-made package: the given parts, zipped. */
    static byte[] zip(String... nameThenContent) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < nameThenContent.length; i += 2) {
                zip.putNextEntry(new ZipEntry(nameThenContent[i]));
                zip.write(nameThenContent[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static final String ROOT_RELS = """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
            </Relationships>""";
    private static final String WORKBOOK = """
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
                      xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>""";
    private static final String WORKBOOK_RELS = """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
            </Relationships>""";

    /** A package whose sheet is a decompression bomb: a few hundred KB that inflate to 200 MB of blanks. */
    static byte[] bomb() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (String[] part : new String[][]{{"_rels/.rels", ROOT_RELS}, {"xl/workbook.xml", WORKBOOK},
                    {"xl/_rels/workbook.xml.rels", WORKBOOK_RELS}}) {
                zip.putNextEntry(new ZipEntry(part[0]));
                zip.write(part[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1024 * 1024];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(blanks);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static ImportProblem onlyProblem(ImportFileReader.Result result) {
        assertThat(result.problems()).hasSize(1);
        assertThat(result.rows()).isEmpty();
        return result.problems().getFirst();
    }

    @Test
    void aSparseSheetIsRefusedAtItsFirstCellBeyondTheColumnCap() throws Exception {
        byte[] file = sparseSheet(60_000);
        assertThat(file.length).isLessThan(2 * 1024 * 1024);

        ImportProblem problem = onlyProblem(ImportFileReader.read("thua-cot.xlsx", file));

        assertThat(problem.messageKey()).isEqualTo("import.error.too-many-columns");
        // refused at the first row holding such a cell: nothing of the 59.999 rows after it was read
        assertThat(problem.row()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo("XFD");
        assertThat(problem.arguments()).containsExactly("XFD2", ImportFileReader.LIMITS.maxColumns());
    }

    @Test
    void aDecompressionBombIsRefusedWhileItInflates() throws Exception {
        byte[] file = bomb();
        assertThat(file.length).isLessThan(2 * 1024 * 1024);

        assertThat(onlyProblem(ImportFileReader.read("bom.xlsx", file)).messageKey())
                .isEqualTo("import.error.inflated");
    }

    @Test
    void aPackageOfManyThousandEmptyPartsIsRefusedBeforeItsDirectoryIsRead() throws Exception {
        String[] parts = new String[2 * 50_000];
        for (int i = 0; i < 50_000; i++) {
            parts[2 * i] = "x/" + i;
            parts[2 * i + 1] = "";
        }
        byte[] file = zip(parts);

        ImportProblem problem = onlyProblem(ImportFileReader.read("nhieu-phan.xlsx", file));

        assertThat(problem.messageKey()).isEqualTo("import.error.too-many-parts");
        assertThat(problem.arguments()).containsExactly(ZipDirectory.MAX_PARTS);
        // a real workbook, written as Excel does, is far below the cap
        assertThat(ImportFileReader.read("that.xlsx", sparseSheet(3)).problems()).extracting(ImportProblem::messageKey)
                .containsExactly("import.error.too-many-columns");
    }

    @Test
    void readingStopsAtTheRowAndCellCaps() throws Exception {
        ImportLimits small = new ImportLimits(1024 * 1024, 1_000, 64, 1_000_000, 256L * 1024 * 1024, 100);
        ImportLimits fewCells = new ImportLimits(1024 * 1024, 100_000, 64, 500, 256L * 1024 * 1024, 100);
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (int i = 0; i < 5_000; i++) {
            csv.append("DV").append(i).append(",Tên,cb,2020,HTTNV,,\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        ImportProblem rows = onlyProblem(ImportFileReader.read("nhieu.csv", file, small));
        assertThat(rows.messageKey()).isEqualTo("import.error.too-many-rows");
        assertThat(rows.row()).isEqualTo(1_002); // the header, 1.000 rows, then the first one too many

        ImportProblem cells = onlyProblem(ImportFileReader.read("nhieu.csv", file, fewCells));
        assertThat(cells.messageKey()).isEqualTo("import.error.too-many-cells");
        assertThat(cells.arguments()).containsExactly(500L);
    }

    @Test
    void aProvinceFileOfOneHundredThousandRowsIsRead() {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (int i = 0; i < 100_000; i++) {
            csv.append("DV").append(i).append(",Tên,cb,2020,HTTNV,,\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        ImportFileReader.Result result = ImportFileReader.read("tinh.csv", file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).hasSize(100_000);
        assertThat(ImportFileReader.LIMITS.maxBytes()).isGreaterThanOrEqualTo(50L * 1024 * 1024);
        assertThat(onlyProblem(ImportFileReader.read("tinh.csv",
                (csv + "DV-X,Tên,cb,2020,HTTNV,,\n").getBytes(StandardCharsets.UTF_8))).messageKey())
                .isEqualTo("import.error.too-many-rows");
    }

    @Test
    void theFirstVisibleSheetIsReadNotAHiddenOneBeforeIt() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Nháp").createRow(0).createCell(0).setCellValue("bảng nháp ẩn");
            Sheet visible = workbook.createSheet("Xếp loại");
            for (int c = 0; c < HEADER.size(); c++) {
                visible.createRow(0);
            }
            Row head = visible.getRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                head.createCell(c).setCellValue(HEADER.get(c));
            }
            visible.createRow(1).createCell(0).setCellValue("DV1");
            workbook.setActiveSheet(1);
            workbook.setSheetHidden(0, true);
            workbook.write(out);
            file = out.toByteArray();
        }

        ImportFileReader.Result result = ImportFileReader.read("an.xlsx", file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.header()).isEqualTo(HEADER);
        assertThat(result.rows()).singleElement().satisfies(r -> assertThat(r.cell(0)).isEqualTo("DV1"));
        assertThat(onlyProblem(ImportFileReader.read("tat-ca-an.xlsx", zip("_rels/.rels", ROOT_RELS,
                "xl/workbook.xml", WORKBOOK.replace("r:id=", "state=\"hidden\" r:id="),
                "xl/_rels/workbook.xml.rels", WORKBOOK_RELS))).messageKey())
                .isEqualTo("import.error.no-visible-sheet");
    }

    @Test
    void aWorkbookWithASheetOfTheKindsNameIsReadFromThatSheetWhateverItsPlace() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Đơn vị").createRow(0).createCell(0).setCellValue("Mã đơn vị");
            Sheet ratings = workbook.createSheet("Xếp loại đảng viên");
            Row head = ratings.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                head.createCell(c).setCellValue(HEADER.get(c));
            }
            ratings.createRow(1).createCell(0).setCellValue("DV7");
            Sheet hidden = workbook.createSheet("Biểu hiện suy thoái");
            hidden.createRow(0).createCell(0).setCellValue("ẩn");
            workbook.setSheetHidden(2, true);
            workbook.write(out);
            file = out.toByteArray();
        }

        ImportFileReader.Result named = ImportFileReader.read("so-tong-hop.xlsx", file, "xếp loại đảng viên");
        assertThat(named.header()).isEqualTo(HEADER);
        assertThat(named.rows()).singleElement().satisfies(r -> assertThat(r.cell(0)).isEqualTo("DV7"));
        // a hidden sheet of the name is not read; without a visible sheet of the name, the first visible sheet is
        assertThat(ImportFileReader.read("so-tong-hop.xlsx", file, "Biểu hiện suy thoái").header())
                .containsExactly("Mã đơn vị");
    }

    @Test
    void wrongTypesAreNamedAsSuch() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};

        assertThat(onlyProblem(ImportFileReader.read("ghi-chu.txt", "a,b".getBytes())).messageKey())
                .isEqualTo("import.error.type");
        assertThat(onlyProblem(ImportFileReader.read("cu.xls", ole2)).messageKey()).isEqualTo("import.error.type-xls");
        assertThat(onlyProblem(ImportFileReader.read("doi-ten.csv", ole2)).messageKey())
                .isEqualTo("import.error.type-xls");
        assertThat(onlyProblem(ImportFileReader.read("bao-cao.pdf", new byte[0])).messageKey())
                .isEqualTo("import.error.type");
    }
}
