package vn.binhthuy.partybuilding.units.catalog;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.base.ValidYears;
import vn.binhthuy.partybuilding.members.MemberTransfers;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.security.UserAccountService;
import vn.binhthuy.partybuilding.units.SuccessionKind;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitLevel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reorganizations over time: a unit moved to another parent, several units merged into one, a level dissolved (its
 * organizations go to the level above). A unit row has one parent for all its years, so from the year Y the units
 * involved end at Y−1 and continue as new rows from Y, linked in {@code unit_succession}; their units below that
 * still exist in Y continue under the new rows, and the members of all of them go on in the successors from 1/1/Y.
 * Nothing recorded is moved: the change is refused while a unit that ends has figures at or after Y.
 */
@Service
public class UnitReorganization {

    private final UnitCatalogQueries queries;
    private final UnitRepository repository;
    private final UnitCatalog catalog;
    private final MemberTransfers members;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final UserAccountService accounts;

    UnitReorganization(UnitCatalogQueries queries, UnitRepository repository, UnitCatalog catalog,
                       MemberTransfers members, AccessGuard guard, AuditLog audit, UserAccountService accounts) {
        this.accounts = accounts;
        this.queries = queries;
        this.repository = repository;
        this.catalog = catalog;
        this.members = members;
        this.guard = guard;
        this.audit = audit;
    }

    /** Whether a unit of the parent's level may stand directly below it (grassroots organizations also under a province). */
    static boolean mayHold(UnitLevel parent, UnitLevel child) {
        return switch (parent) {
            case PROVINCE -> child == UnitLevel.DISTRICT || child == UnitLevel.GRASSROOTS;
            case DISTRICT -> child == UnitLevel.GRASSROOTS;
            case GRASSROOTS -> child == UnitLevel.CELL;
            case CELL -> false;
        };
    }

    /** Where the unit can move to in the year: the units that may hold its level, except its present parent. */
    @Transactional(readOnly = true)
    public List<CatalogUnit> parentsFor(CatalogUnit unit, int year) {
        guard.requireOrganizationBoard();
        return holders(unit, year, unit.parentId());
    }

    /** The units valid in the year that may hold the unit's level, but the one excluded (null: none). */
    private List<CatalogUnit> holders(CatalogUnit unit, int year, Long excluded) {
        List<String> levels = java.util.Arrays.stream(UnitLevel.values()).filter(l -> mayHold(l, unit.level()))
                .map(Enum::name).toList();
        return levels.isEmpty() ? List.of() : queries.validIn(levels, year, excluded);
    }

    /**
     * The units that may be merged with this one in the year: of its level and valid then, under any parent (wards of
     * two districts can become one ward), those under its own parent first.
     */
    @Transactional(readOnly = true)
    public List<CatalogUnit> mergeCandidatesFor(CatalogUnit unit, int year) {
        guard.requireOrganizationBoard();
        return queries.validIn(List.of(unit.level().name()), year, unit.id()).stream()
                .sorted(Comparator.comparing(u -> !Objects.equals(u.parentId(), unit.parentId())))
                .toList();
    }

    /** Where the unit made of a merge can be placed in the year: the units that may hold its level, its own parent too. */
    @Transactional(readOnly = true)
    public List<CatalogUnit> mergeParentsFor(CatalogUnit unit, int year) {
        guard.requireOrganizationBoard();
        return holders(unit, year, null);
    }

    /** The code a unit continuing another gets unless the Board types one: the old code with the year. */
    @Transactional(readOnly = true)
    public String suggestedCode(CatalogUnit unit, int year) {
        return derivedCode(unit.code(), year, new HashSet<>());
    }

    /** What the request would change; refused, like {@link #apply}, when it is not possible. */
    @Transactional(readOnly = true)
    public ReorganizationPreview preview(ReorganizationRequest request) {
        guard.requireOrganizationBoard();
        Plan plan = plan(request);
        List<ReorganizationPreview.Successor> successors = plan.nodes.stream()
                .map(n -> new ReorganizationPreview.Successor(n.code, n.name, n.level,
                        n.parentNode == null ? n.existingParent.name() : n.parentNode.name, n.validToYear,
                        n.predecessors.stream().map(CatalogUnit::name).toList()))
                .toList();
        return new ReorganizationPreview(plan.year, List.copyOf(plan.ending.values()), successors,
                members.countContinuing(plan.continuing(), plan.year), accounts.accountsBoundTo(plan.ending.keySet()));
    }

