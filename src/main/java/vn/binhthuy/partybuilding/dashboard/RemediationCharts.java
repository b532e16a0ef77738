package vn.binhthuy.partybuilding.dashboard;

import vn.binhthuy.partybuilding.base.chart.ChartOption;
import vn.binhthuy.partybuilding.base.chart.BarSeries;
import vn.binhthuy.partybuilding.base.chart.Series;
import vn.binhthuy.partybuilding.base.i18n.Messages;
import vn.binhthuy.partybuilding.remediation.MonthlyProgress;
import vn.binhthuy.partybuilding.remediation.PlanStatus;
import vn.binhthuy.partybuilding.remediation.UnitPlanFigures;
import vn.binhthuy.partybuilding.remediation.UnitStatusCount;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

final class RemediationCharts {

    /** Grey → amber → blue → green as a plan moves towards a confirmed fix; the same on every chart. */
    static final Map<PlanStatus, String> STATUS_COLORS = Map.of(
            PlanStatus.NOT_STARTED, "#9E9E9E", PlanStatus.IN_PROGRESS, "#F9A825",
            PlanStatus.DONE, "#1565C0", PlanStatus.VERIFIED, "#2E7D32");

    private RemediationCharts() {
    }

    static ChartModel statusByUnit(String chartKey, List<UnitStatusCount> counts, Messages t, PageScope scope) {
        Categories<UnitStatusCount> units = new Categories<>(counts, UnitStatusCount::unitCode, UnitStatusCount::unitName);
        List<BarSeries> series = Arrays.stream(PlanStatus.values())
                .map(status -> BarSeries.of(t.get("plan.status." + status.name()), units.items(
                        c -> c.status() == status, UnitStatusCount::plans)).stacked("status")
                        .color(STATUS_COLORS.get(status)))
                .toList();
        return ChartTexts.horizontalStack(ChartTexts.base(t, chartKey, scope), units, series, scope);
    }

    /** Running totals over the months of the year: plans that fell due versus plans completed. */
    static ChartModel monthlyProgress(List<MonthlyProgress> months, Messages t, PageScope scope) {
        List<String> labels = months.stream()
                .map(m -> m.month() <= 12 ? t.get("chart.progress.month", m.month()) : t.get("chart.progress.later"))
                .toList();
        ChartOption option = ChartTexts.base(t, "progress", scope)
                .tooltip(new ChartOption.Tooltip("axis", null, true))
                .legend(ChartOption.Legend.atBottom())
                .grid(ChartOption.Grid.withLegendBelow())
                .xAxis(ChartOption.Axis.category(labels))
                .yAxis(ChartOption.Axis.value())
                .series(List.of(
                        Series.line(t.get("chart.progress.due"), months.stream().map(MonthlyProgress::cumulativeDue).toList())
                                .color("#9E9E9E"),
                        Series.line(t.get("chart.progress.completed"),
                                months.stream().map(MonthlyProgress::cumulativeCompleted).toList()).color("#2E7D32").area()))
                .build();
        return new ChartModel(option, scope);
    }
    /**
     * Per organization, the plans of the year next to those of the year compared with; the completed and the overdue
     * of both years are series off at first (one click on the legend draws them) and columns of the table twin and
     * the exports. An organization with plans in only one of the years shows 0 in the other.
     */
    static ChartModel comparedByUnit(RemediationPage.Comparison comparison, Messages t, PageScope scope) {
        int year = comparison.year();
        int before = comparison.comparedYear();
        // the rows of both years, each knowing its year, in the organizations' order
        List<YearRow> rows = new ArrayList<>();
        comparison.figures().forEach(f -> rows.add(new YearRow(f, true)));
        comparison.compared().forEach(f -> rows.add(new YearRow(f, false)));
        rows.sort(Comparator.comparingInt(r -> r.figures().sortOrder()));
        Categories<YearRow> units = new Categories<>(rows, r -> r.figures().unitCode(), r -> r.figures().unitName());
        Predicate<YearRow> shown = YearRow::shown;
        Predicate<YearRow> earlier = shown.negate();
        String completed = t.get("chart.plan-compare.completed", year);
        String completedBefore = t.get("chart.plan-compare.completed", before);
        String overdue = t.get("chart.plan-compare.overdue", year);
        String overdueBefore = t.get("chart.plan-compare.overdue", before);
        List<BarSeries> series = List.of(
                BarSeries.of(t.get("chart.plan-compare.plans", year), units.items(shown, r -> r.figures().plans()))
                        .color("#1565C0"),
                BarSeries.of(t.get("chart.plan-compare.plans", before), units.items(earlier, r -> r.figures().plans()))
                        .color("#90CAF9"),
                BarSeries.of(completed, units.items(shown, r -> r.figures().completed()))
                        .color(STATUS_COLORS.get(PlanStatus.VERIFIED)),
                BarSeries.of(completedBefore, units.items(earlier, r -> r.figures().completed())).color("#A5D6A7"),
                BarSeries.of(overdue, units.items(shown, r -> r.figures().overdue())).color("#C62828"),
                BarSeries.of(overdueBefore, units.items(earlier, r -> r.figures().overdue())).color("#EF9A9A"));
        ChartOption option = ChartOption.builder()
                .title(t.get("chart.plan-compare.title", year, before),
                        t.get("chart.plan-compare.subtitle", year, before, scope.label()))
                .fileName(scope.fileName(t.get("chart.plan-compare.file")))
                .tooltip(ChartOption.Tooltip.axis())
                .legend(ChartOption.Legend.atBottom()
                        .hiding(List.of(completed, completedBefore, overdue, overdueBefore)))
                .grid(ChartOption.Grid.withLegendBelow())
                .xAxis(ChartOption.Axis.value())
                .yAxis(ChartOption.Axis.categoryTopDown(units.labels()))
                .series(series)
                .build();
        return new ChartModel(option, ChartTexts.barHeight(units.labels(), ChartOption.Axis.LABEL_WIDTH), scope);
    }

    /** One organization's figures of the year shown ({@code shown}) or of the year compared with. */
    private record YearRow(UnitPlanFigures figures, boolean shown) {}
}
