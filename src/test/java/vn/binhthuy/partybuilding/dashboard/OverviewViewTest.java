package vn.binhthuy.partybuilding.dashboard;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.base.chart.ChartOption;
import vn.binhthuy.partybuilding.base.chart.BarSeries;
import vn.binhthuy.partybuilding.base.chart.Series;
import vn.binhthuy.partybuilding.base.i18n.LanguageSwitch;
import vn.binhthuy.partybuilding.base.i18n.TranslationProvider;
import vn.binhthuy.partybuilding.base.ui.ChartCard;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.classification.ClassificationSummary;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.card;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.categoryIndex;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.clickCategory;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.kpi;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.kpiCard;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.option;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.rowTotal;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.total;

class OverviewViewTest extends KaribuTest {

    @Autowired ClassificationService classification;
    @Autowired UnitService units;

    private static void open(Map<String, String> query) {
        UI.getCurrent().navigate(OverviewView.class, QueryParameters.simple(query));
    }

    private static void openYear(String year) {
        open(Map.of("year", year));
    }

    @Test
    void showsTheArticleFiguresFor2017InVietnameseFormat() {
        openYear("2017");

        assertThat(kpi("kpi-organizations-rated")).isEqualTo("36");
        assertThat(kpi("kpi-top-level")).isEqualTo("30");
        assertThat(kpiCard("kpi-top-level").getDetail()).isEqualTo("Trong sạch, vững mạnh; trong đó 8 TCCSĐ tiêu biểu");
        assertThat(kpi("kpi-members-rated")).isEqualTo("4.389");
        assertThat(kpi("kpi-members-good")).isEqualTo("94,87%");
        assertThat(kpiCard("kpi-members-good").getDetail()).isEqualTo("4.164 đảng viên");
        assertThat(kpi("kpi-reviews")).isEqualTo("18");
        assertThat(kpiCard("kpi-reviews").getDetail()).isEqualTo("9 tập thể, 9 cá nhân; dự thêm 9 tập thể, 1 cá nhân");
    }

    @Test
    void kpiCardsCompareWithThePreviousYear() {
        openYear("2017");

        ClassificationSummary previous = classification.districtSummary(2016);
        long change = 4389 - previous.membersRated();
        assertThat(kpiCard("kpi-members-rated").getDelta())
                .isEqualTo((change >= 0 ? "+" : "−") + Math.abs(change) + " so với 2016");
        assertThat(kpiCard("kpi-top-level").getDelta()).isEqualTo("+2 so với 2016");
        assertThat(kpiCard("kpi-members-good").getDelta()).endsWith("điểm % so với 2016");
        openYear("2016");
        assertThat(kpiCard("kpi-members-rated").getDelta()).isEmpty();
    }

    @Test
    void memberClassificationChartCarriesEveryRatedMemberByLevel() {
        openYear("2017");

        ChartOption option = option("chart-member-levels");

        assertThat(option.series()).extracting(Series::name).containsExactly(
                "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ",
                "Không hoàn thành nhiệm vụ");
        assertThat(option.series()).allSatisfy(s -> assertThat(s).isInstanceOfSatisfying(BarSeries.class,
                bar -> assertThat(bar.stack()).isEqualTo("levels")));
        assertThat(total(option)).isEqualTo(4389);
        assertThat(total(option.series().get(0)) + total(option.series().get(1))).isEqualTo(4164);
        assertThat(option.yAxis().getFirst().data()).hasSize(36).startsWith("Phường Bình Thủy", "Phường An Thới");
        assertThat(option.fileName()).isEqualTo("xep-loai-dang-vien_quan-binh-thuy_2017");
        assertThat(option.title().subtext()).isEqualTo("Số đảng viên theo mức xếp loại, Đảng bộ quận Bình Thủy, năm 2017");
    }

    @Test
    void chartOptionReachesTheBrowserElementAsJson() {
        openYear("2017");

        String json = card("chart-member-levels").getChart().optionJson();

        // one download menu per card: the card's, not a second one in the ECharts toolbox
        assertThat(json).contains("\"type\":\"bar\"", "\"stack\":\"levels\"", "Phường Long Tuyền")
                .doesNotContain("null", "toolbox", "saveAsImage", "xep-loai-dang-vien_quan-binh-thuy_2017");
    }

