package vn.binhthuy.partybuilding.dashboard;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitLevel;
import vn.binhthuy.partybuilding.units.UnitScope;
import vn.binhthuy.partybuilding.units.UnitService;

/**
 * The scope a page's figures will actually have: the one requested, narrowed by {@link AccessGuard} (a secretary's
 * district-wide request becomes their own organization, a district leader's province-wide one their district), with
 * the unit to name it by. Views ask for their figures
 * with {@link Applied#scope()} and label them with {@link Applied#unit()}, so figures and labels agree.
 */
@Service
class PageScopes {

    /**
     * The scope in force and the unit it covers: one organization, one district, or the root (the district of the
     * demo, the province above several districts at scale).
     */
    record Applied(UnitScope scope, Unit unit) {

        /** Whether per-unit figures compare districts (a province's whole tree) rather than organizations. */
        boolean comparesDistricts() {
            return scope.organizationId() == null && scope.districtId() == null && unit.level() == UnitLevel.PROVINCE;
        }
    }

    private final AccessGuard guard;
    private final UnitService units;

    PageScopes(AccessGuard guard, UnitService units) {
        this.guard = guard;
        this.units = units;
    }

    @Transactional(readOnly = true)
    Applied apply(UnitScope requested) {
        UnitScope applied = guard.restrict(requested);
        Unit unit = applied.organizationId() != null ? units.byId(applied.organizationId()).orElseThrow()
                : applied.districtId() != null ? units.byId(applied.districtId()).orElseThrow()
                : units.district().orElseThrow();
        return new Applied(applied, unit);
    }
}
