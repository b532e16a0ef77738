package vn.binhthuy.partybuilding.dashboard;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.List;
import java.util.Optional;

/** The frame every dashboard page reads first (see {@link PageFrame}), and the unit a drill-down click leads to. */
@Service
@Transactional(readOnly = true)
class PageFrames {

    private final ClassificationService classification;
    private final UnitService units;
    private final AccessGuard guard;

    PageFrames(ClassificationService classification, UnitService units, AccessGuard guard) {
        this.classification = classification;
        this.units = units;
        this.guard = guard;
    }

    PageFrame frame() {
        return new PageFrame(classification.ratedYears(), units.organizationKinds(),
                guard.confinedToOrganization().flatMap(units::byId), guard.confinedToDistrict().flatMap(units::byId));
    }

    /** The units above this one, root first, for its breadcrumb. */
    List<Unit> above(Unit unit) {
        return units.ancestors(unit);
    }

    /** The unit a clicked chart item names by its code (its page checks access when it opens). */
    Optional<Unit> unitByCode(String code) {
        return units.byCode(code);
    }
}
