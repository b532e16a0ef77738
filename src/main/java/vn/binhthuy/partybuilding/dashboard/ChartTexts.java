package vn.binhthuy.partybuilding.dashboard;

import vn.binhthuy.partybuilding.base.chart.ChartOption;
import vn.binhthuy.partybuilding.base.chart.Series;
import vn.binhthuy.partybuilding.base.i18n.Messages;

import java.util.List;

/** The parts every dashboard chart shares: title and subtitle, the file name of its downloads. */
final class ChartTexts {

    private ChartTexts() {
    }

    /**
     * Title "chart.KEY.title", subtitle "chart.KEY.subtitle" (given the year and the scope's unit and filters), and
     * downloads named "chart.KEY.file_unit_filters_year".
     */
    static ChartOption.Builder base(Messages t, String chartKey, PageScope scope) {
        return ChartOption.builder()
                .title(t.get("chart." + chartKey + ".title"), t.get("chart." + chartKey + ".subtitle", scope.year(),
                        scope.label()))
                .fileName(scope.fileName(t.get("chart." + chartKey + ".file")));
    }

    /** Horizontal bars, one row per category read top to bottom, stacked series with the legend below. */
    static ChartModel horizontalStack(ChartOption.Builder base, Categories<?> categories,
                                      List<? extends Series> series,
                                      PageScope scope) {
        ChartOption option = base
                .tooltip(ChartOption.Tooltip.axis())
                .legend(ChartOption.Legend.atBottom())
                .grid(ChartOption.Grid.withLegendBelow())
                .xAxis(ChartOption.Axis.value())
                .yAxis(ChartOption.Axis.categoryTopDown(categories.labels()))
                .series(series)
                .build();
        return new ChartModel(option, barHeight(categories.labels(), ChartOption.Axis.LABEL_WIDTH), scope);
    }

    /**
     * Height for a horizontal bar chart with one row per category, tall enough that the longest label, wrapped to
     * the label width, fits its row (an estimate from the average width of a 12 px character).
     */
    static int barHeight(List<String> labels, int labelWidth) {
        int lines = labels.stream().mapToInt(l -> (int) Math.ceil(l.length() * AVERAGE_CHAR_PX / labelWidth))
                .max().orElse(1);
        int row = Math.max(22, Math.max(1, lines) * ChartOption.Axis.LINE_HEIGHT + 8);
        return Math.max(320, 120 + labels.size() * row);
    }

    private static final double AVERAGE_CHAR_PX = 6.6;
}
