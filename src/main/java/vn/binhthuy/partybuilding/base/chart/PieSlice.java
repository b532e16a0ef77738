package vn.binhthuy.partybuilding.base.chart;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A named slice of a pie, with its own colour and, optionally, its label and tooltip as finished text: ECharts
 * writes numbers in its own (English) way, and a formatter function cannot travel in JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PieSlice(String name, long value, String id, Series.ItemStyle itemStyle, Series.Label label,
                       Series.ItemTooltip tooltip) {

    public static PieSlice of(String name, long value, String color) {
        return new PieSlice(name, value, null, Series.ItemStyle.of(color), null, null);
    }

    /** The text shown beside the slice and in its tooltip (which ECharts renders as HTML, hence escaped). */
    public PieSlice described(String text) {
        return new PieSlice(name, value, id, itemStyle, Series.Label.text(text), new Series.ItemTooltip(Html.escape(text)));
    }

    /** The slice with the key a click on it drills down to (its ECharts item id). */
    public PieSlice withId(String key) {
        return new PieSlice(name, value, key, itemStyle, label, tooltip);
    }
}
