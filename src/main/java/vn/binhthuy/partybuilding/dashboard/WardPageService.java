package vn.binhthuy.partybuilding.dashboard;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.classification.ClassificationSummary;
import vn.binhthuy.partybuilding.classification.OrganizationRatingService;
import vn.binhthuy.partybuilding.classification.RatingSubject;
import vn.binhthuy.partybuilding.indicators.IndicatorService;
import vn.binhthuy.partybuilding.remediation.RemediationService;
import vn.binhthuy.partybuilding.reviews.ReviewEntries;
import vn.binhthuy.partybuilding.reviews.ReviewService;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitLevel;
import vn.binhthuy.partybuilding.units.UnitScope;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.List;
import java.util.Optional;

/** The read model of one grassroots organization's page: {@link WardPage}. */
@Service
@Transactional(readOnly = true)
class WardPageService {

    private final PageScopes scopes;
    private final UnitService units;
    private final ClassificationService classification;
    private final IndicatorService indicators;
    private final RemediationService remediation;
    private final ReviewService reviews;
    private final ScorecardService scorecards;
    private final OrganizationRatingService organizationRatings;
    private final ReviewEntries reviewEntries;

    WardPageService(PageScopes scopes, UnitService units, ClassificationService classification,
                    IndicatorService indicators, RemediationService remediation, ReviewService reviews,
                    ScorecardService scorecards, OrganizationRatingService organizationRatings,
                    ReviewEntries reviewEntries) {
        this.scopes = scopes;
        this.units = units;
        this.classification = classification;
        this.indicators = indicators;
        this.remediation = remediation;
        this.reviews = reviews;
        this.scorecards = scorecards;
        this.organizationRatings = organizationRatings;
        this.reviewEntries = reviewEntries;
    }

    /**
     * The page of the grassroots organization with this code in the year, its KPIs compared with the given year;
     * empty when there is none.
     */
    Optional<WardPage> load(int year, String code, int compareYear) {
        return units.byCode(code).filter(u -> u.level() == UnitLevel.GRASSROOTS)
                .map(unit -> load(year, unit, compareYear));
    }

    private WardPage load(int year, Unit organization, int compareYear) {
        long id = organization.id();
        PageScopes.Applied applied = scopes.apply(UnitScope.organization(id));
        UnitScope scope = applied.scope();
        List<ClassificationSummary> trend = classification.trend(scope);
        WardPage.Kpis kpis = new WardPage.Kpis(classification.organizationRating(year, id),
                classification.summary(year, scope),
                trend.stream().filter(s -> s.year() == compareYear).findFirst().orElse(null),
                indicators.membersWithViolations(year, id), remediation.summary(year, scope));
        WardPage.Classification ratings = new WardPage.Classification(classification.scale(RatingSubject.MEMBER, year),
                classification.scaleChanges(RatingSubject.MEMBER), classification.memberLevelsByCell(year, id), trend,
                units.predecessors(id));
        WardPage.Indicators findings = new WardPage.Indicators(
                indicators.topFrequencies(year, null, scope, OverviewPageService.TOP_INDICATORS),
                indicators.groupsByCell(year, id));
        WardPage.Remediation plans = new WardPage.Remediation(remediation.statusByCell(year, id),
                remediation.monthlyProgress(year, scope));
        return new WardPage(organization, units.ancestors(organization), applied, units.cells(id), kpis, ratings, findings, plans,
                scorecards.byCell(year, id),
                new WardPage.Reviews(reviews.delegations(year, id), reviews.notebook(year, id)),
                new WardPage.Permissions(organizationRatings.mayEdit(id), reviewEntries.mayEdit(id)));
    }
}
