package vn.binhthuy.partybuilding.dashboard;

import vn.binhthuy.partybuilding.indicators.Indicator;
import vn.binhthuy.partybuilding.indicators.IndicatorFrequency;
import vn.binhthuy.partybuilding.indicators.IndicatorSelection;
import vn.binhthuy.partybuilding.indicators.UnitFindings;
import vn.binhthuy.partybuilding.indicators.YearFindings;

import java.util.List;
import java.util.Optional;

/**
 * Everything the manifestations page shows, read in one transaction: the catalog, the indicator asked for (when the
 * catalog has it) and the selection counted, its spread by organization, year and cell, every indicator's count, and
 * when a year to compare with was chosen, every indicator's count in that year.
 */
record IndicatorsPage(PageScopes.Applied scope, List<Indicator> catalog, Optional<Indicator> indicator,
                      IndicatorSelection selection, List<UnitFindings> byOrganization, List<YearFindings> byYear,
                      List<UnitFindings> topCells, List<IndicatorFrequency> frequencies,
                      Optional<Comparison> comparison) {

    /** The year compared with and every indicator's count of findings in it (same scope). */
    record Comparison(int year, List<IndicatorFrequency> frequencies) {}

    /** The indicators of the selection (one, a group's nine or all 27) among the given counts. */
    List<IndicatorFrequency> selected(List<IndicatorFrequency> counts) {
        return counts.stream()
                .filter(f -> selection.indicator().map(f.code()::equals).orElse(true))
                .filter(f -> selection.group().map(f.groupCode()::equals).orElse(true))
                .toList();
    }
}