    @Test
    void everyChartFamilyIsDrawnFromTheDatabase() {
        openYear("2017");

        assertThat(option("chart-plan-status").series()).extracting(Series::name)
                .containsExactly("Chưa thực hiện", "Đang thực hiện", "Đã hoàn thành", "Đã hậu kiểm");
        assertThat(kpi("kpi-plans-overdue")).isNotEqualTo("0");
        List<Long> top = card("chart-indicators-top").getTable().rows().stream()
                .map(r -> r.values().stream().mapToLong(Number::longValue).sum()).toList();
        assertThat(top).hasSize(OverviewPageService.TOP_INDICATORS).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(option("chart-heatmap").xAxis().getFirst().data()).hasSize(27).startsWith("A1", "A2");
        assertThat(option("chart-organization-levels").yAxis().getFirst().data())
                .startsWith("Đảng bộ phường", "Cơ quan");
        assertThat(option("chart-trend").xAxis().getFirst().data()).containsExactly("2016", "2017", "2018", "2019");
        assertThat(option("chart-progress").series()).hasSize(2);
        assertThat(_find(ChartCard.class)).hasSize(9).noneMatch(ChartCard::isEmpty);
    }

    @Test
    void clickingAWardInTheClassificationChartOpensTheWard() {
        openYear("2017");

        clickCategory("chart-member-levels", categoryIndex("chart-member-levels", "Phường Long Tuyền"));

        assertThat(location()).isEqualTo("ward/p-long-tuyen?year=2017");
        assertThat(_get(WardView.class).getOrganization().code()).isEqualTo("p-long-tuyen");
    }

    @Test
    void clickingAHeatmapRowOrAStatusBarOpensThatWard() {
        openYear("2018");
        clickCategory("chart-heatmap", categoryIndex("chart-heatmap", "Phường Trà Nóc"));
        assertThat(location()).isEqualTo("ward/p-tra-noc?year=2018");

        openYear("2018");
        clickCategory("chart-plan-status", categoryIndex("chart-plan-status", "Phường An Thới"));
        assertThat(location()).isEqualTo("ward/p-an-thoi?year=2018");
    }

    @Test
    void clickingAnIndicatorOpensTheIndicatorView() {
        openYear("2017");
        String first = card("chart-indicators-top").getTable().rows().getFirst().label().substring(0, 2);

        clickCategory("chart-indicators-top", 0);

        assertThat(location()).startsWith("indicators?").contains("indicator=" + first).contains("year=2017");
    }

    @Test
    void clickingAKindFiltersTheOverviewToThatKind() {
        openYear("2017");

        clickCategory("chart-organization-levels", categoryIndex("chart-organization-levels", "Đảng bộ phường"));

        assertThat(location()).contains("kind=WARD").contains("year=2017");
        assertThat(option("chart-member-levels").yAxis().getFirst().data()).hasSize(8).allMatch(n -> n.startsWith("Phường"));
        long wardMembers = units.organizations(2017).stream().filter(u -> u.kindCode().equals("WARD"))
                .mapToLong(u -> classification.organizationSummary(2017, u.id()).membersRated()).sum();
        assertThat(kpi("kpi-members-rated")).isEqualTo(String.format("%,d", wardMembers).replace(',', '.'));
        assertThat(kpi("kpi-organizations-rated")).isEqualTo("8");
        assertThat(_get(Select.class, spec -> spec.withId("filter-kind")).getValue()).isEqualTo("WARD");
    }

    @Test
    void groupFilterRestrictsTheHeatmapAndTopIndicatorsToThatGroup() {
        open(Map.of("year", "2018", "group", "C"));

        assertThat(option("chart-heatmap").xAxis().getFirst().data())
                .containsExactly("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9");
        assertThat(card("chart-indicators-top").getTable().rows()).allMatch(r -> r.label().startsWith("C"));
    }

