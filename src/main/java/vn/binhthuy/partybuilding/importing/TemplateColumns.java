package vn.binhthuy.partybuilding.importing;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.List;

/** A column of a template's "Danh mục" sheet: a title, then the allowed values one per row. */
final class TemplateColumns {

    private TemplateColumns() {
    }

    static void write(Sheet sheet, int index, String title, List<String> values) {
        for (int i = 0; i <= values.size(); i++) {
            Row row = sheet.getRow(i) == null ? sheet.createRow(i) : sheet.getRow(i);
            row.createCell(index).setCellValue(i == 0 ? title : values.get(i - 1));
        }
        sheet.setColumnWidth(index, 28 * 256);
    }
}