    /** Carries the request out in one transaction; an outdated read of the chosen units changes nothing. */
    @Transactional
    public void apply(ReorganizationRequest request) {
        guard.requireOrganizationBoard();
        Plan plan = plan(request);
        Map<Long, Long> successorByUnit = new LinkedHashMap<>();
        Map<Node, Long> ids = new java.util.IdentityHashMap<>();
        for (Node node : plan.nodes) {
            long parentId = node.parentNode == null ? node.existingParent.id() : ids.get(node.parentNode);
            long id;
            try {
                id = repository.save(Unit.create(node.code, parentId, node.kindCode, node.level, node.name,
                        node.shortName, plan.year, node.validToYear, node.sortOrder)).id();
            } catch (DuplicateKeyException e) {
                throw new InvalidInputException("unit.error.code-taken");
            }
            ids.put(node, id);
            for (CatalogUnit predecessor : node.predecessors) {
                queries.insertSuccession(predecessor.id(), id, plan.year, node.kind);
                successorByUnit.put(predecessor.id(), id);
            }
            audit.record(AuditAction.RECORD_CREATED, "UNIT", node.code, node.name, null, Map.of("code", node.code,
                    "parentId", parentId, "validFromYear", plan.year, "kind", node.kind.name(),
                    "predecessors", node.predecessors.stream().map(CatalogUnit::code).toList()));
        }
        Map<Long, Integer> readVersions = new LinkedHashMap<>();
        request.units().forEach(u -> readVersions.put(u.id(), u.version()));
        for (CatalogUnit ending : plan.ending.values()) {
            Unit stored = repository.findById(ending.id())
                    .orElseThrow(() -> new OptimisticLockingFailureException("Unit " + ending.code() + " is gone"));
            int version = readVersions.getOrDefault(ending.id(), stored.version());
            repository.save(stored.changed(stored.kindCode(), stored.name(), stored.shortName(),
                    stored.validFromYear(), plan.year - 1, stored.sortOrder(), version));
            audit.record(AuditAction.RECORD_UPDATED, "UNIT", ending.code(), ending.name(),
                    Map.of("validToYear", ending.validToYear() == null ? "" : ending.validToYear()),
                    Map.of("validToYear", plan.year - 1, "reorganization", request.kind().name()));
        }
        int continued = members.continueInSuccessors(successorByUnit, plan.year);
        audit.record(AuditAction.RECORD_CREATED, "UNIT_SUCCESSION", request.kind().name() + " " + plan.year,
                request.kind().name() + " " + plan.year + ": " + String.join(", ",
                        request.units().stream().map(CatalogUnit::code).toList()), null,
                Map.of("kind", request.kind().name(), "fromYear", plan.year,
                        "ended", plan.ending.values().stream().map(CatalogUnit::code).toList(),
                        "created", plan.nodes.stream().map(n -> n.code).toList(), "members", continued));
    }

    /** A unit to create: under an existing parent, or under another new unit created before it. */
    private static final class Node {
        final String code;
        final String kindCode;
        final UnitLevel level;
        final String name;
        final String shortName;
        final int sortOrder;
        final Integer validToYear;
        final CatalogUnit existingParent;
        final Node parentNode;
        final List<CatalogUnit> predecessors;
        final SuccessionKind kind;

        Node(String code, String kindCode, UnitLevel level, String name, String shortName, int sortOrder,
             Integer validToYear, CatalogUnit existingParent, Node parentNode, List<CatalogUnit> predecessors,
             SuccessionKind kind) {
            this.code = code;
            this.kindCode = kindCode;
            this.level = level;
            this.name = name;
            this.shortName = shortName;
            this.sortOrder = sortOrder;
            this.validToYear = validToYear;
            this.existingParent = existingParent;
            this.parentNode = parentNode;
            this.predecessors = List.copyOf(predecessors);
            this.kind = kind;
        }
    }

    /** The units to create, parents first, and the units that end the year before. */
    private static final class Plan {
        final int year;
        final List<Node> nodes = new ArrayList<>();
        final Map<Long, CatalogUnit> ending = new LinkedHashMap<>();
        final Set<String> codes = new HashSet<>();

        Plan(int year) {
            this.year = year;
        }

        Set<Long> continuing() {
            Set<Long> units = new LinkedHashSet<>();
            nodes.forEach(n -> n.predecessors.forEach(p -> units.add(p.id())));
            return units;
        }
    }

