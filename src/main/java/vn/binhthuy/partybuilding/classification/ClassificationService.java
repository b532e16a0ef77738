package vn.binhthuy.partybuilding.classification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.units.UnitScope;

import java.util.List;
import java.util.Optional;

/** Classification figures, always within what the signed-in user may see (see {@link AccessGuard}). */
@Service
@Transactional(readOnly = true)
public class ClassificationService {

    private final ClassificationQueries queries;
    private final AccessGuard guard;

    public ClassificationService(ClassificationQueries queries, AccessGuard guard) {
        this.queries = queries;
        this.guard = guard;
    }

    /** Years with ratings, oldest first. */
    public List<Integer> ratedYears() {
        guard.requireDataAccess();
        return queries.ratedYears();
    }

    public List<RatingLevel> scale(RatingSubject subject, int year) {
        guard.requireDataAccess();
        return queries.scale(subject, year);
    }

    /** When a new regulation's scale took effect for the subject: figures by level do not compare across it. */
    public List<ScaleChange> scaleChanges(RatingSubject subject) {
        guard.requireDataAccess();
        return queries.scaleChanges(subject);
    }

    /** The change that took effect in this year, if the year starts a new scale for the subject. */
    public java.util.Optional<ScaleChange> scaleChangeIn(RatingSubject subject, int year) {
        return scaleChanges(subject).stream().filter(c -> c.fromYear() == year).findFirst();
    }

    public ClassificationSummary summary(int year, UnitScope scope) {
        return queries.summary(year, guard.restrict(scope));
    }

    public ClassificationSummary districtSummary(int year) {
        return queries.summary(year, guard.restrict(UnitScope.DISTRICT));
    }

    public ClassificationSummary organizationSummary(int year, long organizationId) {
        return queries.summary(year, guard.restrict(UnitScope.organization(organizationId)));
    }

    public List<UnitLevelCount> memberLevelsByOrganization(int year, UnitScope scope) {
        return queries.memberLevelsByOrganization(year, guard.restrict(scope));
    }

    public List<UnitLevelCount> memberLevelsByCell(int year, long organizationId) {
        guard.checkOrganization(organizationId);
        return queries.memberLevelsByCell(year, organizationId);
    }

    public List<LevelCount> organizationLevels(int year) {
        guard.requireWholeDistrict();
        return queries.organizationLevels(year);
    }

    /** Headline figures of every year with ratings, oldest first. */
    public List<ClassificationSummary> trend(UnitScope scope) {
        return queries.trend(guard.restrict(scope));
    }

    public List<KindLevelCount> organizationLevelsByKind(int year, UnitScope scope) {
        return queries.organizationLevelsByKind(year, guard.restrict(scope));
    }

    /**
     * The level of each organization; where the year's scale allows the distinction, an organization rated
     * "tiêu biểu" is counted under its level's {@link RatingLevel#exemplaryCode()}.
     */
    public List<UnitLevelCount> organizationLevelsByOrganization(int year, UnitScope scope) {
        return queries.organizationLevelsByOrganization(year, guard.restrict(scope));
    }

    public Optional<OrganizationRating> organizationRating(int year, long organizationId) {
        guard.checkOrganization(organizationId);
        return queries.organizationRatings(year, organizationId).stream().findFirst();
    }

    /** Organizations rating more members excellent than the year's cap allows; empty for years without a cap. */
    public List<ExcellentShareBreach> excellentShareBreaches(int year, UnitScope scope) {
        return queries.excellentShareBreaches(year, guard.restrict(scope));
    }

    /**
     * How many of them each unit of the scope's per-unit breakdown has (each district on a province's whole tree,
     * {@link UnitScope#shownUnits()}); only units with any.
     */
    public List<ExcellentShareBreachCount> excellentShareBreachesPerUnit(int year, UnitScope scope) {
        return queries.excellentShareBreachesPerUnit(year, guard.restrict(scope));
    }

    public List<LevelCount> memberLevelsOfUnit(int year, long unitId) {
        guard.checkUnit(unitId);
        return queries.memberLevelsOfUnit(year, unitId);
    }

    public ClassificationSummary memberSummaryOfUnit(int year, long unitId) {
        guard.checkUnit(unitId);
        return queries.memberSummaryOfUnit(year, unitId);
    }
}
