package vn.binhthuy.partybuilding.base.chart;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/** One ECharts series; data holds numbers (bar, line), [x, y, value] triples (heatmap) or {name, value} items (pie). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Series(String type, String name, String stack, List<?> data, Map<String, Object> itemStyle,
                     Map<String, Object> emphasis, Map<String, Object> label, Boolean smooth,
                     Map<String, Object> areaStyle, List<String> radius, Integer yAxisIndex,
                     Map<String, Object> markLine) {

    public static Series bar(String name, List<? extends Number> data) {
        return new Series("bar", name, null, List.copyOf(data), null, Map.of("focus", "series"), null, null, null,
                null, null, null);
    }

    public static Series line(String name, List<? extends Number> data) {
        return new Series("line", name, null, List.copyOf(data), null, null, null, true, null, null, null, null);
    }

    /** Cells of a heatmap, each [x index, y index, value] with its own tooltip. */
    public static Series heatmap(String name, List<HeatCell> cells) {
        return new Series("heatmap", name, null, List.copyOf(cells), null,
                Map.of("itemStyle", Map.of("borderColor", "#333", "borderWidth", 1)),
                Map.of("show", true), null, null, null, null, null);
    }

    /** A pie; each slice brings its label and tooltip already written in the user's language (4.164 · 94,87%). */
    public static Series pie(String name, List<PieSlice> slices) {
        return new Series("pie", name, null, List.copyOf(slices), null, null,
                Map.of("formatter", "{b}"), null, null, List.of("40%", "70%"), null, null);
    }

    public Series stacked(String stackName) {
        return new Series(type, name, stackName, data, itemStyle, emphasis, label, smooth, areaStyle, radius, yAxisIndex,
                markLine);
    }

    public Series color(String color) {
        return new Series(type, name, stack, data, Map.of("color", color), emphasis, label, smooth, areaStyle, radius,
                yAxisIndex, markLine);
    }

    /** The same series with other values (e.g. the categories reordered, or counts turned into shares). */
    public Series withData(List<?> values) {
        return new Series(type, name, stack, List.copyOf(values), itemStyle, emphasis, label, smooth, areaStyle, radius,
                yAxisIndex, markLine);
    }

    public Series area() {
        return new Series(type, name, stack, data, itemStyle, emphasis, label, smooth, Map.of("opacity", 0.15), radius,
                yAxisIndex, markLine);
    }

    /**
     * Dashed vertical lines at the given categories, each labelled (e.g. "QĐ 132-QĐ/TW" where a new rating scale
     * starts), so that a break in the series reads as a change of rules, not of figures.
     */
    public Series markedAt(Map<String, String> labelsByCategory) {
        if (labelsByCategory.isEmpty()) {
            return this;
        }
        List<Map<String, Object>> lines = labelsByCategory.entrySet().stream()
                .map(e -> Map.<String, Object>of("xAxis", e.getKey(), "label", Map.of("formatter", e.getValue())))
                .toList();
        return new Series(type, name, stack, data, itemStyle, emphasis, label, smooth, areaStyle, radius, yAxisIndex,
                Map.of("symbol", List.of("none", "none"), "silent", true,
                        "lineStyle", Map.of("type", "dashed", "color", "#616161"),
                        // "end" keeps the label horizontal above the line; the inside positions turn it along it
                        "label", Map.of("position", "end", "color", "#424242", "fontSize", 11), "data", lines));
    }

    /** Draws the series against the second value axis (e.g. a percentage beside counts). */
    public Series onSecondAxis() {
        return new Series(type, name, stack, data, itemStyle, emphasis, label, smooth, areaStyle, radius, 1, markLine);
    }

    /** One heatmap cell: [x index, y index, value] and the tooltip's lines (text; escaped here for ECharts' HTML). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HeatCell(List<Long> value, Map<String, Object> tooltip) {
        public static HeatCell of(long x, long y, long value, List<String> tooltipLines) {
            return new HeatCell(List.of(x, y, value), Map.of("formatter",
                    String.join("<br/>", tooltipLines.stream().map(Html::escape).toList())));
        }
    }

    /**
     * A named slice of a pie, with its own colour and, optionally, its label and tooltip as finished text: ECharts
     * writes numbers in its own (English) way, and a formatter function cannot travel in JSON.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PieSlice(String name, long value, Map<String, Object> itemStyle, Map<String, Object> label,
                           Map<String, Object> tooltip) {
        public static PieSlice of(String name, long value, String color) {
            return new PieSlice(name, value, color == null ? null : Map.of("color", color), null, null);
        }

        /** The text shown beside the slice and in its tooltip (which ECharts renders as HTML, hence escaped). */
        public PieSlice described(String text) {
            return new PieSlice(name, value, itemStyle, Map.of("formatter", text),
                    Map.of("formatter", Html.escape(text)));
        }
    }
}
