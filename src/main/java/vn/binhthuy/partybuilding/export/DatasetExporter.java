package vn.binhthuy.partybuilding.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.importing.FindingImportColumns;
import vn.binhthuy.partybuilding.importing.FindingImportService;
import vn.binhthuy.partybuilding.importing.NotebookImportColumns;
import vn.binhthuy.partybuilding.importing.NotebookImportService;
import vn.binhthuy.partybuilding.importing.RatingImportColumns;
import vn.binhthuy.partybuilding.importing.RatingImportService;
import vn.binhthuy.partybuilding.importing.ReviewImportColumns;
import vn.binhthuy.partybuilding.importing.ReviewImportService;
import vn.binhthuy.partybuilding.importing.MemberHistoryImportColumns;
import vn.binhthuy.partybuilding.importing.MemberImportColumns;
import vn.binhthuy.partybuilding.importing.UnitImportColumns;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The Organization Board's workbook of a year: one sheet per family (organization ratings, member ratings, findings,
 * plans and their progress reports, review delegations, the notebook), each in its import's format, so the workbook
 * imports back as it is. Written with POI's streaming workbook straight to the download, a window of rows at a time,
 * so memory stays flat however large the district.
 */
@Service
public class DatasetExporter {

    /**
     * A sheet: its name, its column headers (in the user's language), the SQL behind it, and for columns holding codes
     * (MILD, SELF_EXAMINATION, IN_PROGRESS…) the message-key prefix that turns a code into words.
     */
    public record SheetSpec(String name, List<String> headers, String sql, Map<Integer, String> codeWords) {
        public SheetSpec(String name, List<String> headers, String sql) {
            this(name, headers, sql, Map.of());
        }
    }

    /** The user's words for a message key. */
    @FunctionalInterface
    public interface Words {
        String get(String key, Object... params);
    }

    private static final int ROWS_IN_MEMORY = 200;
    private static final int COLUMN_WIDTH = 20 * 256;

    private final DatasetQueries queries;
    private final AuditLog audit;

    public DatasetExporter(DatasetQueries queries, AuditLog audit) {
        this.queries = queries;
        this.audit = audit;
    }

    /**
     * The sheet of organization ratings: the import's format whatever the user's language, so the workbook of a year
     * can be imported back.
     */
    public static SheetSpec organizationRatingsSheet() {
        return new SheetSpec(DatasetQueries.ORGANIZATION_RATINGS_SHEET, DatasetQueries.ORGANIZATION_RATINGS_COLUMNS,
                DatasetQueries.ORGANIZATION_RATINGS);
    }

    /** The sheet of remediation plans: the plans import's format whatever the user's language. */
    public static SheetSpec plansSheet() {
        return new SheetSpec(DatasetQueries.PLANS_SHEET, DatasetQueries.PLANS_COLUMNS, DatasetQueries.PLANS);
    }

    /** The sheet of the plans' progress reports: the progress import's format whatever the user's language. */
    public static SheetSpec progressSheet() {
        return new SheetSpec(DatasetQueries.PROGRESS_SHEET, DatasetQueries.PROGRESS_COLUMNS, DatasetQueries.PROGRESS);
    }

    /** Every sheet of the workbook, in the order a clerk imports them. */
    public static List<SheetSpec> sheets() {
        List<SheetSpec> imports = importSheets();
        List<SheetSpec> register = registerSheets();
        return List.of(register.get(0), register.get(1), register.get(2), organizationRatingsSheet(), imports.get(0),
                imports.get(1), plansSheet(), progressSheet(), imports.get(2), imports.get(3));
    }

    /**
     * The sheets written in an import's own format — its sheet name, its Vietnamese headers whatever the user's
     * language, the codes and words it accepts — so that the Board's workbook imports back unchanged: member ratings,
     * findings, review delegations, the notebook.
     */
    public static List<SheetSpec> importSheets() {
        return List.of(new SheetSpec(RatingImportService.SHEET, RatingImportColumns.ALL, DatasetQueries.MEMBER_RATINGS),
                new SheetSpec(FindingImportService.SHEET, FindingImportColumns.ALL, DatasetQueries.FINDINGS),
                new SheetSpec(ReviewImportService.SHEET, ReviewImportColumns.ALL, DatasetQueries.REVIEWS),
                new SheetSpec(NotebookImportService.SHEET, NotebookImportColumns.ALL, DatasetQueries.NOTEBOOK));
    }

    /**
     * The register's sheets (units, members) in the exchange format of the import: its sheet names and Vietnamese
     * headers whatever the user's language, values as the import reads them, so that each sheet imports back.
     */
    public static List<SheetSpec> registerSheets() {
        return List.of(
                new SheetSpec(UnitImportColumns.SHEET, UnitImportColumns.ALL, DatasetQueries.UNITS),
                new SheetSpec(MemberImportColumns.SHEET, MemberImportColumns.ALL, DatasetQueries.MEMBERS),
                new SheetSpec(MemberHistoryImportColumns.SHEET, MemberHistoryImportColumns.ALL,
                        DatasetQueries.MEMBER_HISTORY));
    }

    @Secured("ROLE_ORG_BOARD")
    @Transactional(readOnly = true)
    public void write(int year, List<SheetSpec> sheets, Words words, String fileName, OutputStream out)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle headerStyle = headerStyle(workbook);
            for (SheetSpec spec : sheets) {
                Sheet sheet = workbook.createSheet(spec.name());
                Row header = sheet.createRow(0);
                for (int c = 0; c < spec.headers().size(); c++) {
                    header.createCell(c).setCellValue(spec.headers().get(c));
                    header.getCell(c).setCellStyle(headerStyle);
                    sheet.setColumnWidth(c, COLUMN_WIDTH);
                }
                int[] next = {1};
                queries.stream(spec.sql(), year, rs -> writeRow(sheet.createRow(next[0]++), rs, dateStyle,
                        spec.codeWords(), words));
                // the header stays in view while scrolling, and every column can be filtered in Excel
                sheet.createFreezePane(0, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, spec.headers().size() - 1));
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
        audit.record(AuditAction.EXPORT, "DATASET", fileName, "XLSX " + year, null, null);
    }

    private static CellStyle headerStyle(SXSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    private static void writeRow(Row row, ResultSet rs, CellStyle dateStyle, Map<Integer, String> codeWords,
                                 Words words) throws SQLException {
        int columns = rs.getMetaData().getColumnCount();
        for (int c = 1; c <= columns; c++) {
            Object value = rs.getObject(c);
            String prefix = codeWords.get(c - 1);
            if (prefix != null && value instanceof String code && !code.isEmpty()) {
                value = words.get(prefix + code);
            }
            var cell = row.createCell(c - 1);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Date date) {
                cell.setCellValue(date.toLocalDate());
                cell.setCellStyle(dateStyle);
            } else if (value instanceof java.time.LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
        }
    }
}
