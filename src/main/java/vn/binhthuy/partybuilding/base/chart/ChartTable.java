package vn.binhthuy.partybuilding.base.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The numbers of a chart as a table: one row per category (or slice, or heatmap row), one column per series
 * (or heatmap column). Built from the chart's own option, so the table always shows what the chart shows; a row
 * carries the drill key of its items, so that opening a row is the same as clicking its bar.
 */
public record ChartTable(String caption, List<String> columns, List<Row> rows, Set<Integer> percentColumns) {

    /** One row; key is the drill key of the row's items (their ECharts id), null where the chart has none. */
    public record Row(String label, List<Number> values, String key) {
        public Row(String label, List<Number> values) {
            this(label, values, null);
        }
    }

    public ChartTable(String caption, List<String> columns, List<Row> rows) {
        this(caption, columns, rows, Set.of());
    }

    /** A value as the table shows it: formatted for the locale, with "%" in a column of shares (94,87%). */
    public String text(int column, Number value, Function<Number, String> numberFormat) {
        return numberFormat.apply(value) + (percentColumns.contains(column) ? "%" : "");
    }

    /** A column's header where the values stand alone (CSV, XLSX): a column of shares says "(%)". */
    public String header(int column) {
        return columns.get(column) + (percentColumns.contains(column) ? " (%)" : "");
    }

    public boolean isEmpty() {
        return rows.isEmpty() || rows.stream().allMatch(r -> r.values().stream().allMatch(v -> v.doubleValue() == 0));
    }

    /** The row whose items carry this drill key; empty for a key that is not on the chart (or none). */
    public Optional<Row> rowWithKey(String key) {
        return key == null ? Optional.empty() : rows.stream().filter(r -> key.equals(r.key())).findFirst();
    }

    public static ChartTable of(ChartOption option) {
        String caption = option.title() == null ? "" : option.title().text();
        if (option.note() != null) {
            caption = caption + " (" + option.note() + ")";
        }
        List<Series> series = option.series() == null ? List.of() : option.series();
        if (series.isEmpty()) {
            return new ChartTable(caption, List.of(), List.of());
        }
        return switch (series.getFirst()) {
            case PieSeries pie -> pie(caption, pie);
            case HeatmapSeries heatmap -> heatmap(caption, option, heatmap);
            case CategorySeries first -> categories(caption, option, series.stream()
                    .<CategorySeries>mapMulti((s, keep) -> {
                        if (s instanceof CategorySeries c) {
                            keep.accept(c);
                        }
                    }).toList());
        };
    }

    private static ChartTable pie(String caption, PieSeries series) {
        List<Row> rows = series.data().stream()
                .map(slice -> new Row(slice.name(), List.of(slice.value()), slice.id()))
                .toList();
        return new ChartTable(caption, List.of(series.name()), rows);
    }

    private static ChartTable heatmap(String caption, ChartOption option, HeatmapSeries series) {
        List<String> columns = option.xAxis().getFirst().data();
        List<String> labels = option.yAxis().getFirst().data();
        List<List<Number>> values = new ArrayList<>();
        labels.forEach(l -> values.add(new ArrayList<>(Collections.nCopies(columns.size(), (Number) 0L))));
        String[] keys = new String[labels.size()];
        for (HeatCell cell : series.data()) {
            values.get(cell.y()).set(cell.x(), cell.count());
            if (cell.id() != null) {
                keys[cell.y()] = cell.id();
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(new Row(labels.get(i), List.copyOf(values.get(i)), keys[i]));
        }
        return new ChartTable(caption, columns, rows);
    }

    private static ChartTable categories(String caption, ChartOption option, List<CategorySeries> series) {
        List<String> labels = categoryLabels(option);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            List<Number> values = new ArrayList<>();
            String key = null;
            for (CategorySeries s : series) {
                Item item = i < s.data().size() ? s.data().get(i) : null;
                values.add(item == null ? 0L : item.value());
                key = key != null || item == null ? key : item.id();
            }
            rows.add(new Row(labels.get(i), values, key));
        }
        Set<Integer> percent = new HashSet<>();
        // horizontal bars of shares: every series is read against the one value axis, named "%"
        boolean sharesAcross = option.xAxis() != null && option.xAxis().stream()
                .anyMatch(axis -> "value".equals(axis.type()) && "%".equals(axis.name()));
        for (int c = 0; c < series.size(); c++) {
            if (sharesAcross) {
                percent.add(c);
            }
            Integer axis = series.get(c).yAxisIndex();
            if (axis != null && option.yAxis() != null && axis < option.yAxis().size()
                    && "%".equals(option.yAxis().get(axis).name())) {
                percent.add(c);
            }
        }
        return new ChartTable(caption, series.stream().map(Series::name).toList(), rows, Set.copyOf(percent));
    }

    private static List<String> categoryLabels(ChartOption option) {
        return Arrays.asList(option.yAxis(), option.xAxis()).stream()
                .filter(Objects::nonNull)
                .flatMap(List::stream)
                .filter(axis -> "category".equals(axis.type()) && axis.data() != null)
                .map(ChartOption.Axis::data)
                .findFirst().orElse(List.of());
    }
}
