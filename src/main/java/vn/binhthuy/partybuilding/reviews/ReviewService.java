package vn.binhthuy.partybuilding.reviews;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class ReviewService {

    private final ReviewQueries queries;

    public ReviewService(ReviewQueries queries) {
        this.queries = queries;
    }

    public ReviewSummary districtSummary(int year) {
        return queries.summary(year, null);
    }

    public ReviewSummary organizationSummary(int year, long organizationId) {
        return queries.summary(year, organizationId);
    }
}
