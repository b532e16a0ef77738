package vn.binhthuy.partybuilding.dashboard;

import vn.binhthuy.partybuilding.base.chart.ChartOption;
import vn.binhthuy.partybuilding.base.chart.BarSeries;
import vn.binhthuy.partybuilding.base.chart.PieSlice;
import vn.binhthuy.partybuilding.base.chart.Series;
import vn.binhthuy.partybuilding.base.i18n.Formats;
import vn.binhthuy.partybuilding.base.i18n.Messages;
import vn.binhthuy.partybuilding.classification.ClassificationSummary;
import vn.binhthuy.partybuilding.classification.KindLevelCount;
import vn.binhthuy.partybuilding.classification.LevelCount;
import vn.binhthuy.partybuilding.classification.RatingLevel;
import vn.binhthuy.partybuilding.classification.ScaleChange;
import vn.binhthuy.partybuilding.classification.UnitLevelCount;

import vn.binhthuy.partybuilding.units.Succession;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns classification aggregates into chart options; no counting happens here, only arranging. */
final class ClassificationCharts {

    private ClassificationCharts() {
    }

    /** One horizontal bar per unit, stacked by rating level in the order and colours of the year's scale. */
    static ChartModel memberLevelsByUnit(String chartKey, List<RatingLevel> scale, List<UnitLevelCount> counts,
                                         Messages t, Locale locale, PageScope scope) {
        Categories<UnitLevelCount> units = new Categories<>(counts, UnitLevelCount::unitCode, UnitLevelCount::unitName);
        List<BarSeries> series = scale.stream()
                .map(level -> BarSeries.of(level.name(locale), units.items(c -> c.levelCode().equals(level.code()),
                        UnitLevelCount::ratings)).stacked("levels").color(level.color()))
                .toList();
        return ChartTexts.horizontalStack(ChartTexts.base(t, chartKey, scope), units, series, scope);
    }

    /**
     * Which organization got which level: one bar per organization, one unit long, in its level's colour; the legend
     * and the table twin name the level of each.
     */
    static ChartModel organizationLevelsByOrganization(List<RatingLevel> scale, List<UnitLevelCount> levels,
                                                       Messages t, Locale locale, PageScope scope) {
        ChartModel bars = memberLevelsByUnit("organization-rated", withExemplary(scale, t), levels, t, locale, scope);
        ChartOption option = bars.option();
        // a bar's length means nothing here: no value axis labels, and the tooltip names the organization's level
        ChartOption strip = option.withTooltip(ChartOption.Tooltip.item())
                .withAxesAndSeries(List.of(ChartOption.Axis.unlabelled(1)), option.yAxis(), option.series());
        return new ChartModel(strip, bars.height(), bars.scope());
    }

    /** How many organizations of each district (a province's overview) were rated at each level: stacked bars. */
    static ChartModel organizationLevelsByDistrict(List<RatingLevel> scale, List<UnitLevelCount> levels,
                                                   Messages t, Locale locale, PageScope scope) {
        return memberLevelsByUnit("organization-rated-districts", withExemplary(scale, t), levels, t, locale, scope);
    }

    /** Colour of "trong sạch, vững mạnh tiêu biểu": a deeper shade beside the level's own green. */
    static final String EXEMPLARY_COLOR = "#004D40";

    /**
     * The scale with, before each level whose organizations may be distinguished "tiêu biểu" (the 2014 guidance's
     * TSVM), that distinction as a level of its own: "Trong sạch, vững mạnh tiêu biểu".
     */
    private static List<RatingLevel> withExemplary(List<RatingLevel> scale, Messages t) {
        List<RatingLevel> levels = new ArrayList<>();
        for (RatingLevel level : scale) {
            if (level.exemplaryAllowed()) {
                levels.add(new RatingLevel(level.id(), level.exemplaryCode(), level.levelRank(),
                        t.get("chart.organization-rated.exemplary", level.nameVi()),
                        t.get("chart.organization-rated.exemplary", level.nameEn()), level.countsAsGood(),
                        EXEMPLARY_COLOR, false));
            }
            levels.add(level);
        }
        return levels;
    }

    /** Organizations per kind (wards, agencies, schools...), one bar each, stacked by the level they were rated at. */
    static ChartModel organizationLevelsByKind(List<RatingLevel> scale, List<KindLevelCount> counts, Messages t,
                                               Locale locale, PageScope scope) {
        Categories<KindLevelCount> kinds = new Categories<>(counts, KindLevelCount::kindCode, c -> c.name(locale));
        List<BarSeries> series = scale.stream()
                .map(level -> BarSeries.of(level.name(locale), kinds.items(c -> c.levelCode().equals(level.code()),
                        KindLevelCount::ratings)).stacked("levels").color(level.color()))
                .toList();
        // horizontal bars: the kinds' names stay whole on a phone's width
        return ChartTexts.horizontalStack(ChartTexts.base(t, "organization-levels", scope), kinds, series, scope);
    }

