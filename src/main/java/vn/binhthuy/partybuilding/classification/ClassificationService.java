package vn.binhthuy.partybuilding.classification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.units.UnitScope;

import java.util.List;
import java.util.Optional;

@Service
@Transactional(readOnly = true)
public class ClassificationService {

    private final ClassificationQueries queries;

    public ClassificationService(ClassificationQueries queries) {
        this.queries = queries;
    }

    /** Years with ratings, oldest first. */
    public List<Integer> ratedYears() {
        return queries.ratedYears();
    }

    public List<RatingLevel> scale(RatingSubject subject, int year) {
        return queries.scale(subject, year);
    }

    public ClassificationSummary summary(int year, UnitScope scope) {
        return queries.summary(year, scope);
    }

    public ClassificationSummary districtSummary(int year) {
        return queries.summary(year, UnitScope.DISTRICT);
    }

    public ClassificationSummary organizationSummary(int year, long organizationId) {
        return queries.summary(year, UnitScope.organization(organizationId));
    }

    public List<UnitLevelCount> memberLevelsByOrganization(int year, UnitScope scope) {
        return queries.memberLevelsByOrganization(year, scope);
    }

    public List<UnitLevelCount> memberLevelsByCell(int year, long organizationId) {
        return queries.memberLevelsByCell(year, organizationId);
    }

    public List<LevelCount> organizationLevels(int year) {
        return queries.organizationLevels(year);
    }

    /** Headline figures of every year with ratings, oldest first. */
    public List<ClassificationSummary> trend(UnitScope scope) {
        return queries.trend(scope);
    }

    public List<KindLevelCount> organizationLevelsByKind(int year, UnitScope scope) {
        return queries.organizationLevelsByKind(year, scope);
    }

    public Optional<OrganizationRating> organizationRating(int year, long organizationId) {
        return queries.organizationRatings(year, organizationId).stream().findFirst();
    }

    /** Organizations rating more members excellent than the year's cap allows; empty for years without a cap. */
    public List<ExcellentShareBreach> excellentShareBreaches(int year, UnitScope scope) {
        return queries.excellentShareBreaches(year, scope);
    }

    public List<LevelCount> memberLevelsOfUnit(int year, long unitId) {
        return queries.memberLevelsOfUnit(year, unitId);
    }

    public ClassificationSummary memberSummaryOfUnit(int year, long unitId) {
        return queries.memberSummaryOfUnit(year, unitId);
    }
}
