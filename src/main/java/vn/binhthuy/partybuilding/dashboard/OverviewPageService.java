package vn.binhthuy.partybuilding.dashboard;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.classification.ClassificationSummary;
import vn.binhthuy.partybuilding.classification.RatingSubject;
import vn.binhthuy.partybuilding.indicators.IndicatorService;
import vn.binhthuy.partybuilding.remediation.RemediationService;
import vn.binhthuy.partybuilding.reviews.ReviewService;
import vn.binhthuy.partybuilding.units.UnitScope;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The read model of the overview of a subtree, {@link OverviewPage}: of the root (the district of the demo, the
 * province at scale, whose per-unit figures then compare its districts) or of one district below a province.
 */
@Service
@Transactional(readOnly = true)
class OverviewPageService {

    static final int TOP_INDICATORS = 10;

    private final PageScopes scopes;
    private final ClassificationService classification;
    private final IndicatorService indicators;
    private final RemediationService remediation;
    private final ReviewService reviews;
    private final ScorecardService scorecards;
    private final UnitService units;
    private final OverviewPageCache cache;

    OverviewPageService(PageScopes scopes, ClassificationService classification, IndicatorService indicators,
                        RemediationService remediation, ReviewService reviews, ScorecardService scorecards,
                        UnitService units, OverviewPageCache cache) {
        this.scopes = scopes;
        this.cache = cache;
        this.classification = classification;
        this.indicators = indicators;
        this.remediation = remediation;
        this.reviews = reviews;
        this.scorecards = scorecards;
        this.units = units;
    }

    /** The overview of the district with this code below a province root; empty when there is none. */
    Optional<OverviewPage> loadDistrict(String code, int year, String kindCode, String groupCode, int compareYear) {
        return units.districtByCode(code).map(d -> load(d.id(), year, kindCode, groupCode, compareYear));
    }

    /**
     * The overview of the year for the root, or the district with the given id, or one kind of organization in
     * either (narrowed to what the user may see), with the manifestations of one group or all of them, its KPIs
     * compared with the given year.
     */
    OverviewPage load(Long districtId, int year, String kindCode, String groupCode, int compareYear) {
        PageScopes.Applied applied = scopes.apply(new UnitScope(null, kindCode, districtId));
        return cache.get(applied.scope(), year, groupCode, compareYear, () -> read(applied, year, groupCode, compareYear));
    }

    private OverviewPage read(PageScopes.Applied applied, int year, String groupCode, int compareYear) {
        UnitScope scope = applied.scope();
        // one scan of every year's ratings serves the KPI cards and the trend chart
        List<ClassificationSummary> trend = classification.trend(scope);
        Map<Integer, ClassificationSummary> byYear = trend.stream()
                .collect(Collectors.toMap(ClassificationSummary::year, Function.identity()));
        ClassificationSummary summary = byYear.containsKey(year) ? byYear.get(year) : classification.summary(year, scope);
        OverviewPage.Kpis kpis = new OverviewPage.Kpis(summary, byYear.get(compareYear),
                remediation.summary(year, scope), reviews.summary(year, scope));
        OverviewPage.Classification ratings = new OverviewPage.Classification(
                classification.scale(RatingSubject.ORGANIZATION, year), classification.scale(RatingSubject.MEMBER, year),
                classification.scaleChanges(RatingSubject.ORGANIZATION), classification.scaleChanges(RatingSubject.MEMBER),
                classification.organizationLevelsByKind(year, scope),
                classification.organizationLevelsByOrganization(year, scope),
                classification.memberLevelsByOrganization(year, scope), trend,
                scope.organizationId() == null ? List.of() : units.predecessors(scope.organizationId()));
        OverviewPage.Indicators findings = new OverviewPage.Indicators(
                indicators.catalog().stream().filter(i -> groupCode == null || i.groupCode().equals(groupCode)).toList(),
                indicators.topFrequencies(year, groupCode, scope, TOP_INDICATORS),
                indicators.groupsByOrganization(year, scope),
                indicators.indicatorsByOrganization(year, groupCode, scope));
        OverviewPage.Remediation plans = new OverviewPage.Remediation(remediation.statusByOrganization(year, scope),
                remediation.monthlyProgress(year, scope));
        return new OverviewPage(applied, units.ancestors(applied.unit()), kpis,
                classification.excellentShareBreaches(year, scope), ratings, findings, plans,
                scorecards.byOrganization(year, scope));
    }
}
