package vn.binhthuy.partybuilding.classification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

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

    public ClassificationSummary districtSummary(int year) {
        return queries.summary(year, null);
    }

    public ClassificationSummary organizationSummary(int year, long organizationId) {
        return queries.summary(year, organizationId);
    }

    public List<UnitLevelCount> memberLevelsByOrganization(int year) {
        return queries.memberLevelsByOrganization(year);
    }

    public List<UnitLevelCount> memberLevelsByCell(int year, long organizationId) {
        return queries.memberLevelsByCell(year, organizationId);
    }

    public List<LevelCount> organizationLevels(int year) {
        return queries.organizationLevels(year);
    }
}
