package vn.binhthuy.partybuilding.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditFilter;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.base.chart.ChartTable;
import vn.binhthuy.partybuilding.base.ui.ChartCard;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.units.UnitService;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ChartExportTest extends KaribuTest {

    @Autowired ChartExporter exporter;
    @Autowired ClassificationService classification;
    @Autowired UnitService units;
    @Autowired AuditLog audit;

    private ChartCard openLongTuyenCells() {
        com.vaadin.flow.component.UI.getCurrent().navigate("ward/p-long-tuyen",
                com.vaadin.flow.router.QueryParameters.of("year", "2017"));
        return _get(ChartCard.class, spec -> spec.withId("chart-cell-levels"));
    }

    @Test
    void filesAreNamedAfterChartUnitAndYearWithoutDiacritics() {
        ChartCard card = openLongTuyenCells();

        assertThat(card.getChart().getOption().toolbox().fileName())
                .isEqualTo("xep-loai-dang-vien-theo-chi-bo_phuong-long-tuyen_2017");
        assertThat(FileNames.of("Xếp loại đảng viên", "Phường Long Tuyền", 2017))
                .isEqualTo("xep-loai-dang-vien_phuong-long-tuyen_2017");
        assertThat(FileNames.slug("Đảng bộ phường Bùi Hữu Nghĩa")).isEqualTo("dang-bo-phuong-bui-huu-nghia");
    }

    @Test
    void csvIsUtf8WithBomAndCarriesTheChartNumbers() throws Exception {
        ChartTable table = openLongTuyenCells().getTable();
        long before = audit.count(new AuditFilter("lanhdao", AuditAction.EXPORT, null, null));

        byte[] csv = exporter.csv(table, "xep-loai.csv");

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3),
                StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records.getFirst().get(1)).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
            assertThat(records).hasSize(table.rows().size() + 1);
            assertThat(records.get(1).get(0)).isEqualTo("Khu vực 1");
            long total = records.stream().skip(1)
                    .mapToLong(r -> r.stream().skip(1).mapToLong(Long::parseLong).sum()).sum();
            assertThat(total).isEqualTo(classification.organizationSummary(2017,
                    units.byCode("p-long-tuyen").orElseThrow().id()).membersRated());
        }
        assertThat(audit.count(new AuditFilter("lanhdao", AuditAction.EXPORT, null, null))).isEqualTo(before + 1);
    }

    @Test
    void xlsxHasTheFiltersAboveAHeaderAndNumericCells() throws Exception {
        ChartTable table = openLongTuyenCells().getTable();
        List<String> filters = List.of("Đơn vị: Đảng bộ phường Long Tuyền", "Năm: 2017");

        byte[] xlsx = exporter.xlsx(table, filters, "xep-loai.xlsx");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Xếp loại đảng viên theo chi bộ");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Đơn vị: Đảng bộ phường Long Tuyền");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Năm: 2017");
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Hoàn thành tốt nhiệm vụ");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Khu vực 1");
            assertThat(sheet.getRow(4).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            double total = 0;
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                for (int c = 1; c <= table.columns().size(); c++) {
                    total += sheet.getRow(r).getCell(c).getNumericCellValue();
                }
            }
            assertThat((long) total).isEqualTo(classification.organizationSummary(2017,
                    units.byCode("p-long-tuyen").orElseThrow().id()).membersRated());
        }
    }

    @Test
    void everyChartCardOffersTheDownloadMenu() {
        ChartCard card = openLongTuyenCells();

        assertThat(_get(card, com.vaadin.flow.component.menubar.MenuBar.class).getId())
                .contains("chart-cell-levels-export");
    }
}
