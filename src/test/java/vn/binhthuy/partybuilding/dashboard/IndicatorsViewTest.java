package vn.binhthuy.partybuilding.dashboard;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.indicators.IndicatorSelection;
import vn.binhthuy.partybuilding.indicators.IndicatorService;
import vn.binhthuy.partybuilding.indicators.UnitFindings;
import vn.binhthuy.partybuilding.units.UnitScope;
import vn.binhthuy.partybuilding.units.UnitService;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.card;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.categoryIndex;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.clickCategory;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.option;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.total;

class IndicatorsViewTest extends KaribuTest {

    @Autowired IndicatorService indicators;
    @Autowired UnitService units;

    @Test
    void oneIndicatorByWardByYearAndTopCells() {
        open("indicators?year=2018&indicator=A5");

        assertThat(_get(IndicatorsView.class).getSelection()).isEqualTo(IndicatorSelection.indicator("A5"));
        long expected = indicators.findingsByOrganization(2018, IndicatorSelection.indicator("A5"), UnitScope.DISTRICT)
                .stream().mapToLong(UnitFindings::findings).sum();
        assertThat(total(option("chart-findings-by-organization"))).isEqualTo(expected).isPositive();
        assertThat(option("chart-findings-by-year").xAxis().getFirst().data()).contains("2016", "2019");
        assertThat(card("chart-top-cells").getTable().rows()).hasSizeLessThanOrEqualTo(IndicatorsPageService.TOP_CELLS);
        assertThat(option("chart-findings-by-organization").title().subtext()).contains("A5 · Giấu giếm khuyết điểm");
        // the heading names what is shown, not "27 biểu hiện"
        assertThat(_get(IndicatorsView.class).pageHeading()).startsWith("Biểu hiện suy thoái, A5 · Giấu giếm khuyết điểm")
                .endsWith(" - năm 2018");
    }

    @Test
    void clickingAWardOrACellDrillsDown() {
        open("indicators?year=2018&group=A");
        String ward = card("chart-findings-by-organization").getTable().rows().getFirst().label();
        String code = units.organizations(2018).stream().filter(u -> u.shortName().equals(ward)).findFirst()
                .orElseThrow().code();

        clickCategory("chart-findings-by-organization", categoryIndex("chart-findings-by-organization", ward));
        assertThat(location()).isEqualTo("ward/" + code + "?year=2018");

        open("indicators?year=2018&group=A");
        clickCategory("chart-top-cells", 0);
        assertThat(location()).startsWith("cell/").endsWith("?year=2018");
    }

    @Test
    void choosingAnIndicatorPutsItInTheUrl() {
        open("indicators?year=2019");

        @SuppressWarnings("unchecked")
        Select<String> choice = _get(Select.class, spec -> spec.withId("indicator-select"));
        HasValueUtilsKt._setValue(choice, "B5");

        assertThat(location()).contains("indicator=B5").contains("year=2019");
        assertThat(_get(IndicatorsView.class).getSelection()).isEqualTo(IndicatorSelection.indicator("B5"));
    }

    @Test
    void anUnknownIndicatorShowsAllWithAMessage() {
        open("indicators?year=2019&indicator=Z9");

        NotificationsKt.expectNotifications("Không có biểu hiện \"Z9\"; đang hiển thị tất cả 27 biểu hiện.");
        assertThat(_get(IndicatorsView.class).getSelection()).isEqualTo(IndicatorSelection.ALL);
        assertThat(_get(IndicatorsView.class).pageHeading()).isEqualTo("27 biểu hiện suy thoái - năm 2019");
    }

    @Test
    void findingsPerOrganizationAsSharesOfAllSortedByValueKeepTheirDrillKeys() {
        open("indicators?year=2018&indicator=A5");
        var counts = card("chart-findings-by-organization").getTable();
        long all = counts.rows().stream().mapToLong(r -> r.values().getFirst().longValue()).sum();
        DashboardTestSupport.showShares(UnitChartDisplay.Order.VALUE);

        assertThat(location()).contains("year=2018").contains("indicator=A5").contains("show=share")
                .contains("sort=value");
        var option = option("chart-findings-by-organization");
        assertThat(option.xAxis().getFirst().name()).isEqualTo("%");
        assertThat(option.title().subtext()).contains("A5 · Giấu giếm khuyết điểm")
                .contains("Tỷ lệ % trên tổng của các đơn vị");
        assertThat(option.fileName()).contains("ty-le").endsWith("_2018");
        assertThat(option("chart-top-cells").title().subtext()).contains("Tỷ lệ % trên tổng của các đơn vị");
        // the year chart is not per unit: it keeps its counts
        assertThat(option("chart-findings-by-year").title().subtext()).doesNotContain("Tỷ lệ");
        var shares = card("chart-findings-by-organization").getTable();
        assertThat(shares.header(0)).endsWith("(%)");
        // one series: each organization's part of all organizations' findings, the largest first, keys kept
        assertThat(shares.rows().stream().mapToDouble(r -> r.values().getFirst().doubleValue()).sum())
                .isCloseTo(100.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(shares.rows().stream().map(r -> r.values().getFirst().doubleValue()).toList())
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        for (var row : shares.rows()) {
            long count = counts.rows().stream().filter(r -> r.key().equals(row.key())).findFirst().orElseThrow()
                    .values().getFirst().longValue();
            assertThat(row.values().getFirst().doubleValue())
                    .isCloseTo(100.0 * count / all, org.assertj.core.data.Offset.offset(0.005));
        }

        // another manifestation keeps the display
        @SuppressWarnings("unchecked")
        Select<String> choice = _get(Select.class, spec -> spec.withId("indicator-select"));
        HasValueUtilsKt._setValue(choice, "A1");
        assertThat(location()).contains("indicator=A1").contains("show=share").contains("sort=value");
    }
}
