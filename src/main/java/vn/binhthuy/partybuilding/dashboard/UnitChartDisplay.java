package vn.binhthuy.partybuilding.dashboard;

import vn.binhthuy.partybuilding.base.chart.ChartOption;
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
 * the first series, e.g. the best level). The figures come from SQL as they are; this only rearranges a built chart.
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

    /** The chart with its categories reordered and, for shares, each unit's values as percentages of its total. */
    ChartModel apply(ChartModel model, Locale locale) {
        ChartOption option = model.option();
        if (isDefault() || option.series() == null || option.series().isEmpty() || option.yAxis() == null
                || option.yAxis().isEmpty() || !"category".equals(option.yAxis().getFirst().type())) {
            return model;
        }
        ChartOption.Axis categoryAxis = option.yAxis().getFirst();
        List<String> labels = categoryAxis.data();
        List<Series> series = option.series();
        int n = labels.size();
        double[] totals = new double[n];
        for (Series s : series) {
            for (int i = 0; i < n && i < s.data().size(); i++) {
                totals[i] += ((Number) s.data().get(i)).doubleValue();
            }
        }
        List<List<Number>> values = new ArrayList<>();
        for (Series s : series) {
            List<Number> data = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double value = i < s.data().size() ? ((Number) s.data().get(i)).doubleValue() : 0;
                data.add(shares ? percent(value, totals[i]) : (Number) s.data().get(i));
            }
            values.add(data);
        }
        Comparator<Integer> byValue = shares
                ? Comparator.comparingDouble(i -> -values.getFirst().get(i).doubleValue())
                : Comparator.comparingDouble(i -> -totals[i]);
        Collator collator = Collator.getInstance(locale);
        List<Integer> positions = IntStream.range(0, n).boxed().sorted(switch (order) {
            case UNIT -> Comparator.<Integer>naturalOrder();
            case NAME -> Comparator.comparing(labels::get, collator);
            case VALUE -> byValue.thenComparing(Comparator.naturalOrder());
        }).toList();

        List<Series> arranged = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            List<Number> data = values.get(s);
            arranged.add(series.get(s).withData(positions.stream().map(data::get).toList()));
        }
        ChartOption.Axis sortedAxis = new ChartOption.Axis(categoryAxis.type(),
                positions.stream().map(labels::get).toList(), categoryAxis.name(), categoryAxis.inverse(),
                categoryAxis.minInterval(), categoryAxis.axisLabel(), categoryAxis.max());
        ChartOption arrangedOption = new ChartOption(option.title(), option.tooltip(), option.legend(), option.grid(),
                shares ? List.of(ChartOption.Axis.percent()) : option.xAxis(), List.of(sortedAxis),
                option.visualMap(), arranged, option.animation(), option.animationDuration(),
                option.animationDurationUpdate(), option.fileName());
        List<String> keys = positions.stream().map(i -> model.categoryKeys().get(i)).toList();
        return new ChartModel(arrangedOption, keys, model.height(), model.scope());
    }

    /** A percentage with two decimals, as the other shares of the product (94,87%). */
    private static Number percent(double value, double total) {
        if (total == 0) {
            return 0.0;
        }
        return BigDecimal.valueOf(value * 100 / total).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