    @Test
    void tableTwinIsOnlyBuiltWhenAskedFor() {
        openYear("2017");
        ChartCard chart = card("chart-heatmap");

        assertThat(_find(chart, NativeTable.class)).isEmpty();
        chart.getToggle().click();
        assertThat(_find(chart, NativeTable.class)).singleElement();
        chart.getToggle().click();
        chart.getToggle().click();
        assertThat(_find(chart, NativeTable.class)).singleElement();
        assertThat(chart.isShowingTable()).isTrue();
    }

    @Test
    void tableTwinShowsTheChartNumbers() {
        openYear("2017");
        ChartCard chart = card("chart-member-levels");
        Unit longTuyen = units.byCode("p-long-tuyen").orElseThrow();

        chart.getToggle().click();

        assertThat(chart.isShowingTable()).isTrue();
        assertThat(chart.hasClassName("showing-table")).isTrue();
        assertThat(rowTotal("chart-member-levels", "Phường Long Tuyền"))
                .isEqualTo(classification.organizationSummary(2017, longTuyen.id()).membersRated());
        NativeTable table = _get(chart, NativeTable.class);
        List<String> cells = _find(table, NativeTableCell.class).stream().map(NativeTableCell::getText).toList();
        List<String> chartNumbers = chart.getTable().rows().stream().flatMap(r -> r.values().stream())
                .map(v -> String.format("%,d", v.longValue()).replace(',', '.')).toList();
        assertThat(cells).isEqualTo(chartNumbers);
        chart.getToggle().click();
        assertThat(chart.hasClassName("showing-table")).isFalse();
    }

