package vn.binhthuy.partybuilding.dashboard;

import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitKind;

import java.util.List;
import java.util.Optional;

/**
 * What every dashboard page needs before it can ask for its figures: the years with ratings (to read and correct the
 * URL's year), the kinds of organization (to read the kind filter), the organization a secretary is confined to and
 * the district a district's leadership is confined to.
 */
record PageFrame(List<Integer> ratedYears, List<UnitKind> organizationKinds, Optional<Unit> ownOrganization,
                 Optional<Unit> ownDistrict) {

    PageFrame {
        ratedYears = List.copyOf(ratedYears);
        organizationKinds = List.copyOf(organizationKinds);
    }

    Optional<UnitKind> kind(String code) {
        return organizationKinds.stream().filter(k -> k.code().equals(code)).findFirst();
    }
}
