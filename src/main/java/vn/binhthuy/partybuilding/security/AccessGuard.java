package vn.binhthuy.partybuilding.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitScope;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.Optional;

/**
 * Who may read which figures, enforced by the services (not by hiding buttons):
 * the Organization Board reads everything; leadership reads the subtree its role is granted on (the root, or no
 * unit: everything; a district below a province: that district, and figures of the whole tree are narrowed to it);
 * a grassroots secretary reads only their own organization and its cells, and wider figures are narrowed to that
 * organization for them; administrators and anonymous users read no party data at all.
 */
@Component
public class AccessGuard {

    private final CurrentUser currentUser;
    private final UnitService units;

    public AccessGuard(CurrentUser currentUser, UnitService units) {
        this.currentUser = currentUser;
        this.units = units;
    }

    private boolean readsEverything() {
        return currentUser.has(Role.LEADERSHIP) || currentUser.has(Role.ORG_BOARD);
    }

    /**
     * The district the current user is confined to: leadership (without the Board's role) granted on a district
     * below the root. Leadership granted on the root, or on no unit, reads the whole tree.
     */
    public Optional<Long> confinedToDistrict() {
        if (currentUser.has(Role.ORG_BOARD) || !currentUser.has(Role.LEADERSHIP)) {
            return Optional.empty();
        }
        return currentUser.get().map(PartyUser::districtId);
    }

    /** The organization the current user is confined to, when they are a secretary without a wider role. */
    public Optional<Long> confinedToOrganization() {
        if (readsEverything() || !currentUser.has(Role.SECRETARY)) {
            return Optional.empty();
        }
        return Optional.of(currentUser.get().map(PartyUser::organizationId)
                .orElseThrow(() -> new AccessDeniedException("A secretary must be bound to an organization")));
    }

    /** Whether the current user may read party data at all (the administrator may not). */
    public boolean readsPartyData() {
        return readsEverything() || currentUser.has(Role.SECRETARY);
    }

    /** Fails unless the current user may read party data at all. */
    public void requireDataAccess() {
        if (!readsPartyData()) {
            throw new AccessDeniedException("No role to read party data");
        }
    }

    /** Fails for users confined to one organization or district: the figure would show others. */
    public void requireWholeDistrict() {
        requireDataAccess();
        if (confinedToOrganization().isPresent() || confinedToDistrict().isPresent()) {
            throw new AccessDeniedException("District-wide breakdown is not for a secretary");
        }
    }

    /**
     * The scope the current user may see of the one requested: narrowed to a secretary's organization or a
     * district leader's district, refused when it names an organization or district outside it.
     */
    public UnitScope restrict(UnitScope requested) {
        requireDataAccess();
        Optional<Long> district = confinedToDistrict();
        if (district.isPresent()) {
            return withinDistrict(requested, district.get());
        }
        Optional<Long> own = confinedToOrganization();
        if (own.isEmpty()) {
            return requested;
        }
        if (requested.organizationId() != null && !requested.organizationId().equals(own.get())) {
            throw new AccessDeniedException("Organization " + requested.organizationId() + " is not the user's");
        }
        if (requested.districtId() != null && !inDistrict(own.get(), requested.districtId())) {
            throw new AccessDeniedException("District " + requested.districtId() + " is not the user's");
        }
        return UnitScope.organization(own.get());
    }

    private UnitScope withinDistrict(UnitScope requested, long district) {
        if (requested.districtId() != null && requested.districtId() != district) {
            throw new AccessDeniedException("District " + requested.districtId() + " is not the user's");
        }
        if (requested.organizationId() != null && !inDistrict(requested.organizationId(), district)) {
            throw new AccessDeniedException("Organization " + requested.organizationId() + " is not in the user's district");
        }
        return requested.withDistrict(district);
    }

    /** Whether the unit is the district, one of its organizations or a cell of one. */
    private boolean inDistrict(long unitId, long district) {
        if (unitId == district) {
            return true;
        }
        return units.byId(unitId).flatMap(units::organizationOf)
                .map(organization -> organization.parentId() != null && organization.parentId() == district)
                .orElse(false);
    }

    public void checkOrganization(long organizationId) {
        restrict(UnitScope.organization(organizationId));
    }

    /** Fails unless the unit (a district, an organization or a cell) lies within what the current user may see. */
    public void checkUnit(long unitId) {
        requireDataAccess();
        Optional<Long> district = confinedToDistrict();
        if (district.isPresent() && !inDistrict(unitId, district.get())) {
            throw new AccessDeniedException("Unit " + unitId + " is not in the user's district");
        }
        Optional<Long> own = confinedToOrganization();
        if (own.isPresent()) {
            long organization = units.byId(unitId).flatMap(units::organizationOf).map(Unit::id)
                    .orElseThrow(() -> new AccessDeniedException("Unknown unit " + unitId));
            if (organization != own.get()) {
                throw new AccessDeniedException("Unit " + unitId + " is not in the user's organization");
            }
        }
    }

    /** Fails unless the current user maintains data: the Organization Board, or a secretary (for their own). */
    public void requireEditor() {
        if (!currentUser.has(Role.ORG_BOARD) && !currentUser.has(Role.SECRETARY)) {
            throw new AccessDeniedException("Read-only role");
        }
    }

    /** Fails unless the current user is on the Organization Board, which alone keeps the reference data. */
    public void requireOrganizationBoard() {
        if (!currentUser.has(Role.ORG_BOARD)) {
            throw new AccessDeniedException("Reference data is kept by the Organization Board");
        }
    }

    /** Fails unless the current user may change data of this grassroots organization (an editor, within scope). */
    public void requireEditorOf(long organizationId) {
        requireEditor();
        checkOrganization(organizationId);
    }

    /** Fails unless the current user may change data of this unit (an organization or a cell; an editor, within scope). */
    public void requireEditorOfUnit(long unitId) {
        requireEditor();
        checkUnit(unitId);
    }

    /** Whether the current user may read the figures of this unit (a district, an organization or a cell). */
    public boolean mayRead(long unitId) {
        return allowed(() -> checkUnit(unitId));
    }

    /** Whether the current user reads only part of the tree: a secretary's organization, a leader's district. */
    public boolean confined() {
        return confinedToOrganization().isPresent() || confinedToDistrict().isPresent();
    }

    /** Whether the current user may change data of this unit (an organization or a cell). */
    public boolean mayEditUnit(long unitId) {
        return allowed(() -> requireEditorOfUnit(unitId));
    }

    /** Whether the current user may change data of this grassroots organization. */
    public boolean mayEditOrganization(long organizationId) {
        return allowed(() -> requireEditorOf(organizationId));
    }

    private static boolean allowed(Runnable check) {
        try {
            check.run();
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /** Member names are for those who maintain the data: the Organization Board, and a secretary for their own. */
    public boolean mayReadMemberNames(long organizationId) {
        return currentUser.has(Role.ORG_BOARD)
                || (currentUser.has(Role.SECRETARY) && confinedToOrganization().map(o -> o == organizationId).orElse(false));
    }
}