    @Test
    void organizationTableOpensAWardAndAddsUpToTheKpis() {
        openYear("2017");
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<UnitScorecard>) _get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("organization-table"));

        assertThat(GridKt._size(grid)).isEqualTo(36);
        assertThat(GridKt._getFormattedRow(grid, 4).getFirst()).isEqualTo("Phường Long Tuyền");
        GridKt._clickItem(grid, 4, 1, false, false, false, false);

        assertThat(location()).isEqualTo("ward/p-long-tuyen?year=2017");
    }

    @Test
    void kpiCardsCompareWithAnyOtherYearChosen() {
        open(Map.of("year", "2019", "compare", "2018"));
        ClassificationSummary y2019 = classification.districtSummary(2019);
        ClassificationSummary y2018 = classification.districtSummary(2018);
        long change = y2019.membersRated() - y2018.membersRated();
        assertThat(kpiCard("kpi-members-rated").getDelta())
                .isEqualTo((change >= 0 ? "+" : "−") + String.format("%,d", Math.abs(change)).replace(',', '.')
                        + " so với 2018");
        Select<Integer> compare = _get(Select.class, spec -> spec.withId("compare-year"));
        assertThat(compare.getValue()).isEqualTo(2018);
        assertThat(compare.getListDataView().getItems().toList()).containsExactly(2018, 2017, 2016);

        // the year before the year before: the members' count compares, the level counts do not (2018 brought QĐ 132)
        HasValueUtilsKt._setValue(compare, 2016);
        assertThat(location()).contains("compare=2016").contains("year=2019");
        ClassificationSummary y2016 = classification.districtSummary(2016);
        long since2016 = y2019.membersRated() - y2016.membersRated();
        assertThat(kpiCard("kpi-members-rated").getDelta())
                .isEqualTo((since2016 >= 0 ? "+" : "−") + String.format("%,d", Math.abs(since2016)).replace(',', '.')
                        + " so với 2016");
        assertThat(kpiCard("kpi-top-level").getDelta()).startsWith("Giữa hai năm có thang xếp loại mới")
                .endsWith("không so sánh với năm 2016");

        // choosing the year before again leaves the default URL; a compare year without figures is dropped from it
        HasValueUtilsKt._setValue(_get(Select.class, spec -> spec.withId("compare-year")), 2018);
        assertThat(location()).doesNotContain("compare=");
        open(Map.of("year", "2017", "compare", "1999"));
        assertThat(location()).doesNotContain("compare=");
        assertThat(kpiCard("kpi-top-level").getDelta()).isEqualTo("+2 so với 2016");
    }

    @Test
    void showsWhichOrganizationGotWhichLevelInAChartAndTheTable() {
        openYear("2017");
        ChartOption option = option("chart-organization-rated");
        assertThat(total(option)).as("one bar per rated organization").isEqualTo(36);
        assertThat(option.xAxis().getFirst().max()).as("every bar is as long as the axis").isEqualTo(1);
        // "trong sạch, vững mạnh", exemplary or not (the exemplary ones are a category of their own)
        assertThat(option.series().stream().filter(s -> s.name().equals("Trong sạch, vững mạnh")
                        || s.name().equals("Trong sạch, vững mạnh tiêu biểu"))
                .mapToLong(DashboardTestSupport::total).sum()).isEqualTo(30);

        Unit longTuyen = units.byCode("p-long-tuyen").orElseThrow();
        var rating = classification.organizationRating(2017, longTuyen.id()).orElseThrow();
        String level = rating.nameVi();
        String category = rating.exemplary() ? level + " tiêu biểu" : level;
        var table = card("chart-organization-rated").getTable();
        List<Number> row = table.rows().stream().filter(r -> r.label().equals("Phường Long Tuyền")).findFirst()
                .orElseThrow().values();
        assertThat(row.get(table.columns().indexOf(category)).longValue()).isEqualTo(1);
        assertThat(row.stream().mapToLong(Number::longValue).sum()).isEqualTo(1);

        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<UnitScorecard>) _get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("organization-table"));
        assertThat(GridKt._getFormattedRow(grid, 4)).startsWith("Phường Long Tuyền", level);
        long rated = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .filter(i -> !GridKt._getFormattedRow(grid, i).get(1).isEmpty()).count();
        assertThat(rated).as("organizations with a level in the table").isEqualTo(36);

        openYear("2019");
        assertThat(GridKt._getFormattedRow(grid(), 0).get(1)).isIn("Hoàn thành xuất sắc nhiệm vụ",
                "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ");
    }

    @Test
    void perUnitChartsShowSharesOfEachUnitsTotalWhenAsked() {
        openYear("2017");
        List<String> countLabels = option("chart-member-levels").yAxis().getFirst().data();
        long longTuyenCount = rowTotal("chart-member-levels", "Phường Long Tuyền");
        long longTuyenTop = card("chart-member-levels").getTable().rows().stream()
                .filter(r -> r.label().equals("Phường Long Tuyền")).findFirst().orElseThrow()
                .values().getFirst().longValue();

        DashboardTestSupport.showShares(null);

        assertThat(location()).contains("show=share").contains("year=2017");
        ChartOption option = option("chart-member-levels");
        assertThat(option.xAxis().getFirst().name()).isEqualTo("%");
        assertThat(option.xAxis().getFirst().max()).isEqualTo(100);
        assertThat(option.title().subtext()).contains("Tỷ lệ % trên tổng của từng đơn vị");
        assertThat(option.yAxis().getFirst().data()).isEqualTo(countLabels);
        var table = card("chart-member-levels").getTable();
        assertThat(table.header(0)).endsWith("(%)");
        List<Number> longTuyen = table.rows().stream().filter(r -> r.label().equals("Phường Long Tuyền"))
                .findFirst().orElseThrow().values();
        assertThat(longTuyen.getFirst().doubleValue())
                .isCloseTo(100.0 * longTuyenTop / longTuyenCount, org.assertj.core.data.Offset.offset(0.005));
        for (var row : table.rows()) {
            assertThat(row.values().stream().mapToDouble(Number::doubleValue).sum())
                    .isCloseTo(100.0, org.assertj.core.data.Offset.offset(0.05));
        }
        // the other per-unit charts follow; the KPI cards keep their counts
        assertThat(option("chart-plan-status").xAxis().getFirst().name()).isEqualTo("%");
        assertThat(kpi("kpi-members-rated")).isEqualTo("4.389");
    }

    @Test
    void perUnitChartsSortByNameOrValueAndStillDrillToTheRightUnit() {
        open(Map.of("year", "2017", "sort", "value"));
        var table = card("chart-member-levels").getTable();
        List<Long> totals = table.rows().stream()
                .map(r -> r.values().stream().mapToLong(Number::longValue).sum()).toList();
        assertThat(totals).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        String largest = table.rows().getFirst().label();
        clickCategory("chart-member-levels", 0);
        assertThat(location()).startsWith("ward/");
        assertThat(units.byCode(location().substring(5, location().indexOf('?'))).orElseThrow().shortName())
                .isEqualTo(largest);

        open(Map.of("year", "2017", "sort", "name"));
        java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi-VN"));
        assertThat(option("chart-indicator-groups").yAxis().getFirst().data()).isSortedAccordingTo(collator);
        assertThat(_get(Select.class, spec -> spec.withId("display-sort")).getValue())
                .isEqualTo(UnitChartDisplay.Order.NAME);

        Select<UnitChartDisplay.Order> sort = _get(Select.class, spec -> spec.withId("display-sort"));
        HasValueUtilsKt._setValue(sort, UnitChartDisplay.Order.UNIT);
        assertThat(location()).doesNotContain("sort=");
    }

    @SuppressWarnings("unchecked")
    private static com.vaadin.flow.component.grid.Grid<UnitScorecard> grid() {
        return (com.vaadin.flow.component.grid.Grid<UnitScorecard>) _get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("organization-table"));
    }

    @Test
    void ruleChecksFlagOrganizationsOverTheExcellentCap() {
        openYear("2017");
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("rule-checks"))).isEmpty();

        openYear("2019");
        var box = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("rule-checks"));
        String checks = box.getElement().getTextRecursively() + " " + org.jsoup.Jsoup.parseBodyFragment(
                _get(box, vn.binhthuy.partybuilding.base.ui.LinkList.class).getInnerHtml()).text();
        assertThat(checks).contains("tối đa 20%").contains("Phường Trà Nóc: 25,06% (105/419)");
    }

    @Test
    void yearSelectorNavigatesAndKeepsTheYearInTheUrl() {
        openYear("2017");

        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, spec -> spec.withId("year-select"));
        assertThat(year.getValue()).isEqualTo(2017);
        HasValueUtilsKt._setValue(year, 2016);

        ClassificationSummary expected = classification.districtSummary(2016);
        assertThat(location()).isEqualTo("?year=2016");
        assertThat(kpi("kpi-members-rated")).isEqualTo(String.format("%,d", expected.membersRated()).replace(',', '.'));
    }

    @Test
    void anInvalidYearOrKindFallsBackWithAMessage() {
        open(Map.of("year", "abc", "kind", "NOPE"));

        assertThat(_get(OverviewView.class).year()).isEqualTo(classification.ratedYears().getLast());
        NotificationsKt.expectNotifications(
                "Năm \"abc\" không hợp lệ hoặc chưa có dữ liệu; đang hiển thị năm 2019.",
                "Loại hình \"NOPE\" không có; đang hiển thị tất cả loại hình.");
        assertThat(kpi("kpi-organizations-rated")).isEqualTo("36");
        assertThat(location()).isEqualTo("?year=2019");
    }

    @Test
    void aYearWithoutFiguresIsCorrectedInTheUrlKeepingTheOtherFilters() {
        open(Map.of("year", "1999", "kind", "WARD", "group", "B"));

        assertThat(location()).contains("year=2019", "kind=WARD", "group=B");
        assertThat(_get(OverviewView.class).year()).isEqualTo(2019);
    }

    @Test
    void englishUsesEnglishNumberFormats() {
        LanguageSwitch.choose(UI.getCurrent(), TranslationProvider.ENGLISH);
        openYear("2017");

        assertThat(kpi("kpi-members-rated")).isEqualTo("4,389");
        assertThat(kpi("kpi-members-good")).isEqualTo("94.87%");
        assertThat(option("chart-member-levels").series().getFirst().name()).isEqualTo("Completed tasks excellently");
    }
}
