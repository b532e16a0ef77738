package vn.binhthuy.partybuilding.base.chart;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One heatmap cell: [x index, y index, value] as ECharts reads it, the key a click on it drills down to (the row's,
 * e.g. the organization's code; its ECharts item id) and the tooltip's lines (text; escaped here for ECharts' HTML).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HeatCell(List<Long> value, String id, Series.ItemTooltip tooltip) {

    public static HeatCell of(long x, long y, long value, List<String> tooltipLines) {
        return of(x, y, value, null, tooltipLines);
    }

    public static HeatCell of(long x, long y, long value, String id, List<String> tooltipLines) {
        return new HeatCell(List.of(x, y, value), id, new Series.ItemTooltip(
                String.join("<br/>", tooltipLines.stream().map(Html::escape).toList())));
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
