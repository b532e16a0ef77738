package vn.binhthuy.partybuilding.dashboard;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitScope;
import vn.binhthuy.partybuilding.units.UnitService;

/**
 * The scope a page's figures will actually have: the one requested, narrowed by {@link AccessGuard} (a secretary's
 * district-wide request becomes their own organization), with the unit to name it by. Views ask for their figures
 * with {@link Applied#scope()} and label them with {@link Applied#unit()}, so figures and labels agree.
 */
@Service
class PageScopes {

    /** The scope in force and the unit it covers (the district when it is not one organization). */
    record Applied(UnitScope scope, Unit unit) {}

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
                : units.district().orElseThrow();
        return new Applied(applied, unit);
    }
}
