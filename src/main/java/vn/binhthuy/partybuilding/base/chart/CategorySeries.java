package vn.binhthuy.partybuilding.base.chart;

import java.util.List;

/** A series with one {@link Item} per category of the chart's category axis, in the axis' order. */
public sealed interface CategorySeries extends Series permits BarSeries, LineSeries {

    List<Item> data();

    /** Which value axis the series is read against (null: the first). */
    Integer yAxisIndex();

    /** The same series with other items (e.g. the categories reordered, or counts turned into shares). */
    CategorySeries withData(List<Item> items);
}
