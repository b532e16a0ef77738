package vn.binhthuy.partybuilding.dashboard;

import vn.binhthuy.partybuilding.base.chart.ChartOption;
import vn.binhthuy.partybuilding.base.chart.BarSeries;
import vn.binhthuy.partybuilding.base.chart.Series;
import vn.binhthuy.partybuilding.base.i18n.Messages;
import vn.binhthuy.partybuilding.remediation.MonthlyProgress;
import vn.binhthuy.partybuilding.remediation.PlanStatus;
import vn.binhthuy.partybuilding.remediation.UnitStatusCount;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
}
