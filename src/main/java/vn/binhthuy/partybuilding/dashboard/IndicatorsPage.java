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
 * catalog has it) and the selection counted, its spread by organization, year and cell, every indicator's count.
 */
record IndicatorsPage(PageScopes.Applied scope, List<Indicator> catalog, Optional<Indicator> indicator,
                      IndicatorSelection selection, List<UnitFindings> byOrganization, List<YearFindings> byYear,
                      List<UnitFindings> topCells, List<IndicatorFrequency> frequencies) {}
