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
import java.util.function.Function;
import java.util.stream.Collectors;

/** The district overview's read model: {@link OverviewPage}. */
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

    OverviewPageService(PageScopes scopes, ClassificationService classification, IndicatorService indicators,
                        RemediationService remediation, ReviewService reviews, ScorecardService scorecards,
                        UnitService units) {
        this.scopes = scopes;
        this.classification = classification;
        this.indicators = indicators;
        this.remediation = remediation;
        this.reviews = reviews;
        this.scorecards = scorecards;
        this.units = units;
    }

    /**
     * The overview of the year for the district or one kind of organization (narrowed to what the user may see),
     * with the manifestations of one group or all of them, its KPIs compared with the given year.
     */
    OverviewPage load(int year, String kindCode, String groupCode, int compareYear) {
        PageScopes.Applied applied = scopes.apply(kindCode == null ? UnitScope.DISTRICT : UnitScope.kind(kindCode));
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
        return new OverviewPage(applied, kpis, classification.excellentShareBreaches(year, scope), ratings, findings,
                plans, scorecards.byOrganization(year, scope));
    }
}
