package vn.binhthuy.partybuilding.dashboard;

import vn.binhthuy.partybuilding.base.chart.ChartOption;
import vn.binhthuy.partybuilding.base.chart.CategorySeries;
import vn.binhthuy.partybuilding.base.chart.Item;
import vn.binhthuy.partybuilding.base.chart.Series;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * How the per-unit charts (one bar per organization or cell, stacked by level, group or status) are shown, as the
 * URL says: counts or shares of each unit's total ({@code show=share}), and the units in their usual order, by name
 * ({@code sort=name}) or by value ({@code sort=value}: the largest total first, or with shares the largest share of
 * the first series, e.g. the best level). A chart of one series (findings per organization) has nothing to split a
 * unit's total into: its shares are each unit's part of all units together. The figures come from SQL as they are;
 * this only rearranges a built chart.
 */
record UnitChartDisplay(boolean shares, Order order) {

    static final String SHOW = "show";
    static final String SHARE = "share";
    static final String SORT = "sort";

    enum Order {
        UNIT, NAME, VALUE;

        String parameter() {
            return this == UNIT ? null : name().toLowerCase(Locale.ROOT);
        }

        static Order of(String parameter) {
            for (Order order : values()) {
                if (order != UNIT && order.parameter().equals(parameter)) {
                    return order;
                }
            }
            return UNIT;
        }
    }

    static final UnitChartDisplay DEFAULT = new UnitChartDisplay(false, Order.UNIT);

    boolean isDefault() {
        return !shares && order == Order.UNIT;
    }

    /**
     * The chart with its categories reordered and, for shares, each unit's values as percentages of its total. Each
     * item keeps its drill key (ECharts item id), so a click still opens the unit it was drawn for.
     */
    ChartModel apply(ChartModel model, Locale locale) {
        ChartOption option = model.option();
        List<CategorySeries> series = categorySeries(option);
        if (isDefault() || series.isEmpty() || option.yAxis() == null || option.yAxis().isEmpty()
                || !"category".equals(option.yAxis().getFirst().type())) {
            return model;
        }
        ChartOption.Axis categoryAxis = option.yAxis().getFirst();
        List<String> labels = categoryAxis.data();
        int n = labels.size();
        double[] totals = new double[n];
        for (CategorySeries s : series) {
            for (int i = 0; i < n && i < s.data().size(); i++) {
                totals[i] += s.data().get(i).value().doubleValue();
            }
        }
        if (series.size() == 1) {
            java.util.Arrays.fill(totals, java.util.Arrays.stream(totals).sum());
        }
        List<List<Item>> items = new ArrayList<>();
        for (CategorySeries s : series) {
            List<Item> data = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Item item = i < s.data().size() ? s.data().get(i) : Item.of(0);
                data.add(shares ? new Item(percent(item.value().doubleValue(), totals[i]), item.id()) : item);
            }
            items.add(data);
        }
        Comparator<Integer> byValue = shares
                ? Comparator.comparingDouble(i -> -items.getFirst().get(i).value().doubleValue())
                : Comparator.comparingDouble(i -> -totals[i]);
        Collator collator = Collator.getInstance(locale);
        List<Integer> positions = IntStream.range(0, n).boxed().sorted(switch (order) {
            case UNIT -> Comparator.<Integer>naturalOrder();
            case NAME -> Comparator.comparing(labels::get, collator);
            case VALUE -> byValue.thenComparing(Comparator.naturalOrder());
        }).toList();

        List<CategorySeries> arranged = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            List<Item> data = items.get(s);
            arranged.add(series.get(s).withData(positions.stream().map(data::get).toList()));
        }
        ChartOption arrangedOption = option.withAxesAndSeries(
                shares ? List.of(ChartOption.Axis.percent()) : option.xAxis(),
                List.of(categoryAxis.withData(positions.stream().map(labels::get).toList())), arranged);
        return new ChartModel(arrangedOption, model.height(), model.scope());
    }

    /** Whether the chart's shares are parts of all units together (one series) rather than of each unit's total. */
    static boolean sharesOfAllUnits(ChartModel model) {
        return categorySeries(model.option()).size() == 1;
    }

    /** The series of a chart of bars or lines; none for a pie or heatmap, which have no units to rearrange. */
    private static List<CategorySeries> categorySeries(ChartOption option) {
        List<CategorySeries> series = new ArrayList<>();
        for (Series s : option.series() == null ? List.<Series>of() : option.series()) {
            if (!(s instanceof CategorySeries category)) {
                return List.of();
            }
            series.add(category);
        }
        return series;
    }

    /** A percentage with two decimals, as the other shares of the product (94,87%). */
    private static Number percent(double value, double total) {
        if (total == 0) {
            return 0.0;
        }
        return BigDecimal.valueOf(value * 100 / total).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
