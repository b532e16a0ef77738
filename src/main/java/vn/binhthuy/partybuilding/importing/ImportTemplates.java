package vn.binhthuy.partybuilding.importing;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** A template workbook: the kind's sheet with its header and made-up example rows, and a "Danh mục" sheet. */
final class ImportTemplates {

    static final String ALLOWED_SHEET = "Danh mục";

    private ImportTemplates() {
    }

    /** Example cells are text, except numbers (a year) written as numbers; allowed values one column per title. */
    static byte[] workbook(String sheetName, List<String> columns, List<List<Object>> examples,
                           Map<String, List<String>> allowed) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
                sheet.setColumnWidth(c, 22 * 256);
            }
            for (int r = 0; r < examples.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = examples.get(r);
                for (int c = 0; c < values.size(); c++) {
                    if (values.get(c) instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(values.get(c)));
                    }
                }
            }
            Sheet list = workbook.createSheet(ALLOWED_SHEET);
            int index = 0;
            for (var column : allowed.entrySet()) {
                List<String> values = column.getValue();
                for (int i = 0; i <= values.size(); i++) {
                    Row row = list.getRow(i) == null ? list.createRow(i) : list.getRow(i);
                    row.createCell(index).setCellValue(i == 0 ? column.getKey() : values.get(i - 1));
                }
                list.setColumnWidth(index, 28 * 256);
                index++;
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
