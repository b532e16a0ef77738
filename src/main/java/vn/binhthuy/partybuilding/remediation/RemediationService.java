package vn.binhthuy.partybuilding.remediation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.units.UnitScope;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@Service
@Transactional(readOnly = true)
public class RemediationService {

    private final RemediationQueries queries;
    private final Clock clock;

    public RemediationService(RemediationQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public RemediationSummary summary(int year, UnitScope scope) {
        return queries.summary(year, scope, today());
    }

    public RemediationSummary districtSummary(int year) {
        return summary(year, UnitScope.DISTRICT);
    }

    public RemediationSummary organizationSummary(int year, long organizationId) {
        return summary(year, UnitScope.organization(organizationId));
    }

    public List<UnitStatusCount> statusByOrganization(int year, UnitScope scope) {
        return queries.statusByOrganization(year, scope, today());
    }

    public List<UnitStatusCount> statusByCell(int year, long organizationId) {
        return queries.statusByCell(year, organizationId, today());
    }

    public List<MonthlyProgress> monthlyProgress(int year, UnitScope scope) {
        return queries.monthlyProgress(year, scope);
    }

    public List<PlanListItem> findPlans(PlanFilter filter, PlanSort sort, boolean ascending, int offset, int limit) {
        return queries.findPlans(filter, today(), sort, ascending, offset, limit);
    }

    public long countPlans(PlanFilter filter) {
        return queries.countPlans(filter, today());
    }
}
