package vn.binhthuy.partybuilding.base.chart;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One heatmap cell: [x index, y index, value] as ECharts reads it and the key a click on it drills down to (the row's,
 * e.g. the organization's code; its ECharts item id). Its tooltip is written in the browser from the row's label and
 * the series' {@link HeatmapSeries.CellTooltip}: text per cell would be most of a large heatmap's option. Plain
 * numbers, not a list of boxed ones: a province's heatmap has 2.700 cells in every open session (docs/benchmarks.md).
 */
public record HeatCell(int x, int y, long count, String id) {

    public static HeatCell of(long x, long y, long value) {
        return of(x, y, value, null);
    }

    public static HeatCell of(long x, long y, long value, String id) {
        return new HeatCell(Math.toIntExact(x), Math.toIntExact(y), value, id);
    }

    @JsonValue
    Map<String, Object> json() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("value", List.of(x, y, count));
        if (id != null) {
            item.put("id", id);
        }
        return item;
    }
}
