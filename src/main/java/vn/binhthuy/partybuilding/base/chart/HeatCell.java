package vn.binhthuy.partybuilding.base.chart;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

/**
 * One heatmap cell: [x index, y index, value], written as ECharts reads it, and the key a click on it drills down to
 * (the row's, e.g. the organization's code). The browser gets the keys once per row ({@link HeatmapSeries#rowKeys()})
 * and writes a cell's tooltip from its row's label and the series' {@link HeatmapSeries.CellTooltip}: a key or text
 * per cell would be most of a large heatmap's option. Plain numbers, not a list of boxed ones: a province's heatmap
 * has 2.700 cells in every open session (docs/benchmarks.md).
 */
public record HeatCell(int x, int y, long count, String id) {

    public static HeatCell of(long x, long y, long value) {
        return of(x, y, value, null);
    }

    public static HeatCell of(long x, long y, long value, String id) {
        return new HeatCell(Math.toIntExact(x), Math.toIntExact(y), value, id);
    }

    @JsonValue
    List<Number> json() {
        return List.of(x, y, count);
    }
}
