package vn.binhthuy.partybuilding.base.chart;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One heatmap cell: [x index, y index, value] as ECharts reads it and the key a click on it drills down to (the row's,
 * e.g. the organization's code; its ECharts item id). Its tooltip is written in the browser from the row's label and
 * the series' {@link HeatmapSeries.CellTooltip}: text per cell would be most of a large heatmap's option.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HeatCell(List<Long> value, String id) {

    public static HeatCell of(long x, long y, long value) {
        return of(x, y, value, null);
    }

    public static HeatCell of(long x, long y, long value, String id) {
        return new HeatCell(List.of(x, y, value), id);
    }

    @JsonIgnore
    public int x() {
        return value.get(0).intValue();
    }

    @JsonIgnore
    public int y() {
        return value.get(1).intValue();
    }

    @JsonIgnore
    public long count() {
        return value.get(2);
    }
}
