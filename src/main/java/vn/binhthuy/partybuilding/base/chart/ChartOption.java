package vn.binhthuy.partybuilding.base.chart;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The subset of ECharts options this product uses, serialized to JSON as is
 * (see the ECharts option reference). Null fields are left out so ECharts applies its defaults.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChartOption(Title title, Tooltip tooltip, Legend legend, Grid grid,
                          List<Axis> xAxis, List<Axis> yAxis, VisualMap visualMap, List<Series> series,
                          Boolean animation, Integer animationDuration, Integer animationDurationUpdate,
                          @JsonIgnore String fileName, @JsonIgnore String note) {

    /**
     * How long a chart grows in, or moves to new data or a new size, in ms. ECharts' default is 1.000 ms for both,
     * which a page of eight charts spends before it is readable — and again when the layout settles and the chart
     * is resized (docs/benchmarks.md, "charts drawn"); a short transition keeps the cue without the wait.
     */
    public static final int ANIMATION_MS = 300;

    public static Builder builder() {
        return new Builder();
    }

    public ChartOption withTooltip(Tooltip other) {
        return new ChartOption(title, other, legend, grid, xAxis, yAxis, visualMap, series, animation,
                animationDuration, animationDurationUpdate, fileName, note);
    }

    /** The same chart with other axes and series (e.g. its categories reordered, its values turned into shares). */
    public ChartOption withAxesAndSeries(List<Axis> otherXAxis, List<Axis> otherYAxis, List<? extends Series> other) {
        return new ChartOption(title, tooltip, legend, grid, otherXAxis, otherYAxis, visualMap, List.copyOf(other),
                animation, animationDuration, animationDurationUpdate, fileName, note);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Title(String text, String subtext, String left) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tooltip(String trigger, AxisPointer axisPointer, Boolean confine) {
        public static Tooltip axis() {
            return new Tooltip("axis", new AxisPointer("shadow"), true);
        }

        public static Tooltip item() {
            return new Tooltip("item", null, true);
        }
    }

    /** What marks the hovered category: "shadow" shades its whole band. */
    public record AxisPointer(String type) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Legend(String type, String top, String bottom, List<String> data, Map<String, Boolean> selected) {
        public static Legend atBottom() {
            return new Legend("scroll", null, "0", null, null);
        }

        /** The same legend with these series switched off at first: drawn on a click, always in the table twin. */
        public Legend hiding(List<String> seriesNames) {
            Map<String, Boolean> off = new LinkedHashMap<>();
            seriesNames.forEach(name -> off.put(name, false));
            return new Legend(type, top, bottom, data, off);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Grid(String left, String right, String top, String bottom, Boolean containLabel) {
        public static Grid withLegendBelow() {
            return new Grid("8", "24", "64", "40", true);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Axis(String type, List<String> data, String name, Boolean inverse, Integer minInterval,
                       AxisLabel axisLabel, Integer max) {
        /** A category axis showing every label, wrapped rather than hidden when space is short. */
        public static Axis category(List<String> labels) {
            return new Axis("category", labels, null, null, null, new AxisLabel(null, 0, "break", 90, null), null);
        }

        /** A category axis read top to bottom, for horizontal bars; long names wrap, never cut. */
        public static Axis categoryTopDown(List<String> labels) {
            return categoryTopDown(labels, LABEL_WIDTH);
        }

        /** The same with labels of the given width in px (wrapped at word boundaries). */
        public static Axis categoryTopDown(List<String> labels, int width) {
            return new Axis("category", labels, null, true, null,
                    new AxisLabel(null, null, "break", width, LINE_HEIGHT), null);
        }

        /** Width in px of the labels of a top-down category axis. */
        public static final int LABEL_WIDTH = 180;
        /** Line height in px of wrapped category labels. */
        public static final int LINE_HEIGHT = 14;

        public static Axis value() {
            return new Axis("value", null, null, null, 1, null, null);
        }

        /** A named value axis, e.g. "%" for shares beside a count axis. */
        public static Axis value(String name) {
            return new Axis("value", null, name, null, null, null, null);
        }

        /** Shares of a whole: 0 to 100, named "%" (so the table twin marks its columns as percentages). */
        public static Axis percent() {
            return new Axis("value", null, "%", null, null, null, 100);
        }

        /** A value axis from 0 to max without labels, where a bar's length carries no number. */
        public static Axis unlabelled(int max) {
            return new Axis("value", null, null, null, 1, new AxisLabel(false, null, null, null, null), max);
        }

        /** The same axis with other categories (e.g. reordered). */
        public Axis withData(List<String> labels) {
            return new Axis(type, List.copyOf(labels), name, inverse, minInterval, axisLabel, max);
        }
    }

    /** How an axis writes its labels; the browser adds a number formatter for the user's locale. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AxisLabel(Boolean show, Integer interval, String overflow, Integer width, Integer lineHeight) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VisualMap(long min, long max, Boolean calculable, String orient, String left, String bottom,
                            InRange inRange) {
        public static VisualMap heat(long max) {
            return new VisualMap(0, Math.max(1, max), true, "horizontal", "center", "0",
                    new InRange(List.of("#F5F7FA", "#FDD49E", "#FC8D59", "#D7301F")));
        }
    }

    /** The colours from the smallest to the largest value. */
    public record InRange(List<String> color) {}

    public static final class Builder {
        private Title title;
        private Tooltip tooltip;
        private Legend legend;
        private Grid grid;
        private String fileName = "bieu-do";
        private String note;
        private List<Axis> xAxis;
        private List<Axis> yAxis;
        private VisualMap visualMap;
        private List<Series> series = List.of();
        private Boolean animation;
        private Integer animationDuration = ANIMATION_MS;
        private Integer animationDurationUpdate = ANIMATION_MS;

        public Builder title(String text, String subtext) {
            this.title = new Title(text, subtext, "8");
            return this;
        }

        public Builder tooltip(Tooltip tooltip) {
            this.tooltip = tooltip;
            return this;
        }

        public Builder legend(Legend legend) {
            this.legend = legend;
            return this;
        }

        public Builder grid(Grid grid) {
            this.grid = grid;
            return this;
        }

        /**
         * The name (without extension) of the chart's downloads, offered by the card's one download menu; it is not
         * sent to the browser (the ECharts toolbox would have been a second, inconsistent download menu).
         */
        public Builder fileName(String fileName) {
            this.fileName = fileName;
            return this;
        }

        /**
         * A remark the figures need beside their title (e.g. that early years are the sum of predecessor units):
         * the chart shows it in its subtitle, and the table twin — and so the exports — in its caption.
         */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        public Builder xAxis(Axis axis) {
            this.xAxis = List.of(axis);
            return this;
        }

        public Builder yAxis(Axis axis) {
            this.yAxis = List.of(axis);
            return this;
        }

        public Builder yAxes(List<Axis> axes) {
            this.yAxis = List.copyOf(axes);
            return this;
        }

        public Builder visualMap(VisualMap visualMap) {
            this.visualMap = visualMap;
            return this;
        }

        public Builder series(List<? extends Series> series) {
            this.series = List.copyOf(series);
            return this;
        }

        public Builder animation(boolean animation) {
            this.animation = animation;
            return this;
        }

        public ChartOption build() {
            return new ChartOption(title, tooltip, legend, grid, xAxis, yAxis, visualMap, series, animation,
                    animationDuration, animationDurationUpdate, fileName, note);
        }
    }
}
