package vn.binhthuy.partybuilding.base.chart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The numbers of a chart as a table: one row per category (or slice, or heatmap row), one column per series
 * (or heatmap column). Built from the chart's own option, so the table always shows what the chart shows.
 */
public record ChartTable(String caption, List<String> columns, List<Row> rows, Set<Integer> percentColumns) {

    public record Row(String label, List<Number> values) {}

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

    public static ChartTable of(ChartOption option) {
        String caption = option.title() == null ? "" : option.title().text();
        List<Series> series = option.series() == null ? List.of() : option.series();
        if (series.isEmpty()) {
            return new ChartTable(caption, List.of(), List.of());
        }
        return switch (series.getFirst().type()) {
            case "pie" -> pie(caption, series.getFirst());
            case "heatmap" -> heatmap(caption, option, series.getFirst());
            default -> categories(caption, option, series);
        };
    }

    private static ChartTable pie(String caption, Series series) {
        List<Row> rows = new ArrayList<>();
        for (Object item : series.data()) {
            Series.PieSlice slice = (Series.PieSlice) item;
            rows.add(new Row(slice.name(), List.of(slice.value())));
        }
        return new ChartTable(caption, List.of(series.name()), rows);
    }

    private static ChartTable heatmap(String caption, ChartOption option, Series series) {
        List<String> columns = option.xAxis().getFirst().data();
        List<String> labels = option.yAxis().getFirst().data();
        List<List<Number>> values = new ArrayList<>();
        labels.forEach(l -> values.add(new ArrayList<>(java.util.Collections.nCopies(columns.size(), (Number) 0L))));
        for (Object item : series.data()) {
            List<?> cell = item instanceof Series.HeatCell heat ? heat.value() : (List<?>) item;
            int x = ((Number) cell.get(0)).intValue();
            int y = ((Number) cell.get(1)).intValue();
            values.get(y).set(x, (Number) cell.get(2));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(new Row(labels.get(i), List.copyOf(values.get(i))));
        }
        return new ChartTable(caption, columns, rows);
    }

    private static ChartTable categories(String caption, ChartOption option, List<Series> series) {
        List<String> labels = categoryLabels(option);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            List<Number> values = new ArrayList<>();
            for (Series s : series) {
                values.add(i < s.data().size() ? (Number) s.data().get(i) : 0L);
            }
            rows.add(new Row(labels.get(i), values));
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
        for (List<ChartOption.Axis> axes : java.util.Arrays.asList(option.yAxis(), option.xAxis())) {
            if (axes != null) {
                for (ChartOption.Axis axis : axes) {
                    if ("category".equals(axis.type()) && axis.data() != null) {
                        return axis.data();
                    }
                }
            }
        }
        return List.of();
    }
}
