package vn.binhthuy.partybuilding.dashboard;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.base.ui.ChartCard;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.classification.ClassificationSummary;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.Collections;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.card;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.kpiCard;

/**
 * "So sánh với năm" for the KPI cards of the overview and of a ward's page: the select, the year in the URL, the
 * changes it gives, and the scope line and PDF briefing naming a chosen year (the year before needs no mention).
 */
class ComparedKpiYearTest extends KaribuTest {

    @Autowired ClassificationService classification;
    @Autowired UnitService units;
    @Autowired ViewExports exports;

    @SuppressWarnings("unchecked")
    private static Select<Integer> compareSelect() {
        return _get(Select.class, spec -> spec.withId("compare-year"));
    }

    private static String scopeLine() {
        return _get(Paragraph.class, spec -> spec.withId("page-scope")).getText();
    }

    private static String signed(long change) {
        return (change >= 0 ? "+" : "−") + String.format("%,d", Math.abs(change)).replace(',', '.');
    }

    private ClassificationSummary longTuyen(int year) {
        return classification.organizationSummary(year, units.byCode("p-long-tuyen").orElseThrow().id());
    }

    @Test
    void aWardsKpisCompareWithTheYearChosenAndTheUrlKeepsIt() {
        open("ward/p-long-tuyen?year=2019");
        assertThat(compareSelect().getValue()).isEqualTo(2018);
        assertThat(compareSelect().getListDataView().getItems().toList()).containsExactly(2018, 2017, 2016);
        assertThat(kpiCard("kpi-members-rated").getDelta()).isEqualTo(
                signed(longTuyen(2019).membersRated() - longTuyen(2018).membersRated()) + " so với 2018");
        assertThat(scopeLine()).isEqualTo("Phạm vi: Đơn vị: Đảng bộ phường Long Tuyền · Năm: 2019");

        HasValueUtilsKt._setValue(compareSelect(), 2016);
        assertThat(location()).contains("year=2019").contains("compare=2016");
        assertThat(compareSelect().getValue()).isEqualTo(2016);
        assertThat(kpiCard("kpi-members-rated").getDelta()).isEqualTo(
                signed(longTuyen(2019).membersRated() - longTuyen(2016).membersRated()) + " so với 2016");
        // 2018 brought a new scale for members: the share of "good or better" is not compared across it
        assertThat(kpiCard("kpi-members-good").getDelta()).startsWith("Giữa hai năm có thang xếp loại mới")
                .endsWith("không so sánh với năm 2016");
        assertThat(scopeLine()).isEqualTo(
                "Phạm vi: Đơn vị: Đảng bộ phường Long Tuyền · Năm: 2019 · So sánh với năm: 2016");

        // reload keeps the choice; the year before again leaves the default URL
        open(location());
        assertThat(compareSelect().getValue()).isEqualTo(2016);
        HasValueUtilsKt._setValue(compareSelect(), 2018);
        assertThat(location()).isEqualTo("ward/p-long-tuyen?year=2019");
    }

    @Test
    void aWardsComparedYearWithoutFiguresOrTheYearShownIsDroppedFromTheUrl() {
        open("ward/p-long-tuyen?year=2018&compare=2030");
        NotificationsKt.expectNotifications(
                "Không so sánh được với năm \"2030\" (chưa có số liệu hoặc trùng năm đang xem); đã bỏ so sánh.");
        assertThat(location()).isEqualTo("ward/p-long-tuyen?year=2018");
        assertThat(kpiCard("kpi-members-rated").getDelta()).endsWith("so với 2017");

        open("ward/p-long-tuyen?year=2018&compare=2018");
        assertThat(location()).isEqualTo("ward/p-long-tuyen?year=2018");
        open("ward/p-long-tuyen?year=2018&compare=x");
        assertThat(location()).isEqualTo("ward/p-long-tuyen?year=2018");
    }

    @Test
    void theOverviewNamesAChosenComparedYearInItsScopeLineAndBriefingButNotInItsChartsOfOneYear() throws Exception {
        open("?year=2019");
        assertThat(scopeLine()).isEqualTo("Phạm vi: Đơn vị: Đảng bộ quận Bình Thủy · Năm: 2019");

        open("?year=2019&group=B&compare=2016");
        assertThat(scopeLine()).isEqualTo("Phạm vi: Đơn vị: Đảng bộ quận Bình Thủy · Năm: 2019 · "
                + "Nhóm biểu hiện: B. Đạo đức, lối sống · So sánh với năm: 2016");
        ChartCard members = card("chart-member-levels");
        assertThat(members.getExportScope()).doesNotContain("So sánh với năm: 2016");
        assertThat(members.getChart().getOption().fileName()).doesNotContain("so-sanh");
        assertBriefing("bao-cao_quan-binh-thuy_nhom-b_so-sanh-2016_2019.pdf", "So sánh với năm: 2016", "so với 2016");
    }

    @Test
    void aWardsBriefingNamesTheComparedYear() throws Exception {
        open("ward/p-long-tuyen?year=2019&compare=2017");
        assertBriefing("bao-cao_phuong-long-tuyen_so-sanh-2017_2019.pdf", "Năm: 2019", "So sánh với năm: 2017");
        open("ward/p-long-tuyen?year=2019");
        assertThat(new BriefingDownload(_get(DashboardPage.class), exports).fileName())
                .isEqualTo("bao-cao_phuong-long-tuyen_2019.pdf");
    }

    /** The PDF briefing of the page as the button writes it (without the browser's images): its name and words. */
    private void assertBriefing(String fileName, String... texts) throws Exception {
        BriefingDownload download = new BriefingDownload(_get(DashboardPage.class), exports);
        assertThat(download.fileName()).isEqualTo(fileName);
        List<ChartCard> charts = download.charts();
        byte[] pdf = download.render(download.briefing(charts, Collections.nCopies(charts.size(), null)), fileName);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace("\n", " ");
            assertThat(text).contains(texts);
        }
    }
}
