package vn.binhthuy.partybuilding.dashboard;

import vn.binhthuy.partybuilding.base.chart.ChartOption;
import vn.binhthuy.partybuilding.base.chart.Series;
import vn.binhthuy.partybuilding.base.i18n.Messages;
import vn.binhthuy.partybuilding.classification.RatingLevel;
import vn.binhthuy.partybuilding.classification.UnitLevelCount;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns classification aggregates into chart options; no counting happens here, only arranging. */
final class ClassificationCharts {

    private ClassificationCharts() {
    }

    /** One horizontal bar per unit, stacked by rating level in the order and colours of the year's scale. */
    static ChartModel memberLevelsByUnit(List<RatingLevel> scale, List<UnitLevelCount> counts, Messages t,
                                         Locale locale, int year, String unitSlug) {
        Map<String, String> units = new LinkedHashMap<>();
        counts.forEach(c -> units.putIfAbsent(c.unitCode(), c.unitName()));
        List<String> keys = new ArrayList<>(units.keySet());
        List<Series> series = new ArrayList<>();
        for (RatingLevel level : scale) {
            List<Long> values = new ArrayList<>();
            for (String key : keys) {
                values.add(counts.stream()
                        .filter(c -> c.unitCode().equals(key) && c.levelCode().equals(level.code()))
                        .mapToLong(UnitLevelCount::ratings).findFirst().orElse(0L));
            }
            series.add(Series.bar(level.name(locale), values).stacked("levels").color(level.color()));
        }
        ChartOption option = ChartTexts.base(t, "member-levels", year, unitSlug)
                .tooltip(ChartOption.Tooltip.axis())
                .legend(ChartOption.Legend.atBottom())
                .grid(ChartOption.Grid.withLegendBelow())
                .xAxis(ChartOption.Axis.value())
                .yAxis(ChartOption.Axis.categoryTopDown(new ArrayList<>(units.values())))
                .series(series)
                .build();
        return new ChartModel(option, keys, ChartTexts.barHeight(keys.size()));
    }
}
