package vn.binhthuy.partybuilding.base.chart;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.List;

/**
 * The cells of a heatmap, each labelled with its count and outlined when hovered; a hovered cell's tooltip names its
 * row, its column in words and its count (pb-echart.js writes it from {@code cellTooltip}).
 */
@JsonTypeName("heatmap")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HeatmapSeries(String name, List<HeatCell> data, Emphasis emphasis, Label label, CellTooltip cellTooltip)
        implements Series {

    /**
     * What a cell's tooltip says under its row's label: the column's title in words ({@code columns}, one per x
     * index) and the count in the line {@code one} (a count of 1) or {@code other}, where {@code {title}} and
     * {@code {count}} stand for them. Plain text: the browser escapes it, as ECharts shows tooltips as HTML.
     */
    public record CellTooltip(List<String> columns, String one, String other) {}

    public static HeatmapSeries of(String name, List<HeatCell> cells, CellTooltip tooltip) {
        return new HeatmapSeries(name, List.copyOf(cells), new Emphasis(null, new ItemStyle(null, "#333", 1)),
                new Label(true, null, null, null, null), tooltip);
    }
}
