package vn.binhthuy.partybuilding.dashboard;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.base.chart.ChartOption;
import vn.binhthuy.partybuilding.base.chart.ChartTable;
import vn.binhthuy.partybuilding.base.ui.ChartCard;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.card;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.option;

/**
 * "So sánh với năm" on the manifestations and remediation pages: the compared year's figures next to the year's,
 * checked against SQL written here, the year in the URL, and in every label and export.
 */
class CompareYearsTest extends KaribuTest {

    private static final String COMPARED_2017 = "So sánh với năm: 2017";

    @Autowired JdbcTemplate jdbc;
    @Autowired ViewExports exports;

    /** Findings of each manifestation of group A in a year, the district's, counted here. */
    private Map<String, Long> groupAFindings(int year) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("""
                SELECT i.code, (SELECT COUNT(*) FROM finding f WHERE f.indicator_id = i.id AND f.finding_year = ?)
                FROM indicator i WHERE i.group_code = 'A' ORDER BY i.code""",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, year);
        return counts;
    }

    /** Per organization code: plans, completed (done or verified), overdue on the test day (15/06/2026). */
    private Map<String, List<Long>> planFigures(int year) {
        Map<String, List<Long>> figures = new LinkedHashMap<>();
        jdbc.query("""
                SELECT u.code, COUNT(*),
                       SUM(CASE WHEN p.status IN ('DONE', 'VERIFIED') THEN 1 ELSE 0 END),
                       SUM(CASE WHEN p.status IN ('NOT_STARTED', 'IN_PROGRESS') AND p.deadline < '2026-06-15'
                                THEN 1 ELSE 0 END)
                FROM remediation_plan p JOIN unit u ON u.id = p.organization_id
                WHERE p.plan_year = ? GROUP BY u.code""",
                rs -> {
                    figures.put(rs.getString(1), List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }, year);
        return figures;
    }

    private static DashboardPage page() {
        return _get(DashboardPage.class);
    }

    private static String scopeLine() {
        return _get(Paragraph.class, spec -> spec.withId("page-scope")).getText();
    }

    @SuppressWarnings("unchecked")
    private static Select<Integer> compareSelect() {
        return _get(Select.class, spec -> spec.withId("compare-year"));
    }

    private static List<Long> longs(List<Number> values) {
        return values.stream().map(Number::longValue).toList();
    }

    @Test
    void theManifestationsOfTheYearStandNextToThoseOfTheComparedYearWithTheChange() {
        open("indicators?year=2018&group=A&compare=2017");
        Map<String, Long> y2018 = groupAFindings(2018);
        Map<String, Long> y2017 = groupAFindings(2017);
        assertThat(y2018.values().stream().mapToLong(Long::longValue).sum()).isPositive();
        assertThat(y2017.values().stream().mapToLong(Long::longValue).sum()).isPositive();

        ChartOption option = option("chart-findings-compared");
        assertThat(option.xAxis().getFirst().data()).containsExactlyElementsOf(y2018.keySet());
        assertThat(option.legend().selected()).containsExactly(Map.entry("Chênh lệch 2018 − 2017", false));
        ChartTable table = card("chart-findings-compared").getTable();
        assertThat(table.columns()).containsExactly("Năm 2018", "Năm 2017", "Chênh lệch 2018 − 2017");
        for (ChartTable.Row row : table.rows()) {
            long now = y2018.get(row.label());
            long before = y2017.get(row.label());
            assertThat(longs(row.values())).as(row.label()).containsExactly(now, before, now - before);
            // a bar opens its manifestation
            assertThat(row.key()).isEqualTo(row.label());
        }
        assertThat(table.rows()).hasSize(9);
    }

    @Test
    void theComparedYearIsInTheUrlAndChoosingNoneRemovesIt() {
        open("indicators?year=2018&indicator=A5");
        assertThat(_find(ChartCard.class, spec -> spec.withId("chart-findings-compared"))).isEmpty();
        assertThat(compareSelect().getValue()).isNull();
        assertThat(compareSelect().getListDataView().getItems().toList()).containsExactly(2019, 2017, 2016);

        HasValueUtilsKt._setValue(compareSelect(), 2016);
        assertThat(location()).contains("year=2018").contains("indicator=A5").contains("compare=2016");
        assertThat(compareSelect().getValue()).isEqualTo(2016);
        assertThat(card("chart-findings-compared").getTable().rows()).extracting(ChartTable.Row::label)
                .containsExactly("A5");

        // another manifestation keeps the comparison
        DashboardTestSupport.clickCategory("chart-findings-compared", 0);
        assertThat(location()).contains("indicator=A5").contains("compare=2016");

        HasValueUtilsKt._setValue(compareSelect(), null);
        assertThat(location()).contains("indicator=A5").doesNotContain("compare");
        assertThat(_find(ChartCard.class, spec -> spec.withId("chart-findings-compared"))).isEmpty();
    }

    @Test
    void aComparedYearWithoutFiguresOrTheYearShownIsDroppedFromTheUrl() {
        open("indicators?year=2018&group=B&compare=2030");
        NotificationsKt.expectNotifications(
                "Không so sánh được với năm \"2030\" (chưa có số liệu hoặc trùng năm đang xem); đã bỏ so sánh.");
        assertThat(location()).contains("year=2018").contains("group=B").doesNotContain("compare");

        open("remediation?year=2019&overdue=true&compare=2019");
        assertThat(location()).contains("year=2019").contains("overdue=true").doesNotContain("compare");
        assertThat(_find(ChartCard.class, spec -> spec.withId("chart-plans-compared"))).isEmpty();

        // the overview as well
        open("?year=2017&compare=abc");
        assertThat(location()).isEqualTo("?year=2017");
    }

    @Test
    void everyLabelAndExportOfTheManifestationsPageNamesBothYears() throws Exception {
        open("indicators?year=2018&group=A&compare=2017");

        assertThat(page().pageHeading()).isEqualTo("Biểu hiện suy thoái, A. Tư tưởng chính trị - năm 2018 so với năm 2017");
        assertThat(scopeLine()).contains("Năm: 2018", COMPARED_2017);
        ChartCard compared = card("chart-findings-compared");
        ChartOption option = compared.getChart().getOption();
        assertThat(option.title().text()).isEqualTo("Số lượt ghi nhận theo biểu hiện: năm 2018 so với năm 2017");
        assertThat(option.title().subtext()).contains("Đảng bộ quận Bình Thủy", COMPARED_2017);
        assertThat(option.fileName()).isEqualTo("so-sanh-bieu-hien_quan-binh-thuy_nhom-a_so-sanh-2017_2018");
        assertThat(compared.getExportScope()).containsExactly("Đơn vị: Đảng bộ quận Bình Thủy", "Năm: 2018",
                "Nhóm biểu hiện: A. Tư tưởng chính trị", COMPARED_2017);
        // the charts of one year do not claim a comparison
        assertThat(card("chart-findings-by-organization").getExportScope()).doesNotContain(COMPARED_2017);

        String csv = new String(exports.charts().csv(compared.getTable(), compared.getExportScope(),
                option.fileName()), StandardCharsets.UTF_8);
        assertThat(csv).contains("Năm: 2018", COMPARED_2017, "Năm 2018,Năm 2017,Chênh lệch 2018 − 2017");
        List<String> xlsx = xlsxText(exports.charts().xlsx(compared.getTable(), compared.getExportScope(),
                option.fileName()));
        assertThat(xlsx).contains("Năm: 2018", COMPARED_2017, "Năm 2018", "Năm 2017", "Chênh lệch 2018 − 2017");
        assertBriefing("bao-cao_quan-binh-thuy_nhom-a_so-sanh-2017_2018.pdf",
                "Biểu hiện suy thoái, A. Tư tưởng chính trị - năm 2018 so với năm 2017", COMPARED_2017,
                "Số lượt ghi nhận theo biểu hiện: năm 2018 so với năm 2017", "Năm 2017");
    }

    @Test
    void thePlansOfEachOrganizationStandNextToThoseOfTheComparedYear() {
        open("remediation?year=2019&compare=2018");
        Map<String, List<Long>> y2019 = planFigures(2019);
        Map<String, List<Long>> y2018 = planFigures(2018);
        assertThat(y2019).isNotEmpty();
        assertThat(y2018).isNotEmpty();

        ChartCard compared = card("chart-plans-compared");
        ChartTable table = compared.getTable();
        assertThat(table.columns()).containsExactly("Kế hoạch 2019", "Kế hoạch 2018", "Đã hoàn thành 2019",
                "Đã hoàn thành 2018", "Quá hạn 2019", "Quá hạn 2018");
        // completed and overdue are drawn on a click on the legend; the table always has them
        assertThat(compared.getChart().getOption().legend().selected()).containsOnlyKeys("Đã hoàn thành 2019",
                "Đã hoàn thành 2018", "Quá hạn 2019", "Quá hạn 2018").doesNotContainValue(true);
        List<String> codes = new ArrayList<>();
        for (ChartTable.Row row : table.rows()) {
            List<Long> now = y2019.getOrDefault(row.key(), List.of(0L, 0L, 0L));
            List<Long> before = y2018.getOrDefault(row.key(), List.of(0L, 0L, 0L));
            assertThat(longs(row.values())).as(row.label()).containsExactly(now.get(0), before.get(0), now.get(1),
                    before.get(1), now.get(2), before.get(2));
            codes.add(row.key());
        }
        // every organization with plans in either year, once
        assertThat(codes).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(y2019.keySet().stream(), y2018.keySet().stream()).distinct().toList());

        DashboardTestSupport.clickCategory("chart-plans-compared", 0);
        assertThat(location()).isEqualTo("ward/" + codes.getFirst() + "?year=2019");
    }

    @Test
    void theRemediationPageNamesBothYearsAndKeepsItsFiltersWhenTheComparedYearChanges() throws Exception {
        open("remediation?year=2019&status=IN_PROGRESS");
        assertThat(_find(ChartCard.class, spec -> spec.withId("chart-plans-compared"))).isEmpty();
        HasValueUtilsKt._setValue(compareSelect(), 2017);
        assertThat(location()).contains("year=2019").contains("status=IN_PROGRESS").contains("compare=2017");

        assertThat(page().pageHeading())
                .isEqualTo("Kế hoạch khắc phục hạn chế, khuyết điểm - năm 2019 so với năm 2017");
        assertThat(scopeLine()).contains("Năm: 2019", COMPARED_2017);
        ChartCard compared = card("chart-plans-compared");
        ChartOption option = compared.getChart().getOption();
        assertThat(option.title().text()).isEqualTo("Kế hoạch khắc phục theo TCCSĐ: năm 2019 so với năm 2017");
        assertThat(option.title().subtext()).contains(COMPARED_2017);
        assertThat(option.fileName()).isEqualTo("so-sanh-ke-hoach_quan-binh-thuy_so-sanh-2017_2019");
        assertThat(compared.getExportScope()).containsExactly("Đơn vị: Đảng bộ quận Bình Thủy", "Năm: 2019",
                COMPARED_2017);
        String csv = new String(exports.charts().csv(compared.getTable(), compared.getExportScope(),
                option.fileName()), StandardCharsets.UTF_8);
        assertThat(csv).contains(COMPARED_2017, "Kế hoạch 2019,Kế hoạch 2017");
        assertThat(xlsxText(exports.charts().xlsx(compared.getTable(), compared.getExportScope(), option.fileName())))
                .contains(COMPARED_2017, "Kế hoạch 2019", "Quá hạn 2017");
        assertBriefing("bao-cao_quan-binh-thuy_so-sanh-2017_2019.pdf",
                "Kế hoạch khắc phục hạn chế, khuyết điểm - năm 2019 so với năm 2017", COMPARED_2017,
                "Kế hoạch khắc phục theo TCCSĐ: năm 2019 so với năm 2017", "Quá hạn 2017");
    }

    /** The PDF briefing of the page as the button writes it (without the browser's images): its name and words. */
    @Test
    void theOverviewAndWardHeadingsNameAComparedYearOtherThanTheYearBefore() throws Exception {
        open("?year=2018");
        assertThat(page().pageHeading()).isEqualTo("Tổng quan Đảng bộ quận Bình Thủy - năm 2018");
        open("?year=2018&compare=2016");
        assertThat(page().pageHeading()).isEqualTo("Tổng quan Đảng bộ quận Bình Thủy - năm 2018 so với năm 2016");
        assertBriefing("bao-cao_quan-binh-thuy_so-sanh-2016_2018.pdf",
                "Tổng quan Đảng bộ quận Bình Thủy - năm 2018 so với năm 2016");

        open("ward/p-long-tuyen?year=2019");
        assertThat(page().pageHeading()).isEqualTo("Đảng bộ phường Long Tuyền - năm 2019");
        open("ward/p-long-tuyen?year=2019&compare=2016");
        assertThat(page().pageHeading()).isEqualTo("Đảng bộ phường Long Tuyền - năm 2019 so với năm 2016");
    }

    private void assertBriefing(String fileName, String... texts) throws Exception {
        BriefingDownload download = new BriefingDownload(page(), exports);
        assertThat(download.fileName()).isEqualTo(fileName);
        List<ChartCard> charts = download.charts();
        byte[] pdf = download.render(download.briefing(charts, java.util.Collections.nCopies(charts.size(), null)),
                fileName);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace("\n", " ");
            for (String expected : texts) {
                assertThat(text).contains(expected);
            }
        }
    }

    private static List<String> xlsxText(byte[] xlsx) throws Exception {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                row.forEach(cell -> cells.add(cell.toString()));
            }
        }
        return cells;
    }
}
