package vn.binhthuy.partybuilding.base.chart;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.List;
import java.util.Map;

/** Bars, one {@link Item} per category; series with the same stack name are stacked. */
@JsonTypeName("bar")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BarSeries(String name, String stack, List<Item> data, ItemStyle itemStyle, Emphasis emphasis,
                        Integer yAxisIndex, MarkLine markLine) implements CategorySeries {

    public static BarSeries of(String name, List<Item> items) {
        return new BarSeries(name, null, List.copyOf(items), null, new Emphasis("series", null), null, null);
    }

    public BarSeries stacked(String stackName) {
        return new BarSeries(name, stackName, data, itemStyle, emphasis, yAxisIndex, markLine);
    }

    public BarSeries color(String color) {
        return new BarSeries(name, stack, data, ItemStyle.of(color), emphasis, yAxisIndex, markLine);
    }

    @Override
    public BarSeries withData(List<Item> items) {
        return new BarSeries(name, stack, List.copyOf(items), itemStyle, emphasis, yAxisIndex, markLine);
    }

    /**
     * Dashed vertical lines at the given categories, each labelled (e.g. "QĐ 132-QĐ/TW" where a new rating scale
     * starts), so that a break in the series reads as a change of rules, not of figures.
     */
    public BarSeries markedAt(Map<String, String> labelsByCategory) {
        if (labelsByCategory.isEmpty()) {
            return this;
        }
        List<MarkLine.At> lines = labelsByCategory.entrySet().stream()
                .map(e -> new MarkLine.At(e.getKey(), Label.text(e.getValue())))
                .toList();
        return new BarSeries(name, stack, data, itemStyle, emphasis, yAxisIndex,
                new MarkLine(List.of("none", "none"), true, new LineStyle("dashed", "#616161"),
                        // "end" keeps the label horizontal above the line; the inside positions turn it along it
                        new Label(null, null, "end", "#424242", 11), lines));
    }
}
