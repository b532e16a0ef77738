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
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
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

        assertThat(card.getChart().getOption().fileName())
                .isEqualTo("xep-loai-dang-vien-theo-chi-bo_phuong-long-tuyen_2017");
        assertThat(FileNames.of("Xếp loại đảng viên", "Phường Long Tuyền", 2017))
                .isEqualTo("xep-loai-dang-vien_phuong-long-tuyen_2017");
        assertThat(FileNames.slug("Đảng bộ phường Bùi Hữu Nghĩa")).isEqualTo("dang-bo-phuong-bui-huu-nghia");
    }

    private static List<CSVRecord> parse(byte[] csv) throws Exception {
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3),
                StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
            return parser.getRecords();
        }
    }

    @Test
    void csvIsUtf8WithBomAndCarriesTheScopeAndTheChartNumbers() throws Exception {
        ChartTable table = openLongTuyenCells().getTable();
        long before = audit.count(new AuditFilter("lanhdao", AuditAction.EXPORT, null, null));
        List<String> scope = List.of("Đơn vị: Đảng bộ phường Long Tuyền", "Năm: 2017");

        List<CSVRecord> records = parse(exporter.csv(table, scope, "xep-loai.csv"));

        assertThat(records.get(0).get(0)).isEqualTo("Đơn vị: Đảng bộ phường Long Tuyền");
        assertThat(records.get(1).get(0)).isEqualTo("Năm: 2017");
        assertThat(records.get(2).get(0)).isEmpty();
        List<CSVRecord> data = records.subList(3, records.size());
        assertThat(data.getFirst().get(1)).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
        assertThat(data).hasSize(table.rows().size() + 1);
        assertThat(data.get(1).get(0)).isEqualTo("Khu vực 1");
        long total = data.stream().skip(1)
                .mapToLong(r -> r.stream().skip(1).mapToLong(Long::parseLong).sum()).sum();
        assertThat(total).isEqualTo(classification.organizationSummary(2017,
                units.byCode("p-long-tuyen").orElseThrow().id()).membersRated());
        assertThat(audit.count(new AuditFilter("lanhdao", AuditAction.EXPORT, null, null))).isEqualTo(before + 1);
    }

    @Test
    void csvTextThatASpreadsheetWouldRunIsNeutralisedButNumbersStayNumbers() throws Exception {
        List<String> hostile = List.of("=1+1", "@SUM(1+1)", "-2+3", "=HYPERLINK(\"http://x\",\"x\")", "+1",
                "\tx", "\rx");
        List<ChartTable.Row> rows = hostile.stream().map(name -> new ChartTable.Row(name, List.<Number>of(-5, 2.5)))
                .toList();
        ChartTable table = new ChartTable("Biểu đồ", List.of("=cmd|' /C calc'!A0", "Số"), rows);

        List<CSVRecord> records = parse(exporter.csv(table, List.of("Đơn vị: =1+1"), "x.csv"));

        assertThat(records.get(0).get(0)).isEqualTo("Đơn vị: =1+1");
        assertThat(records.get(2).get(1)).isEqualTo("'=cmd|' /C calc'!A0");
        for (int i = 0; i < hostile.size(); i++) {
            CSVRecord record = records.get(i + 3);
            assertThat(record.get(0)).isEqualTo("'" + hostile.get(i));
            assertThat(record.get(1)).isEqualTo("-5");
            assertThat(record.get(2)).isEqualTo("2.5");
        }
        assertThat(CsvCells.safe("Khu vực 1")).isEqualTo("Khu vực 1");
        assertThat(CsvCells.safe((Object) (-2))).isEqualTo(-2);
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
    void everyChartCardOffersTheDownloadMenuBuiltWhenFirstOpened() {
        ChartCard card = openLongTuyenCells();
        var opener = _get(card, com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("chart-cell-levels-export"));
        assertThat(_find(card, com.vaadin.flow.component.popover.Popover.class)).isEmpty();

        com.github.mvysny.kaributesting.v10.LocatorJ._click(opener);

        var menu = _get(card, com.vaadin.flow.component.popover.Popover.class);
        assertThat(menu.isOpened()).isTrue();
        assertThat(menu.getTarget()).isSameAs(opener);
        assertThat(_get(menu, com.vaadin.flow.component.button.Button.class, spec -> spec.withId("chart-cell-levels-png"))
                .getText()).isEqualTo("Ảnh PNG (độ phân giải cao)");
        assertThat(_get(menu, com.vaadin.flow.component.button.Button.class, spec -> spec.withId("chart-cell-levels-svg"))
                .getText()).isEqualTo("Ảnh SVG");
        assertThat(_find(menu, com.vaadin.flow.component.html.Anchor.class).stream()
                .map(com.vaadin.flow.component.html.Anchor::getText))
                .containsExactly("Số liệu CSV", "Số liệu Excel (XLSX)");

        // later clicks open the same menu in the browser, none is built again
        menu.close();
        com.github.mvysny.kaributesting.v10.LocatorJ._click(opener);
        assertThat(_find(card, com.vaadin.flow.component.popover.Popover.class)).containsExactly(menu);
    }

    /** Flow holds back JavaScript calls to invisible elements; the PDF briefing asks every chart for its image. */
    @Test
    void aChartShowingItsTableStaysReachableForTheBriefingsImageRequest() {
        ChartCard card = openLongTuyenCells();

        com.github.mvysny.kaributesting.v10.LocatorJ._click(card.getToggle());

        assertThat(card.isShowingTable()).isTrue();
        assertThat(card.getChart().isVisible()).isTrue();
        assertThat(card.hasClassName("showing-table")).isTrue();
    }
}