    /** The members of one unit by level, as a pie in the scale's colours. */
    static ChartModel memberLevelsPie(List<RatingLevel> scale, List<LevelCount> counts, Messages t, Locale locale,
                                      PageScope scope) {
        List<PieSlice> slices = new ArrayList<>();
        long total = counts.stream().mapToLong(LevelCount::ratings).sum();
        for (RatingLevel level : scale) {
            long ratings = counts.stream().filter(c -> c.levelCode().equals(level.code()))
                    .mapToLong(LevelCount::ratings).sum();
            if (ratings > 0) {
                slices.add(PieSlice.of(level.name(locale), ratings, level.color()).described(
                        t.get("chart.slice", level.name(locale), Formats.number(ratings, locale),
                                Formats.percent((double) ratings / total, locale))));
            }
        }
        ChartOption option = ChartTexts.base(t, "member-levels-unit", scope)
                .tooltip(ChartOption.Tooltip.item())
                .legend(ChartOption.Legend.atBottom())
                .series(List.of(Series.pie(t.get("chart.member-levels-unit.series"), slices)))
                .build();
        return new ChartModel(option, scope);
    }

    /** A labelled line at each year of the axis where a new regulation's scale took effect. */
    private static Map<String, String> scaleChangeLines(List<ScaleChange> changes, List<String> years, Messages t) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (ScaleChange change : changes) {
            String year = String.valueOf(change.fromYear());
            // a scale that starts with the first year shown changes nothing on this chart
            if (years.indexOf(year) > 0) {
                lines.put(year, t.get("chart.scale-change", change.regulation()));
            }
        }
        return lines;
    }

    /**
     * Over the years: the share of members rated well or better (line, in %) beside a count (bars): for the
     * district the organizations at the best level, for one organization the members rated. An organization that
     * continues others shows their summed figures for the years before it took over (the lineage): those years are
     * starred, a line marks the change, and a note — in the subtitle, the table's caption and every export's scope —
     * names the units summed.
     */
    static ChartModel trend(List<ClassificationSummary> years, boolean countOrganizations, List<ScaleChange> changes,
                            List<Succession> lineage, Messages t, PageScope scope) {
        int combinedBefore = lineage.stream().mapToInt(Succession::fromYear).max().orElse(Integer.MIN_VALUE);
        List<String> labels = years.stream().map(y -> y.year() < combinedBefore ? y.year() + "*" : String.valueOf(y.year()))
                .toList();
        List<Long> counts = years.stream().map(y -> countOrganizations ? y.topLevelOrganizations() : y.membersRated())
                .toList();
        List<Double> share = years.stream().map(y -> Math.round(y.goodShare() * 10_000) / 100.0).toList();
        String chartKey = countOrganizations ? "trend" : "trend-members";
        if (!years.isEmpty()) {
            scope = scope.overYears(years.getFirst().year(), years.getLast().year());
        }
        boolean combined = years.stream().anyMatch(y -> y.year() < combinedBefore);
        String note = combined ? lineageNote(lineage, t) : null;
        if (note != null) {
            scope = scope.with(new PageScope.Filter(note, null));
        }
        Map<String, String> marks = new LinkedHashMap<>();
        Map<Integer, String> byYear = years.stream().collect(Collectors.toMap(ClassificationSummary::year,
                y -> labels.get(years.indexOf(y))));
        scaleChangeLines(changes, years.stream().map(y -> String.valueOf(y.year())).toList(), t)
                .forEach((year, label) -> marks.put(byYear.get(Integer.valueOf(year)), label));
        if (combined && byYear.containsKey(combinedBefore)) {
            marks.merge(byYear.get(combinedBefore), t.get("chart.trend.lineage-mark"), (a, b) -> a + " · " + b);
        }
        ChartOption option = ChartTexts.base(t, chartKey, scope)
                .note(note)
                .tooltip(new ChartOption.Tooltip("axis", null, true))
                .legend(ChartOption.Legend.atBottom())
                .grid(new ChartOption.Grid("8", "24", "84", "40", true))
                .xAxis(ChartOption.Axis.category(labels))
                .yAxes(List.of(ChartOption.Axis.value(), ChartOption.Axis.value("%")))
                .series(List.of(
                        Series.bar(t.get("chart." + chartKey + ".count"), counts).color("#2E7D32")
                                .markedAt(marks),
                        Series.line(t.get("chart.trend.members-good"), share).color("#1565C0").onSecondAxis()))
                .build();
        return new ChartModel(option, scope);
    }

    /** "* Số liệu các năm trước 2019 là tổng của …", one sentence per step of the lineage, latest first. */
    static String lineageNote(List<Succession> lineage, Messages t) {
        return lineage.stream()
                .map(s -> t.get(s.predecessorNames().size() > 1 ? "chart.trend.lineage.sum" : "chart.trend.lineage.one",
                        s.fromYear(), String.join(", ", s.predecessorNames()), s.successorName()))
                .collect(Collectors.joining(" ", "* ", ""));
    }
}
