package vn.binhthuy.partybuilding.dashboard;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.base.chart.ChartOption;
import vn.binhthuy.partybuilding.base.chart.Series;
import vn.binhthuy.partybuilding.base.i18n.LanguageSwitch;
import vn.binhthuy.partybuilding.base.i18n.TranslationProvider;
import vn.binhthuy.partybuilding.base.ui.ChartCard;
import vn.binhthuy.partybuilding.base.ui.KpiCard;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.classification.ClassificationSummary;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class OverviewViewTest extends KaribuTest {

    @Autowired ClassificationService classification;

    private static void openOverview(String year) {
        UI.getCurrent().navigate(OverviewView.class, QueryParameters.of("year", year));
    }

    private static String kpi(String id) {
        return _get(KpiCard.class, spec -> spec.withId(id)).getValue();
    }

    private static ChartOption chart(String id) {
        return _get(ChartCard.class, spec -> spec.withId(id)).getChart().getOption();
    }

    private static long total(Series series) {
        return series.data().stream().mapToLong(v -> ((Number) v).longValue()).sum();
    }

    @Test
    void showsTheArticleFiguresFor2017InVietnameseFormat() {
        openOverview("2017");

        assertThat(kpi("kpi-organizations-rated")).isEqualTo("36");
        assertThat(kpi("kpi-top-level")).isEqualTo("30");
        assertThat(_get(KpiCard.class, spec -> spec.withId("kpi-top-level")).getDetail())
                .isEqualTo("Trong sạch, vững mạnh; trong đó 8 TCCSĐ tiêu biểu");
        assertThat(kpi("kpi-members-rated")).isEqualTo("4.389");
        assertThat(kpi("kpi-members-good")).isEqualTo("94,87%");
        assertThat(_get(KpiCard.class, spec -> spec.withId("kpi-members-good")).getDetail())
                .isEqualTo("4.164 đảng viên");
    }

    @Test
    void memberClassificationChartCarriesEveryRatedMemberByLevel() {
        openOverview("2017");

        ChartOption option = chart("chart-member-levels");

        assertThat(option.series()).extracting(Series::name).containsExactly(
                "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ",
                "Không hoàn thành nhiệm vụ");
        assertThat(option.series()).extracting(Series::stack).containsOnly("levels");
        assertThat(option.series().stream().mapToLong(OverviewViewTest::total).sum()).isEqualTo(4389);
        assertThat(total(option.series().get(0)) + total(option.series().get(1))).isEqualTo(4164);
        List<String> organizations = option.yAxis().getFirst().data();
        assertThat(organizations).hasSize(36).startsWith("Phường Bình Thủy", "Phường An Thới");
        assertThat(option.toolbox().feature()).containsKeys("saveAsImage", "dataView");
    }

    @Test
    void chartOptionReachesTheBrowserElementAsJson() {
        openOverview("2017");

        String json = _get(ChartCard.class, spec -> spec.withId("chart-member-levels")).getChart()
                .getElement().getProperty("option");

        assertThat(json).contains("\"type\":\"bar\"", "\"stack\":\"levels\"", "Phường Long Tuyền",
                "\"saveAsImage\"").doesNotContain("null");
    }

    @Test
    void remediationAndIndicatorChartsAreDrawnFromTheDatabase() {
        openOverview("2017");

        ChartOption plans = chart("chart-plan-status");
        ChartOption indicators = chart("chart-indicators-top");

        assertThat(plans.series()).extracting(Series::name)
                .containsExactly("Chưa thực hiện", "Đang thực hiện", "Đã hoàn thành", "Đã hậu kiểm");
        assertThat(kpi("kpi-plans-overdue")).isNotEqualTo("0");
        assertThat(indicators.series().getFirst().data()).hasSize(OverviewView.TOP_INDICATORS);
        List<Long> counts = indicators.series().getFirst().data().stream().map(v -> ((Number) v).longValue()).toList();
        assertThat(counts).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void yearSelectorNavigatesAndKeepsTheYearInTheUrl() {
        openOverview("2017");

        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, spec -> spec.withId("year-select"));
        assertThat(year.getValue()).isEqualTo(2017);
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(year, 2016);

        ClassificationSummary expected = classification.districtSummary(2016);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("?year=2016");
        assertThat(kpi("kpi-members-rated")).isEqualTo(String.format("%,d", expected.membersRated()).replace(',', '.'));
        assertThat(kpi("kpi-members-rated")).isNotEqualTo("4.389");
    }

    @Test
    void anInvalidYearFallsBackToTheLatestWithAMessage() {
        openOverview("abc");

        assertThat(_get(OverviewView.class).year()).isEqualTo(classification.ratedYears().getLast());
        NotificationsKt.expectNotifications("Năm \"abc\" không hợp lệ hoặc chưa có dữ liệu; đang hiển thị năm 2019.");
    }

    @Test
    void englishUsesEnglishNumberFormats() {
        LanguageSwitch.choose(UI.getCurrent(), TranslationProvider.ENGLISH);
        openOverview("2017");

        assertThat(kpi("kpi-members-rated")).isEqualTo("4,389");
        assertThat(kpi("kpi-members-good")).isEqualTo("94.87%");
        assertThat(chart("chart-member-levels").series().getFirst().name()).isEqualTo("Completed tasks excellently");
    }
}
