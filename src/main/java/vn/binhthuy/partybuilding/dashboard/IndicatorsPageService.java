package vn.binhthuy.partybuilding.dashboard;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.indicators.Indicator;
import vn.binhthuy.partybuilding.indicators.IndicatorSelection;
import vn.binhthuy.partybuilding.indicators.IndicatorService;
import vn.binhthuy.partybuilding.units.UnitScope;

import java.util.List;
import java.util.Optional;

/** The read model of the manifestations page: {@link IndicatorsPage}. */
@Service
@Transactional(readOnly = true)
class IndicatorsPageService {

    static final int TOP_CELLS = 15;

    private final PageScopes scopes;
    private final IndicatorService indicators;

    IndicatorsPageService(PageScopes scopes, IndicatorService indicators) {
        this.scopes = scopes;
        this.indicators = indicators;
    }

    /**
     * The district's figures of the year for the requested indicator (any case, when the catalog has it), else for
     * the group, else for all 27; with every indicator's count in the year to compare with, when one is given.
     */
    IndicatorsPage load(int year, Optional<String> requestedIndicator, String groupCode, Integer compareYear) {
        List<Indicator> catalog = indicators.catalog();
        Optional<Indicator> indicator = requestedIndicator.flatMap(code -> catalog.stream()
                .filter(i -> i.code().equalsIgnoreCase(code)).findFirst());
        IndicatorSelection selection = indicator.map(i -> IndicatorSelection.indicator(i.code()))
                .orElse(groupCode == null ? IndicatorSelection.ALL : IndicatorSelection.group(groupCode));
        PageScopes.Applied applied = scopes.apply(UnitScope.DISTRICT);
        UnitScope scope = applied.scope();
        return new IndicatorsPage(applied, catalog, indicator, selection,
                indicators.findingsByOrganization(year, selection, scope), indicators.findingsByYear(selection, scope),
                indicators.topUnits(year, selection, scope, TOP_CELLS), indicators.frequencies(year, scope),
                Optional.ofNullable(compareYear).map(compared -> new IndicatorsPage.Comparison(compared,
                        indicators.frequencies(compared, scope))));
    }
}
