package vn.binhthuy.partybuilding.remediation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.units.UnitScope;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@Service
@Transactional(readOnly = true)
public class RemediationService {

    private final RemediationQueries queries;
    private final Clock clock;
    private final AccessGuard guard;

    public RemediationService(RemediationQueries queries, Clock clock, AccessGuard guard) {
        this.queries = queries;
        this.clock = clock;
        this.guard = guard;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public RemediationSummary summary(int year, UnitScope scope) {
        return queries.summary(year, guard.restrict(scope), today());
    }

    public RemediationSummary districtSummary(int year) {
        return summary(year, UnitScope.DISTRICT);
    }

    public RemediationSummary organizationSummary(int year, long organizationId) {
        return summary(year, UnitScope.organization(organizationId));
    }

    public List<UnitStatusCount> statusByOrganization(int year, UnitScope scope) {
        return queries.statusByOrganization(year, guard.restrict(scope), today());
    }

    /** Per organization of the scope: the year's plans, those completed and those overdue today. */
    public List<UnitPlanFigures> figuresByOrganization(int year, UnitScope scope) {
        return queries.figuresByOrganization(year, guard.restrict(scope), today());
    }

    public List<UnitStatusCount> statusByCell(int year, long organizationId) {
        guard.checkOrganization(organizationId);
        return queries.statusByCell(year, organizationId, today());
    }

    public List<MonthlyProgress> monthlyProgress(int year, UnitScope scope) {
        return queries.monthlyProgress(year, guard.restrict(scope));
    }

    public List<PlanListItem> findPlans(PlanFilter filter, PlanSort sort, boolean ascending, int offset, int limit) {
        return queries.findPlans(restrict(filter), today(), sort, ascending, offset, limit);
    }

    public long countPlans(PlanFilter filter) {
        return queries.countPlans(restrict(filter), today());
    }

    /** A secretary's plan lists are confined to their own organization (and refused for another's unit). */
    private PlanFilter restrict(PlanFilter filter) {
        UnitScope scope = guard.restrict(filter.organizationId() == null ? UnitScope.DISTRICT
                : UnitScope.organization(filter.organizationId()));
        if (filter.unitId() != null) {
            guard.checkUnit(filter.unitId());
        }
        return filter.withOrganization(scope.organizationId());
    }
}
