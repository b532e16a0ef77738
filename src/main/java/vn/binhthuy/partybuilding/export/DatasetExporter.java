package vn.binhthuy.partybuilding.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditLog;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The Organization Board's workbook of a year: one sheet per family (organization ratings, member ratings,
 * findings, plans). Written with POI's streaming workbook straight to the download, a window of rows at a time,
 * so memory stays flat however large the district.
 */
@Service
public class DatasetExporter {

    /** A sheet: its name, its column headers (in the user's language) and the SQL behind it. */
    public record SheetSpec(String name, List<String> headers, String sql) {}

    private static final int ROWS_IN_MEMORY = 200;

    private final DatasetQueries queries;
    private final AuditLog audit;

    public DatasetExporter(DatasetQueries queries, AuditLog audit) {
        this.queries = queries;
        this.audit = audit;
    }

    /** The four sheets in order; names and headers come from the caller's translations. */
    public static List<String> sqlOfSheets() {
        return List.of(DatasetQueries.ORGANIZATION_RATINGS, DatasetQueries.MEMBER_RATINGS, DatasetQueries.FINDINGS,
                DatasetQueries.PLANS);
    }

    @Secured("ROLE_ORG_BOARD")
    @Transactional(readOnly = true)
    public void write(int year, List<SheetSpec> sheets, String fileName, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (SheetSpec spec : sheets) {
                Sheet sheet = workbook.createSheet(spec.name());
                Row header = sheet.createRow(0);
                for (int c = 0; c < spec.headers().size(); c++) {
                    header.createCell(c).setCellValue(spec.headers().get(c));
                }
                int[] next = {1};
                queries.stream(spec.sql(), year, rs -> writeRow(sheet.createRow(next[0]++), rs, dateStyle));
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
        audit.record(AuditAction.EXPORT, "DATASET", fileName, "XLSX " + year, null, null);
    }

    private static void writeRow(Row row, ResultSet rs, CellStyle dateStyle) throws SQLException {
        int columns = rs.getMetaData().getColumnCount();
        for (int c = 1; c <= columns; c++) {
            Object value = rs.getObject(c);
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
