package vn.binhthuy.partybuilding.reviews;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.units.UnitScope;

import java.util.List;

@Service
@Transactional(readOnly = true)
public class ReviewService {

    private final ReviewQueries queries;
    private final AccessGuard guard;

    public ReviewService(ReviewQueries queries, AccessGuard guard) {
        this.queries = queries;
        this.guard = guard;
    }

    public ReviewSummary summary(int year, UnitScope scope) {
        return queries.summary(year, guard.restrict(scope));
    }

    public ReviewSummary districtSummary(int year) {
        return summary(year, UnitScope.DISTRICT);
    }

    public List<ReviewDelegation> delegations(int year, long organizationId) {
        guard.checkOrganization(organizationId);
        return queries.delegations(year, organizationId);
    }

    public List<NotebookEntry> notebook(int year, long organizationId) {
        guard.checkOrganization(organizationId);
        return queries.notebook(year, organizationId);
    }
}
