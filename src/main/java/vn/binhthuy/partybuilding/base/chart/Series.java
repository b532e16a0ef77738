package vn.binhthuy.partybuilding.base.chart;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;

/**
 * One ECharts series. Each kind is its own type, so that the chart's table twin, the per-unit rearranging and the
 * tests read its data as what it is: {@link BarSeries} and {@link LineSeries} hold one {@link Item} per category,
 * {@link PieSeries} its slices, {@link HeatmapSeries} its cells. ECharts learns the kind from the "type" property.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
public sealed interface Series permits CategorySeries, PieSeries, HeatmapSeries {

    String name();

    /** Bars of the given values, one per category, without drill keys. */
    static BarSeries bar(String name, List<? extends Number> values) {
        return BarSeries.of(name, Item.all(values));
    }

    /** A smooth line through the given values, one per category, without drill keys. */
    static LineSeries line(String name, List<? extends Number> values) {
        return LineSeries.of(name, Item.all(values));
    }

    /** Cells of a heatmap, each [x index, y index, value], with what their tooltips say. */
    static HeatmapSeries heatmap(String name, List<HeatCell> cells, HeatmapSeries.CellTooltip tooltip) {
        return HeatmapSeries.of(name, cells, tooltip);
    }

    /** A pie; each slice brings its label and tooltip already written in the user's language (4.164 · 94,87%). */
    static PieSeries pie(String name, List<PieSlice> slices) {
        return PieSeries.of(name, slices);
    }

    /** A colour, or a cell's border (heatmap emphasis). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemStyle(String color, String borderColor, Integer borderWidth) {
        public static ItemStyle of(String color) {
            return color == null ? null : new ItemStyle(color, null, null);
        }
    }

    /** What happens to the rest of the chart while an item is hovered. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Emphasis(String focus, ItemStyle itemStyle) {}

    /**
     * The text beside an item or a mark line. A formatter is either an ECharts template ("{b}") or a finished text:
     * ECharts writes numbers in its own (English) way, and a formatter function cannot travel in JSON.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Label(Boolean show, String formatter, String position, String color, Integer fontSize) {
        public static Label text(String formatter) {
            return new Label(null, formatter, null, null, null);
        }
    }

    /** An item's own tooltip: finished text that ECharts renders as HTML (so escaped where it is made). */
    record ItemTooltip(String formatter) {}

    /** The fill under a line. */
    record AreaStyle(double opacity) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LineStyle(String type, String color) {}

    /** Labelled lines across the chart at given categories (e.g. the year a new rating scale took effect). */
    record MarkLine(List<String> symbol, boolean silent, LineStyle lineStyle, Label label, List<At> data) {
        /** One line, at the category named by xAxis. */
        public record At(String xAxis, Label label) {}
    }
}
