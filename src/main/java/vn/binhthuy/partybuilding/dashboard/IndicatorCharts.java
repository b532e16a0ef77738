package vn.binhthuy.partybuilding.dashboard;

import vn.binhthuy.partybuilding.base.chart.ChartOption;
import vn.binhthuy.partybuilding.base.chart.BarSeries;
import vn.binhthuy.partybuilding.base.chart.HeatCell;
import vn.binhthuy.partybuilding.base.chart.HeatmapSeries;
import vn.binhthuy.partybuilding.base.chart.Item;
import vn.binhthuy.partybuilding.base.chart.Series;
import vn.binhthuy.partybuilding.base.i18n.Messages;
import vn.binhthuy.partybuilding.indicators.Indicator;
import vn.binhthuy.partybuilding.indicators.IndicatorFrequency;
import vn.binhthuy.partybuilding.indicators.IndicatorGroup;
import vn.binhthuy.partybuilding.indicators.UnitFindings;
import vn.binhthuy.partybuilding.indicators.UnitGroupCount;
import vn.binhthuy.partybuilding.indicators.UnitIndicatorCount;
import vn.binhthuy.partybuilding.indicators.YearFindings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

final class IndicatorCharts {

    static final List<String> GROUPS = IndicatorGroup.codes();
    /** The manifestations' wording is long: a wider label column, wrapped over several lines. */
    static final int INDICATOR_LABEL_WIDTH = 260;
    /** One colour per group of manifestations: A political ideology, B ethics and lifestyle, C self-evolution. */
    static final Map<String, String> GROUP_COLORS = Map.of("A", "#C62828", "B", "#6A1B9A", "C", "#EF6C00");

    private IndicatorCharts() {
    }

    private static String label(IndicatorFrequency f, Locale locale) {
        return f.code() + " · " + ("en".equals(locale.getLanguage()) ? f.titleEn() : f.titleVi());
    }

    /** "A5 · Phai nhạt lý tưởng cách mạng…", as the key under the heatmap and its tooltips write a manifestation. */
    static String title(Indicator indicator, Locale locale) {
        return indicator.label(locale);
    }

    /** The most frequent indicators as horizontal bars, coloured by their group. */
    static ChartModel topIndicators(String chartKey, List<IndicatorFrequency> top, Messages t, Locale locale,
                                    PageScope scope) {
        List<String> labels = top.stream().map(f -> label(f, locale)).toList();
        List<BarSeries> series = new ArrayList<>();
        for (String group : GROUPS) {
            List<Item> items = top.stream()
                    .map(f -> new Item(f.groupCode().equals(group) ? f.findings() : 0L, f.code())).toList();
            if (items.stream().anyMatch(item -> item.value().longValue() > 0)) {
                series.add(BarSeries.of(t.get("indicator.group." + group), items).stacked("group")
                        .color(GROUP_COLORS.get(group)));
            }
        }
        ChartOption option = ChartTexts.base(t, chartKey, scope)
                .tooltip(ChartOption.Tooltip.axis())
                .legend(ChartOption.Legend.atBottom())
                .grid(ChartOption.Grid.withLegendBelow())
                .xAxis(ChartOption.Axis.value())
                .yAxis(ChartOption.Axis.categoryTopDown(labels, INDICATOR_LABEL_WIDTH))
                .series(series)
                .build();
        return new ChartModel(option, ChartTexts.barHeight(labels, INDICATOR_LABEL_WIDTH), scope);
    }

    /** Findings per unit, stacked by group A/B/C. */
    static ChartModel groupsByUnit(String chartKey, List<UnitGroupCount> counts, Messages t, PageScope scope) {
        Categories<UnitGroupCount> units = new Categories<>(counts, UnitGroupCount::unitCode, UnitGroupCount::unitName);
        List<BarSeries> series = GROUPS.stream()
                .map(group -> BarSeries.of(t.get("indicator.group." + group), units.items(
                        c -> c.groupCode().equals(group), UnitGroupCount::findings)).stacked("group")
                        .color(GROUP_COLORS.get(group)))
                .toList();
        return ChartTexts.horizontalStack(ChartTexts.base(t, chartKey, scope), units, series, scope);
    }

    /**
     * Organizations (rows) × indicators (columns), coloured by the number of findings; a cell's tooltip names the
     * organization, the manifestation in words and the count.
     */
    static ChartModel heatmap(List<UnitIndicatorCount> counts, List<Indicator> indicators, Messages t,
                              Locale locale, PageScope scope) {
        return heatmap("heatmap", counts, indicators, t, locale, scope);
    }

    /** The same with the titles of "chart.KEY" (rows of districts on a province's overview). */
    static ChartModel heatmap(String chartKey, List<UnitIndicatorCount> counts, List<Indicator> indicators,
                              Messages t, Locale locale, PageScope scope) {
        Categories<UnitIndicatorCount> units = new Categories<>(counts, UnitIndicatorCount::unitCode,
                UnitIndicatorCount::unitName);
        List<String> indicatorCodes = indicators.stream().map(Indicator::code).toList();
        List<HeatCell> cells = new ArrayList<>();
        long max = 0;
        for (UnitIndicatorCount c : counts) {
            int x = indicatorCodes.indexOf(c.indicatorCode());
            if (x >= 0) {
                cells.add(HeatCell.of(x, units.indexOf(c.unitCode()), c.findings(), c.unitCode()));
                max = Math.max(max, c.findings());
            }
        }
        ChartOption option = ChartTexts.base(t, chartKey, scope)
                .tooltip(new ChartOption.Tooltip("item", null, true))
                .grid(new ChartOption.Grid("8", "16", "64", "64", true))
                .xAxis(ChartOption.Axis.category(indicatorCodes))
                .yAxis(ChartOption.Axis.categoryTopDown(units.labels()))
                .visualMap(ChartOption.VisualMap.heat(max))
                .series(List.of(Series.heatmap(t.get("chart.heatmap.series"), cells, cellTooltip(indicators, t, locale))))
                .build();
        return new ChartModel(option, Math.max(360, 150 + units.size() * 24), scope);
    }

