package vn.binhthuy.partybuilding.dashboard;

import org.junit.jupiter.api.Test;
import vn.binhthuy.partybuilding.base.chart.BarSeries;
import vn.binhthuy.partybuilding.base.chart.CategorySeries;
import vn.binhthuy.partybuilding.base.chart.ChartOption;
import vn.binhthuy.partybuilding.base.chart.ChartTable;
import vn.binhthuy.partybuilding.base.chart.Item;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Rearranging a per-unit chart moves each unit's drill key with its bar: a click still opens the unit drawn. */
class UnitChartDisplayTest {

    private static final PageScope SCOPE = new PageScope("Quận Bình Thủy", "quan-binh-thuy", 2017, List.of());

    private static ChartModel threeWards() {
        ChartOption option = ChartOption.builder()
                .xAxis(ChartOption.Axis.value())
                .yAxis(ChartOption.Axis.categoryTopDown(List.of("Phường Trà Nóc", "Phường An Thới", "Phường Bình Thủy")))
                .series(List.of(
                        BarSeries.of("HTXSNV", List.of(new Item(1, "p-tra-noc"), new Item(6, "p-an-thoi"),
                                new Item(2, "p-binh-thuy"))),
                        BarSeries.of("HTTNV", List.of(new Item(3, "p-tra-noc"), new Item(4, "p-an-thoi"),
                                new Item(18, "p-binh-thuy")))))
                .build();
        return new ChartModel(option, SCOPE);
    }

    @Test
    void sortedByValueEachBarKeepsItsUnitsKey() {
        ChartModel sorted = new UnitChartDisplay(false, UnitChartDisplay.Order.VALUE)
                .apply(threeWards(), Locale.of("vi", "VN"));

        ChartTable table = ChartTable.of(sorted.option());
        assertThat(table.rows()).extracting(ChartTable.Row::label)
                .containsExactly("Phường Bình Thủy", "Phường An Thới", "Phường Trà Nóc");
        assertThat(table.rows()).extracting(ChartTable.Row::key).containsExactly("p-binh-thuy", "p-an-thoi", "p-tra-noc");
        for (var series : sorted.option().series()) {
            assertThat(((CategorySeries) series).data()).extracting(Item::id)
                    .containsExactly("p-binh-thuy", "p-an-thoi", "p-tra-noc");
        }
    }

    @Test
    void sharesByNameKeepTheKeysAndTurnValuesIntoPercentagesOfEachUnit() {
        ChartModel shares = new UnitChartDisplay(true, UnitChartDisplay.Order.NAME)
                .apply(threeWards(), Locale.of("vi", "VN"));

        ChartTable table = ChartTable.of(shares.option());
        assertThat(table.rows()).extracting(ChartTable.Row::key).containsExactly("p-an-thoi", "p-binh-thuy", "p-tra-noc");
        assertThat(table.rows().getFirst().values()).containsExactly(60.0, 40.0);
        assertThat(table.percentColumns()).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void aChartOfOneSeriesShowsEachUnitsPartOfAllUnits() {
        ChartOption option = ChartOption.builder()
                .xAxis(ChartOption.Axis.value())
                .yAxis(ChartOption.Axis.categoryTopDown(List.of("Phường Trà Nóc", "Phường An Thới")))
                .series(List.of(BarSeries.of("A5", List.of(new Item(1, "p-tra-noc"), new Item(3, "p-an-thoi")))))
                .build();
        ChartModel model = new ChartModel(option, SCOPE);
        ChartModel shares = new UnitChartDisplay(true, UnitChartDisplay.Order.VALUE).apply(model, Locale.of("vi", "VN"));

        assertThat(UnitChartDisplay.sharesOfAllUnits(model)).isTrue();
        assertThat(UnitChartDisplay.sharesOfAllUnits(threeWards())).isFalse();
        ChartTable table = ChartTable.of(shares.option());
        assertThat(table.rows()).extracting(ChartTable.Row::key).containsExactly("p-an-thoi", "p-tra-noc");
        assertThat(table.rows()).extracting(r -> r.values().getFirst()).containsExactly(75.0, 25.0);
    }
}
