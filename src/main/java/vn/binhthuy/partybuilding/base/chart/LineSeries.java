package vn.binhthuy.partybuilding.base.chart;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.List;

/** A smooth line through one {@link Item} per category. */
@JsonTypeName("line")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LineSeries(String name, List<Item> data, ItemStyle itemStyle, boolean smooth, AreaStyle areaStyle,
                         Integer yAxisIndex) implements CategorySeries {

    public static LineSeries of(String name, List<Item> items) {
        return new LineSeries(name, List.copyOf(items), null, true, null, null);
    }

    public LineSeries color(String color) {
        return new LineSeries(name, data, ItemStyle.of(color), smooth, areaStyle, yAxisIndex);
    }

    /** The area under the line lightly filled. */
    public LineSeries area() {
        return new LineSeries(name, data, itemStyle, smooth, new AreaStyle(0.15), yAxisIndex);
    }

    /** Drawn against the second value axis (e.g. a percentage beside counts). */
    public LineSeries onSecondAxis() {
        return new LineSeries(name, data, itemStyle, smooth, areaStyle, 1);
    }

    @Override
    public LineSeries withData(List<Item> items) {
        return new LineSeries(name, List.copyOf(items), itemStyle, smooth, areaStyle, yAxisIndex);
    }
}