    /** The manifestations in words, once per column, and the count's line in the user's language (singular, plural). */
    private static HeatmapSeries.CellTooltip cellTooltip(List<Indicator> indicators, Messages t, Locale locale) {
        return new HeatmapSeries.CellTooltip(indicators.stream().map(i -> title(i, locale)).toList(),
                t.get("chart.heatmap.cell", "{title}", "{count}", 1), t.get("chart.heatmap.cell", "{title}", "{count}", 2));
    }

    /** All 27 indicators of one unit, coloured by group. */
    static ChartModel frequencies(String chartKey, List<IndicatorFrequency> frequencies, Messages t, PageScope scope) {
        List<String> codes = frequencies.stream().map(IndicatorFrequency::code).toList();
        List<BarSeries> series = new ArrayList<>();
        for (String group : GROUPS) {
            series.add(Series.bar(t.get("indicator.group." + group),
                            frequencies.stream().map(f -> f.groupCode().equals(group) ? f.findings() : 0L).toList())
                    .stacked("group").color(GROUP_COLORS.get(group)));
        }
        ChartOption option = ChartTexts.base(t, chartKey, scope)
                .tooltip(ChartOption.Tooltip.axis())
                .legend(ChartOption.Legend.atBottom())
                .grid(ChartOption.Grid.withLegendBelow())
                .xAxis(ChartOption.Axis.category(codes))
                .yAxis(ChartOption.Axis.value())
                .series(series)
                .build();
        return new ChartModel(option, scope);
    }

    /** Findings of a selection per unit (horizontal bars), e.g. per ward, or the cells with the most findings. */
    static ChartModel findingsByUnit(String chartKey, List<UnitFindings> counts, Messages t, PageScope scope,
                                     String selectionName) {
        List<String> labels = counts.stream().map(UnitFindings::unitName).toList();
        ChartOption option = ChartTexts.base(t, chartKey, scope)
                .tooltip(ChartOption.Tooltip.axis())
                .grid(new ChartOption.Grid("8", "24", "64", "16", true))
                .xAxis(ChartOption.Axis.value())
                .yAxis(ChartOption.Axis.categoryTopDown(labels))
                .series(List.of(BarSeries.of(selectionName, counts.stream()
                        .map(c -> new Item(c.findings(), c.unitCode())).toList()).color(GROUP_COLORS.get("A"))))
                .build();
        return new ChartModel(option, ChartTexts.barHeight(labels, ChartOption.Axis.LABEL_WIDTH), scope);
    }

    /** Findings of a selection year by year. */
    static ChartModel findingsByYear(List<YearFindings> years, Messages t, PageScope scope, String selectionName) {
        List<String> labels = years.stream().map(y -> String.valueOf(y.year())).toList();
        ChartOption option = ChartTexts.base(t, "findings-by-year", scope)
                .tooltip(ChartOption.Tooltip.axis())
                .grid(new ChartOption.Grid("8", "24", "64", "16", true))
                .xAxis(ChartOption.Axis.category(labels))
                .yAxis(ChartOption.Axis.value())
                .series(List.of(Series.bar(selectionName, years.stream().map(YearFindings::findings).toList())
                        .color(GROUP_COLORS.get("B"))))
                .build();
        return new ChartModel(option, scope);
    }
    /**
     * Findings of each indicator of the selection in the year and in the year compared with, side by side, and their
     * difference (a series off at first: in the legend, the table twin and the exports). A bar opens its indicator.
     */
    static ChartModel findingsCompared(List<IndicatorFrequency> shown, List<IndicatorFrequency> compared, int year,
                                       int comparedYear, Messages t, PageScope scope) {
        Map<String, Long> before = new HashMap<>();
        compared.forEach(f -> before.put(f.code(), f.findings()));
        List<String> codes = shown.stream().map(IndicatorFrequency::code).toList();
        String change = t.get("chart.findings-compare.change", year, comparedYear);
        ChartOption option = ChartOption.builder()
                .title(t.get("chart.findings-compare.title", year, comparedYear),
                        t.get("chart.findings-compare.subtitle", year, comparedYear, scope.label()))
                .fileName(scope.fileName(t.get("chart.findings-compare.file")))
                .tooltip(ChartOption.Tooltip.axis())
                .legend(ChartOption.Legend.atBottom().hiding(List.of(change)))
                .grid(ChartOption.Grid.withLegendBelow())
                .xAxis(ChartOption.Axis.category(codes))
                .yAxis(ChartOption.Axis.value())
                .series(List.of(
                        BarSeries.of(t.get("chart.findings-compare.year", year), shown.stream()
                                .map(f -> new Item(f.findings(), f.code())).toList()).color(GROUP_COLORS.get("A")),
                        BarSeries.of(t.get("chart.findings-compare.year", comparedYear), shown.stream()
                                .map(f -> new Item(before.getOrDefault(f.code(), 0L), f.code())).toList())
                                .color("#BDBDBD"),
                        BarSeries.of(change, shown.stream()
                                .map(f -> new Item(f.findings() - before.getOrDefault(f.code(), 0L), f.code()))
                                .toList()).color(GROUP_COLORS.get("C"))))
                .build();
        return new ChartModel(option, scope);
    }
}
