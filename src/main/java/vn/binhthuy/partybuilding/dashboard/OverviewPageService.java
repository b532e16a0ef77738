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
    private final FigureReads reads;

    OverviewPageService(PageScopes scopes, ClassificationService classification, IndicatorService indicators,
                        RemediationService remediation, ReviewService reviews, ScorecardService scorecards,
                        UnitService units, OverviewPageCache cache, FigureReads reads) {
        this.scopes = scopes;
        this.cache = cache;
        this.reads = reads;
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

    /**
     * The figures are read as one batch, the heaviest first, on as many connections as {@link FigureReads} allows,
     * all from the snapshot of this read-only transaction.
     */
    private OverviewPage read(PageScopes.Applied applied, int year, String groupCode, int compareYear) {
        UnitScope scope = applied.scope();
        FigureReads.Batch batch = reads.batch();
        var scorecard = batch.add(() -> scorecards.byOrganization(year, scope));
        var planStatus = batch.add(() -> remediation.statusByOrganization(year, scope));
        var breaches = batch.add(() -> applied.comparesDistricts()
                ? new OverviewPage.ExcellentCap(List.of(), classification.excellentShareBreachesPerUnit(year, scope))
                : new OverviewPage.ExcellentCap(classification.excellentShareBreaches(year, scope), List.of()));
        var heatmap = batch.add(() -> indicators.indicatorsByOrganization(year, groupCode, scope));
        // one scan of every year's ratings serves the KPI cards and the trend chart
        var trend = batch.add(() -> classification.trend(scope));
        var groups = batch.add(() -> indicators.groupsByOrganization(year, scope));
        var organizationLevels = batch.add(() -> classification.organizationLevelsByOrganization(year, scope));
        var planSummary = batch.add(() -> remediation.summary(year, scope));
        var memberLevels = batch.add(() -> classification.memberLevelsByOrganization(year, scope));
        var progress = batch.add(() -> remediation.monthlyProgress(year, scope));
        var kinds = batch.add(() -> classification.organizationLevelsByKind(year, scope));
        var top = batch.add(() -> indicators.topFrequencies(year, groupCode, scope, TOP_INDICATORS));
        var reviewSummary = batch.add(() -> reviews.summary(year, scope));
        batch.run();

        Map<Integer, ClassificationSummary> byYear = trend.get().stream()
                .collect(Collectors.toMap(ClassificationSummary::year, Function.identity()));
        ClassificationSummary summary = byYear.containsKey(year) ? byYear.get(year) : classification.summary(year, scope);
        OverviewPage.Kpis kpis = new OverviewPage.Kpis(summary, byYear.get(compareYear), planSummary.get(),
                reviewSummary.get());
        OverviewPage.Classification ratings = new OverviewPage.Classification(
                classification.scale(RatingSubject.ORGANIZATION, year), classification.scale(RatingSubject.MEMBER, year),
                classification.scaleChanges(RatingSubject.ORGANIZATION), classification.scaleChanges(RatingSubject.MEMBER),
                kinds.get(), organizationLevels.get(), memberLevels.get(), trend.get(),
                scope.organizationId() == null ? List.of() : units.predecessors(scope.organizationId()));
        OverviewPage.Indicators findings = new OverviewPage.Indicators(
                indicators.catalog().stream().filter(i -> groupCode == null || i.groupCode().equals(groupCode)).toList(),
                top.get(), groups.get(), heatmap.get());
        OverviewPage.Remediation plans = new OverviewPage.Remediation(planStatus.get(), progress.get());
        return new OverviewPage(applied, units.ancestors(applied.unit()), kpis, breaches.get(), ratings, findings,
                plans, scorecard.get());
    }
}
