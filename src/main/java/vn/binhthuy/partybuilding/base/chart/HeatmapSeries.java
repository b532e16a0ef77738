package vn.binhthuy.partybuilding.base.chart;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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

    /**
     * The drill key of each row (by y index; null for a row without one), sent once per row instead of on every cell:
     * pb-echart.js reports a clicked cell with its row's key. The cells keep theirs for the table twin and the
     * server's check of a clicked key.
     */
    @JsonProperty("rowKeys")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<String> rowKeys() {
        int rows = data.stream().mapToInt(HeatCell::y).max().orElse(-1) + 1;
        String[] keys = new String[rows];
        data.stream().filter(cell -> cell.id() != null).forEach(cell -> keys[cell.y()] = cell.id());
        return Arrays.stream(keys).allMatch(Objects::isNull) ? List.of() : Arrays.asList(keys);
    }

    public static HeatmapSeries of(String name, List<HeatCell> cells, CellTooltip tooltip) {
        return new HeatmapSeries(name, List.copyOf(cells), new Emphasis(null, new ItemStyle(null, "#333", 1)),
                new Label(true, null, null, null, null), tooltip);
    }
}
