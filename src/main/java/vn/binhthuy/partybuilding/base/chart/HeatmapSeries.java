package vn.binhthuy.partybuilding.base.chart;

import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.List;

/** The cells of a heatmap, each labelled with its count and outlined when hovered. */
@JsonTypeName("heatmap")
public record HeatmapSeries(String name, List<HeatCell> data, Emphasis emphasis, Label label) implements Series {

    public static HeatmapSeries of(String name, List<HeatCell> cells) {
        return new HeatmapSeries(name, List.copyOf(cells), new Emphasis(null, new ItemStyle(null, "#333", 1)),
                new Label(true, null, null, null, null));
    }
}
