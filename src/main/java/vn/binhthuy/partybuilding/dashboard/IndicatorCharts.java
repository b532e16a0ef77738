package vn.binhthuy.partybuilding.dashboard;

import vn.binhthuy.partybuilding.base.chart.ChartOption;
import vn.binhthuy.partybuilding.base.chart.Series;
import vn.binhthuy.partybuilding.base.i18n.Messages;
import vn.binhthuy.partybuilding.indicators.IndicatorFrequency;

import java.util.List;
import java.util.Locale;
import java.util.Map;

final class IndicatorCharts {

    /** One colour per group of manifestations: A political ideology, B ethics and lifestyle, C self-evolution. */
    static final Map<String, String> GROUP_COLORS = Map.of("A", "#C62828", "B", "#6A1B9A", "C", "#EF6C00");

    private IndicatorCharts() {
    }

    static ChartModel topIndicators(List<IndicatorFrequency> top, Messages t, Locale locale, int year, String unitSlug) {
        List<String> labels = top.stream()
                .map(f -> f.code() + " · " + ("en".equals(locale.getLanguage()) ? f.titleEn() : f.titleVi()))
                .toList();
        List<Series> series = List.of(Series.bar(t.get("chart.indicators-top.series"),
                top.stream().map(IndicatorFrequency::findings).toList()).color(GROUP_COLORS.get("A")));
        ChartOption option = ChartTexts.base(t, "indicators-top", year, unitSlug)
                .tooltip(ChartOption.Tooltip.axis())
                .grid(new ChartOption.Grid("8", "24", "64", "16", true))
                .xAxis(ChartOption.Axis.value())
                .yAxis(new ChartOption.Axis("category", labels, null, true, null,
                        Map.of("width", 220, "overflow", "truncate")))
                .series(series)
                .build();
        return new ChartModel(option, top.stream().map(IndicatorFrequency::code).toList(),
                ChartTexts.barHeight(top.size()));
    }
}