    private Plan plan(ReorganizationRequest request) {
        if (request.kind() == null || request.units().isEmpty()) {
            throw new InvalidInputException("unit.reorg.error.units");
        }
        Integer year = request.fromYear();
        if (year == null || year <= UnitCatalog.FIRST_YEAR || year > UnitCatalog.LAST_YEAR) {
            throw new InvalidInputException("unit.error.years");
        }
        List<CatalogUnit> units = new ArrayList<>();
        for (CatalogUnit read : request.units()) {
            CatalogUnit current = queries.byId(read.id())
                    .orElseThrow(() -> new OptimisticLockingFailureException("Unit " + read.code() + " is gone"));
            // checked before anything is written; the saves check it again
            if (current.version() != read.version()) {
                throw new OptimisticLockingFailureException("Unit " + read.code() + " changed since it was read");
            }
            if (units.stream().anyMatch(u -> u.id() == current.id())) {
                throw new InvalidInputException("unit.reorg.error.units");
            }
            checkContinuesIn(current, year);
            units.add(current);
        }
        Plan plan = new Plan(year);
        switch (request.kind()) {
            case MOVE -> planMove(plan, request, single(units));
            case MERGE -> planMerge(plan, request, units);
            case DISSOLVE -> planDissolve(plan, single(units));
        }
        for (CatalogUnit ending : plan.ending.values()) {
            queries.yearWithDataOutside(ending.id(), ending.validFromYear(), year - 1)
                    .or(() -> queries.notebookYearFrom(ending.id(), year)).ifPresent(y -> {
                        throw new InvalidInputException("unit.reorg.error.data-after", ending.name(), y);
                    });
        }
        for (Node node : plan.nodes) {
            if (node.existingParent != null && plan.ending.containsKey(node.existingParent.id())) {
                throw new InvalidInputException("unit.reorg.error.cycle");
            }
        }
        return plan;
    }

    private static CatalogUnit single(List<CatalogUnit> units) {
        if (units.size() != 1) {
            throw new InvalidInputException("unit.reorg.error.units");
        }
        return units.getFirst();
    }

    /** The unit exists in the year and began before it (a unit that begins in Y is simply edited). */
    private static void checkContinuesIn(CatalogUnit unit, int year) {
        if (unit.validFromYear() >= year || !validIn(unit, year)) {
            throw new InvalidInputException("unit.reorg.error.year", unit.name(), year);
        }
    }

    private CatalogUnit newParent(Long parentId, int year, UnitLevel childLevel) {
        CatalogUnit parent = (parentId == null ? java.util.Optional.<CatalogUnit>empty() : queries.byId(parentId))
                .orElseThrow(() -> new InvalidInputException("unit.reorg.error.parent"));
        if (!validIn(parent, year)) {
            throw new InvalidInputException("unit.reorg.error.parent-year", parent.name(), year);
        }
        if (!mayHold(parent.level(), childLevel)) {
            throw new InvalidInputException("unit.reorg.error.parent-level", parent.name());
        }
        return parent;
    }

    private void planMove(Plan plan, ReorganizationRequest request, CatalogUnit unit) {
        CatalogUnit parent = newParent(request.newParentId(), plan.year, unit.level());
        if (Objects.equals(unit.parentId(), parent.id())) {
            throw new InvalidInputException("unit.reorg.error.same-parent", parent.name());
        }
        checkCellFor(parent, unit.level(), plan.year);
        String code = blank(request.code()) ? derivedCode(unit.code(), plan.year, plan.codes)
                : catalog.newCode(request.code());
        plan.codes.add(code);
        String name = blank(request.name()) ? unit.name() : UnitCatalog.checkedName(request.name(), 200, "unit.error.name");
        String shortName = blank(request.shortName()) ? unit.shortName()
                : UnitCatalog.checkedName(request.shortName(), 100, "unit.error.short-name");
        Node node = new Node(code, unit.kindCode(), unit.level(), name, shortName, unit.sortOrder(),
                earlier(unit.validToYear(), parent.validToYear()), parent, null, List.of(unit), SuccessionKind.MOVE);
        plan.nodes.add(node);
        plan.ending.put(unit.id(), unit);
        cascade(plan, unit, node);
    }

