package vn.binhthuy.partybuilding.dashboard;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitHit;
import vn.binhthuy.partybuilding.units.UnitLevel;
import vn.binhthuy.partybuilding.units.UnitSearch;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.List;
import java.util.Optional;

/**
 * Jumping to a unit's page: the organizations and cells the signed-in user may open, found by name, and the ones
 * before and after the page shown (a secretary only ever finds and steps within their own organization, a district's
 * leadership within their district).
 */
@Service
@Transactional(readOnly = true)
public class UnitNavigation {

    private final UnitSearch search;
    private final AccessGuard guard;
    private final UnitService units;

    public UnitNavigation(UnitSearch search, AccessGuard guard, UnitService units) {
        this.search = search;
        this.guard = guard;
        this.units = units;
    }

    public List<UnitHit> find(String text, Integer year, int offset, int limit) {
        guard.requireDataAccess();
        return search.find(text, year, guard.confinedToOrganization().orElse(null),
                guard.confinedToDistrict().orElse(null), offset, limit);
    }

    /** The previous and next unit beside this one that the user may open; none beside a unit they may not see. */
    public UnitSearch.Siblings siblings(long unitId, Integer year) {
        try {
            guard.checkUnit(unitId);
        } catch (AccessDeniedException e) {
            // the page itself refuses the unit; its neighbours are not offered either
            return new UnitSearch.Siblings(Optional.empty(), Optional.empty());
        }
        UnitSearch.Siblings siblings = search.siblings(unitId, year);
        return new UnitSearch.Siblings(siblings.previous().filter(this::mayOpen), siblings.next().filter(this::mayOpen));
    }

    public Optional<Long> idOf(String unitCode) {
        return units.byCode(unitCode).map(Unit::id);
    }

    private boolean mayOpen(UnitHit unit) {
        // a secretary's organization has no neighbours of its own level they may open, nor a district leader's district
        return guard.mayRead(unit.id());
    }
}
