package vn.binhthuy.partybuilding.units;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

@Service
@Transactional(readOnly = true)
public class UnitService {

    private final UnitQueries queries;

    public UnitService(UnitQueries queries) {
        this.queries = queries;
    }

    /**
     * The root of the hierarchy the dashboard opens on: the district in the Bình Thủy demo, the province (or city)
     * when the data holds several districts (scale tests). Its figures cover every organization below it.
     */
    public Optional<Unit> district() {
        return queries.findRoot();
    }

    /** The committee of the root ("Quận ủy Bình Thủy" in the demo); empty before the register holds a root. */
    public Optional<Committee> rootCommittee() {
        return district().flatMap(Committee::of);
    }

    /**
     * The units this one continues, step by step back (latest first); empty for a unit that was never moved, merged
     * or taken out of a dissolved level. Its trend shows their figures before each step.
     */
    public List<Succession> predecessors(long unitId) {
        return queries.predecessors(unitId);
    }

    public Optional<Unit> byCode(String code) {
        return queries.findByCode(code);
    }

    /** Grassroots organizations (TCCSĐ) below the root that existed in the given year. */
    public List<Unit> organizations(int year) {
        return queries.findOrganizations().stream().filter(u -> u.isValidIn(year)).toList();
    }

    public Optional<Unit> byId(long id) {
        return queries.findById(id);
    }

    /** The units above this one, from the root down to its parent (a breadcrumb's links); none above the root. */
    public List<Unit> ancestors(Unit unit) {
        java.util.LinkedList<Unit> above = new java.util.LinkedList<>();
        Long parent = unit.parentId();
        while (parent != null) {
            Unit next = queries.findById(parent).orElseThrow();
            above.addFirst(next);
            parent = next.parentId();
        }
        return List.copyOf(above);
    }

    /** The district with this code below a province root; empty for the root itself or any other unit. */
    public Optional<Unit> districtByCode(String code) {
        return queries.findByCode(code).filter(u -> u.level() == UnitLevel.DISTRICT && u.parentId() != null);
    }

    /** The kinds a grassroots organization can be, in display order. */
    public List<UnitKind> organizationKinds() {
        return kinds(UnitLevel.GRASSROOTS);
    }

    /** The kinds a unit of the level can be, in display order. */
    public List<UnitKind> kinds(UnitLevel level) {
        return queries.kinds(level);
    }

    /** The grassroots organization a unit belongs to: itself for a TCCSĐ, its parent for a cell. */
    public Optional<Unit> organizationOf(Unit unit) {
        return switch (unit.level()) {
            case GRASSROOTS -> Optional.of(unit);
            case CELL -> queries.findById(unit.parentId());
            case PROVINCE, DISTRICT -> Optional.empty();
        };
    }

    /** The cells directly below a grassroots organization, in display order. */
    public List<Unit> cells(long organizationId) {
        return queries.findChildren(organizationId);
    }

    /**
     * The year whose organizations a register shows today: this year, or the last year the organizations existed
     * once the district has been dissolved (the demo district ends in 2025).
     */
    public int currentOrLastYear(int thisYear) {
        return queries.lastOrganizationYear(thisYear);
    }

    /** Whether members belong directly to this unit: a cell, or a grassroots organization without cells. */
    public boolean holdsMembers(Unit unit) {
        return unit.level() == UnitLevel.CELL
                || (unit.level() == UnitLevel.GRASSROOTS && queries.findChildren(unit.id()).isEmpty());
    }

    /** The cells (or cell-less organizations) members can belong to in the year, optionally of one organization. */
    public List<MemberHome> memberHomes(int year, Long organizationId) {
        return queries.findMemberHomes(year, organizationId);
    }

    /** The units a user account can be bound to: the root, any districts below it, the grassroots organizations. */
    public List<Unit> assignableUnits() {
        return queries.findAboveCells();
    }
}