    private void planMerge(Plan plan, ReorganizationRequest request, List<CatalogUnit> units) {
        if (units.size() < 2) {
            throw new InvalidInputException("unit.reorg.error.merge-count");
        }
        UnitLevel level = units.getFirst().level();
        if (units.stream().anyMatch(u -> u.level() != level)) {
            throw new InvalidInputException("unit.reorg.error.merge-level");
        }
        CatalogUnit parent = newParent(request.newParentId(), plan.year, level);
        checkCellFor(parent, level, plan.year);
        String code = catalog.newCode(request.code());
        plan.codes.add(code);
        String name = UnitCatalog.checkedName(request.name(), 200, "unit.error.name");
        String shortName = UnitCatalog.checkedName(request.shortName(), 100, "unit.error.short-name");
        Integer to = units.stream().anyMatch(u -> u.validToYear() == null) ? null
                : units.stream().mapToInt(CatalogUnit::validToYear).max().orElseThrow();
        Node node = new Node(code, units.getFirst().kindCode(), level, name, shortName,
                units.stream().mapToInt(CatalogUnit::sortOrder).min().orElseThrow(),
                earlier(to, parent.validToYear()), parent, null, units, SuccessionKind.MERGE);
        plan.nodes.add(node);
        boolean withCells = false;
        for (CatalogUnit unit : units) {
            plan.ending.put(unit.id(), unit);
            withCells |= cascade(plan, unit, node);
        }
        // members held by a cell-less organization would be left without a cell beside the others' cells
        if (withCells && level == UnitLevel.GRASSROOTS) {
            for (CatalogUnit unit : units) {
                if (queries.children(unit.id()).stream().noneMatch(c -> validIn(c, plan.year))
                        && queries.membersAfter(unit.id(), plan.year - 1) > 0) {
                    throw new InvalidInputException("unit.reorg.error.members-without-cell", unit.name());
                }
            }
        }
    }

    private void planDissolve(Plan plan, CatalogUnit unit) {
        CatalogUnit parent = unit.parentId() == null ? null : queries.byId(unit.parentId()).orElse(null);
        if (parent == null || !validIn(parent, plan.year)) {
            throw new InvalidInputException("unit.reorg.error.dissolve-top", unit.name());
        }
        plan.ending.put(unit.id(), unit);
        for (CatalogUnit child : queries.children(unit.id())) {
            if (child.validFromYear() > plan.year) {
                throw new InvalidInputException("unit.reorg.error.later-child", child.name(), plan.year);
            }
            if (!validIn(child, plan.year)) {
                continue;
            }
            if (!mayHold(parent.level(), child.level())) {
                throw new InvalidInputException("unit.reorg.error.dissolve-level", unit.name(), parent.name());
            }
            String code = derivedCode(child.code(), plan.year, plan.codes);
            plan.codes.add(code);
            Node node = new Node(code, child.kindCode(), child.level(), child.name(), child.shortName(),
                    child.sortOrder(), earlier(child.validToYear(), parent.validToYear()), parent, null,
                    List.of(child), SuccessionKind.DISSOLVE);
            plan.nodes.add(node);
            plan.ending.put(child.id(), child);
            cascade(plan, child, node);
        }
        if (queries.membersAfter(unit.id(), plan.year - 1) > 0) {
            throw new InvalidInputException("unit.error.members-after", plan.year - 1);
        }
    }

    /**
     * The units below the predecessor that still exist in the year continue below its successor (and so on down).
     * Returns whether there were any.
     */
    private boolean cascade(Plan plan, CatalogUnit predecessor, Node successor) {
        boolean any = false;
        for (CatalogUnit child : queries.children(predecessor.id())) {
            if (child.validFromYear() > plan.year) {
                throw new InvalidInputException("unit.reorg.error.later-child", child.name(), plan.year);
            }
            if (!validIn(child, plan.year)) {
                continue;
            }
            any = true;
            String code = derivedCode(child.code(), plan.year, plan.codes);
            plan.codes.add(code);
            Node node = new Node(code, child.kindCode(), child.level(), child.name(), child.shortName(),
                    child.sortOrder(), earlier(child.validToYear(), successor.validToYear), null, successor,
                    List.of(child), SuccessionKind.MOVE);
            plan.nodes.add(node);
            plan.ending.put(child.id(), child);
            cascade(plan, child, node);
        }
        return any;
    }

    /** A cell-less organization holds its members itself: a first cell moved in would leave them without one. */
    private void checkCellFor(CatalogUnit parent, UnitLevel childLevel, int year) {
        if (childLevel == UnitLevel.CELL && queries.children(parent.id()).stream().noneMatch(c -> validIn(c, year))
                && queries.membersDirectlyIn(parent.id()) > 0) {
            throw new InvalidInputException("unit.error.parent-holds-members");
        }
    }

    /** The old code with the year (shortened to fit), and a number after it while that is taken. */
    private String derivedCode(String code, int year, Set<String> planned) {
        String base = code.replaceFirst("-(19|20|21)\\d\\d(-\\d+)?$", "");
        base = base.substring(0, Math.min(base.length(), 32)) + "-" + year;
        String candidate = base;
        for (int n = 2; planned.contains(candidate) || queries.codeExists(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private static boolean validIn(CatalogUnit unit, int year) {
        return ValidYears.include(unit.validFromYear(), unit.validToYear(), year);
    }

    private static Integer earlier(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.min(a, b));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
