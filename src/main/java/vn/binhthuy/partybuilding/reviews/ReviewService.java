package vn.binhthuy.partybuilding.reviews;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.units.UnitScope;

import java.util.List;

@Service
@Transactional(readOnly = true)
public class ReviewService {

    private final ReviewQueries queries;

    public ReviewService(ReviewQueries queries) {
        this.queries = queries;
    }

    public ReviewSummary summary(int year, UnitScope scope) {
        return queries.summary(year, scope);
    }

    public ReviewSummary districtSummary(int year) {
        return summary(year, UnitScope.DISTRICT);
    }

    public List<ReviewDelegation> delegations(int year, long organizationId) {
        return queries.delegations(year, organizationId);
    }

    public List<NotebookEntry> notebook(int year, long organizationId) {
        return queries.notebook(year, organizationId);
    }
}
