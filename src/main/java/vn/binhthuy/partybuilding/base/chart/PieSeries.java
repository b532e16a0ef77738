package vn.binhthuy.partybuilding.base.chart;

import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.List;

/** A ring of named slices; the slice labels show their names unless a slice brings its own text. */
@JsonTypeName("pie")
public record PieSeries(String name, List<PieSlice> data, Label label, List<String> radius) implements Series {

    public static PieSeries of(String name, List<PieSlice> slices) {
        return new PieSeries(name, List.copyOf(slices), Label.text("{b}"), List.of("40%", "70%"));
    }
}
