package vn.binhthuy.partybuilding.dashboard;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.remediation.PlanFilter;
import vn.binhthuy.partybuilding.remediation.PlanListItem;
import vn.binhthuy.partybuilding.remediation.PlanSort;
import vn.binhthuy.partybuilding.remediation.RemediationService;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitScope;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.List;
import java.util.Optional;

/** The read model of the remediation page: {@link RemediationPage}, and its plans a page of the grid at a time. */
@Service
@Transactional(readOnly = true)
class RemediationPageService {

    private final PageScopes scopes;
    private final UnitService units;
    private final RemediationService remediation;
    private final AccessGuard guard;

    RemediationPageService(PageScopes scopes, UnitService units, RemediationService remediation, AccessGuard guard) {
        this.scopes = scopes;
        this.units = units;
        this.remediation = remediation;
        this.guard = guard;
    }

    /**
     * The page for the filter's year, status, source and overdue flag, and the organization with the given code
     * when the user may see it (otherwise none: the whole district, or a secretary's own organization); with the plans
     * per organization of the year and of the year to compare with, when one is given.
     */
    RemediationPage load(PlanFilter requested, Optional<String> organizationCode, Integer compareYear) {
        Optional<Long> ownOrganization = guard.confinedToOrganization();
        Optional<Long> ownDistrict = guard.confinedToDistrict();
        List<Unit> organizations = units.organizations(requested.year()).stream()
                .filter(u -> ownOrganization.map(own -> own == u.id()).orElse(true))
                .filter(u -> ownDistrict.map(own -> own.equals(u.parentId())).orElse(true)).toList();
        Optional<Unit> organization = organizationCode.flatMap(code -> organizations.stream()
                .filter(u -> u.code().equals(code)).findFirst());
        PlanFilter filter = organizationCode.isPresent()
                ? requested.withOrganization(organization.map(Unit::id).orElse(null)) : requested;
        // the charts cover the organization and year; status, source and overdue narrow only the list of plans
        PageScopes.Applied applied = scopes.apply(
                organization.map(u -> UnitScope.organization(u.id())).orElse(UnitScope.DISTRICT));
        UnitScope scope = applied.scope();
        return new RemediationPage(organizations, organization, filter, applied, remediation.countPlans(filter),
                remediation.monthlyProgress(requested.year(), scope),
                remediation.statusByOrganization(requested.year(), scope),
                Optional.ofNullable(compareYear).map(compared -> new RemediationPage.Comparison(requested.year(),
                        remediation.figuresByOrganization(requested.year(), scope), compared,
                        remediation.figuresByOrganization(compared, scope))));
    }

    List<PlanListItem> plans(PlanFilter filter, PlanSort sort, boolean ascending, int offset, int limit) {
        return remediation.findPlans(filter, sort, ascending, offset, limit);
    }

    long countPlans(PlanFilter filter) {
        return remediation.countPlans(filter);
    }
}
