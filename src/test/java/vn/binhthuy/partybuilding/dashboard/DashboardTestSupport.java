package vn.binhthuy.partybuilding.dashboard;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.select.Select;
import vn.binhthuy.partybuilding.base.chart.ChartClickEvent;
import vn.binhthuy.partybuilding.base.chart.ChartOption;
import vn.binhthuy.partybuilding.base.chart.ChartTable;
import vn.binhthuy.partybuilding.base.chart.EChart;
import vn.binhthuy.partybuilding.base.chart.CategorySeries;
import vn.binhthuy.partybuilding.base.chart.HeatCell;
import vn.binhthuy.partybuilding.base.chart.HeatmapSeries;
import vn.binhthuy.partybuilding.base.chart.PieSeries;
import vn.binhthuy.partybuilding.base.chart.PieSlice;
import vn.binhthuy.partybuilding.base.chart.Series;
import vn.binhthuy.partybuilding.base.ui.ChartCard;
import vn.binhthuy.partybuilding.base.ui.KpiCard;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** Small helpers for the dashboard view tests. */
final class DashboardTestSupport {

    private DashboardTestSupport() {
    }

    static ChartCard card(String id) {
        return _get(ChartCard.class, spec -> spec.withId(id));
    }

    static ChartOption option(String id) {
        return card(id).getChart().getOption();
    }

    static String kpi(String id) {
        return _get(KpiCard.class, spec -> spec.withId(id)).getValue();
    }

    static KpiCard kpiCard(String id) {
        return _get(KpiCard.class, spec -> spec.withId(id));
    }

    /**
     * What the browser sends when a user clicks the bar (or heatmap row, or slice) at this index: the id of the
     * clicked data item, its drill key.
     */
    static void clickCategory(String cardId, int categoryIndex) {
        ChartCard card = card(cardId);
        EChart chart = card.getChart();
        String itemId = itemIdAt(card.getChart().getOption(), categoryIndex);
        ComponentUtil.fireEvent(chart, new ChartClickEvent(chart, true, "", "", 0, categoryIndex, itemId));
    }

    /** The id ECharts reports for a click on the category (bar position, heatmap row, slice) at this index. */
    static String itemIdAt(ChartOption option, int categoryIndex) {
        return switch (option.series().getFirst()) {
            case CategorySeries bars -> bars.data().get(categoryIndex).id();
            case PieSeries pie -> pie.data().get(categoryIndex).id();
            case HeatmapSeries heatmap -> heatmap.data().stream().filter(cell -> cell.y() == categoryIndex)
                    .findFirst().orElseThrow().id();
        };
    }

    static int categoryIndex(String cardId, String label) {
        List<String> labels = card(cardId).getTable().rows().stream().map(ChartTable.Row::label).toList();
        int index = labels.indexOf(label);
        if (index < 0) {
            throw new AssertionError(label + " is not among " + labels);
        }
        return index;
    }

    static long total(Series series) {
        return switch (series) {
            case CategorySeries bars -> bars.data().stream().mapToLong(item -> item.value().longValue()).sum();
            case PieSeries pie -> pie.data().stream().mapToLong(PieSlice::value).sum();
            case HeatmapSeries heatmap -> heatmap.data().stream().mapToLong(HeatCell::count).sum();
        };
    }

    static long total(ChartOption option) {
        return option.series().stream().mapToLong(DashboardTestSupport::total).sum();
    }

    /** The sum of one row of a chart's table twin. */
    static long rowTotal(String cardId, String label) {
        return card(cardId).getTable().rows().stream().filter(r -> r.label().equals(label)).findFirst()
                .orElseThrow().values().stream().mapToLong(Number::longValue).sum();
    }

    /** Chooses in the page's display bar what a user picks: shares instead of counts, and the order of the units. */
    @SuppressWarnings("unchecked")
    static void showShares(UnitChartDisplay.Order order) {
        HasValueUtilsKt._setValue(_get(Select.class, spec -> spec.withId("display-measure")), true);
        if (order != null) {
            HasValueUtilsKt._setValue(_get(Select.class, spec -> spec.withId("display-sort")), order);
        }
    }
}
