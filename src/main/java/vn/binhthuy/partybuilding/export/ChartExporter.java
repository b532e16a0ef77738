package vn.binhthuy.partybuilding.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.base.chart.ChartDownloads;
import vn.binhthuy.partybuilding.base.chart.ChartTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The numbers of one chart as CSV (UTF-8 with BOM, for Excel) or XLSX (typed cells, filters above the table). */
@Service
public class ChartExporter implements ChartDownloads {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final AuditLog audit;

    public ChartExporter(AuditLog audit) {
        this.audit = audit;
    }

    /**
     * The scope first (unit, year, every filter in force; one per line), an empty line, then the header row and one
     * row per category. Every text cell is neutralised against formula injection ({@link CsvCells}).
     */
    @Override
    public void writeCsv(ChartTable table, List<String> scope, String fileName, OutputStream out) throws IOException {
        out.write(UTF8_BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            for (String line : scope) {
                print(csv, List.of(line));
            }
            if (!scope.isEmpty()) {
                csv.println();
            }
            List<Object> header = new ArrayList<>();
            header.add("");
            for (int c = 0; c < table.columns().size(); c++) {
                header.add(table.header(c));
            }
            print(csv, header);
            for (ChartTable.Row row : table.rows()) {
                List<Object> record = new ArrayList<>();
                record.add(row.label());
                record.addAll(row.values());
                print(csv, record);
            }
        }
        audit.record(AuditAction.EXPORT, "CHART", fileName, "CSV", null, null);
    }

    private static void print(CSVPrinter csv, List<?> cells) throws IOException {
        csv.printRecord(cells.stream().map(CsvCells::safe));
    }

    /**
     * One sheet named after the chart: the filters used (one per line), an empty line, then a header row and one
     * row per category with numeric cells.
     */
    @Override
    public void writeXlsx(ChartTable table, List<String> filters, String fileName, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.caption().isBlank()
                    ? "Du lieu" : table.caption()));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            for (String filter : filters) {
                sheet.createRow(r++).createCell(0).setCellValue(filter);
            }
            r++;
            Row header = sheet.createRow(r++);
            header.createCell(0).setCellValue("");
            for (int c = 0; c < table.columns().size(); c++) {
                header.createCell(c + 1).setCellValue(table.header(c));
                header.getCell(c + 1).setCellStyle(bold);
            }
            for (ChartTable.Row row : table.rows()) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.label());
                for (int c = 0; c < row.values().size(); c++) {
                    line.createCell(c + 1).setCellValue(row.values().get(c).doubleValue());
                }
            }
            sheet.setColumnWidth(0, 40 * 256);
            workbook.write(out);
        }
        audit.record(AuditAction.EXPORT, "CHART", fileName, "XLSX", null, null);
    }

    /** PNG and SVG are drawn in the browser; the server only records that they were taken. */
    @Override
    public void recordImageExport(String fileName, String format) {
        audit.record(AuditAction.EXPORT, "CHART", fileName, format, null, null);
    }

    public byte[] csv(ChartTable table, List<String> scope, String fileName) {
        return toBytes(out -> writeCsv(table, scope, fileName, out));
    }

    public byte[] xlsx(ChartTable table, List<String> filters, String fileName) {
        return toBytes(out -> writeXlsx(table, filters, fileName, out));
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static byte[] toBytes(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
