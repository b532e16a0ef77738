package vn.binhthuy.partybuilding.dashboard;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.units.UnitScope;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@Service
@Transactional(readOnly = true)
public class ScorecardService {

    private final ScorecardQueries queries;
    private final Clock clock;
    private final AccessGuard guard;

    public ScorecardService(ScorecardQueries queries, Clock clock, AccessGuard guard) {
        this.queries = queries;
        this.clock = clock;
        this.guard = guard;
    }

    public List<UnitScorecard> byOrganization(int year, UnitScope scope) {
        return queries.byOrganization(year, guard.restrict(scope), LocalDate.now(clock));
    }

    public List<UnitScorecard> byCell(int year, long organizationId) {
        guard.checkOrganization(organizationId);
        return queries.byCell(year, organizationId, LocalDate.now(clock));
    }
}
