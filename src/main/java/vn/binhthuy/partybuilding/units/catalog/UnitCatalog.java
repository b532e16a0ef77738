package vn.binhthuy.partybuilding.units.catalog;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitKind;
import vn.binhthuy.partybuilding.units.UnitLevel;
import vn.binhthuy.partybuilding.units.UnitService;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Organization Board keeps the hierarchy: new grassroots organizations and cells, names, and the years a unit
 * existed (units merge, split and are dissolved). A unit's years must lie within its parent's, contain its
 * children's, and keep every year in which it has ratings, findings, plans or reviews, so no figure loses its unit.
 */
@Service
public class UnitCatalog {

    static final int FIRST_YEAR = 1930;
    static final int LAST_YEAR = 2100;
    static final String CODE_PATTERN = "[a-z0-9][a-z0-9-]{1,39}";

    private final UnitCatalogQueries queries;
    private final UnitRepository repository;
    private final UnitService units;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final Clock clock;

    UnitCatalog(UnitCatalogQueries queries, UnitRepository repository, UnitService units, AccessGuard guard,
                AuditLog audit, Clock clock) {
        this.queries = queries;
        this.repository = repository;
        this.units = units;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    /** The units directly below a parent (null = the top of the hierarchy), over all years. */
    @Transactional(readOnly = true)
    public List<CatalogUnit> children(Long parentId) {
        guard.requireOrganizationBoard();
        return queries.children(parentId);
    }

    /** One unit as the catalog shows it, over all its years. */
    @Transactional(readOnly = true)
    public java.util.Optional<CatalogUnit> unit(long id) {
        guard.requireOrganizationBoard();
        return queries.byId(id);
    }

    /** The kinds a unit can be: those of its own level. */
    public List<UnitKind> kindsFor(UnitLevel level) {
        return units.kinds(level);
    }

    /** The level a new unit under the parent has: district under the province, grassroots under a district, cell under a grassroots one. */
    public static UnitLevel childLevel(CatalogUnit parent) {
        return switch (parent.level()) {
            case PROVINCE -> UnitLevel.DISTRICT;
            case DISTRICT -> UnitLevel.GRASSROOTS;
            case GRASSROOTS -> UnitLevel.CELL;
            case CELL -> throw new InvalidInputException("unit.error.no-children");
        };
    }

    /**
     * The first year a new unit under the parent gets unless the Board types another: this year, or the parent's
     * last year when the parent has ended (the demo district ends in 2025).
     */
    public int suggestedFirstYear(CatalogUnit parent) {
        int thisYear = Year.now(clock).getValue();
        return parent.validToYear() == null ? thisYear : Math.min(thisYear, parent.validToYear());
    }

    @Transactional
    public long create(CatalogUnit parent, UnitDraft draft) {
        guard.requireOrganizationBoard();
        UnitLevel level = childLevel(parent);
        String code = newCode(draft.code());
        Checked checked = check(draft, level);
        CatalogUnit current = queries.byId(parent.id()).orElseThrow(() -> new InvalidInputException("unit.error.parent"));
        checkWithinParent(current, checked);
        // a cell-less organization holds its members itself; its first cell would leave them without a cell
        if (level == UnitLevel.CELL && current.children() == 0 && queries.membersDirectlyIn(current.id()) > 0) {
            throw new InvalidInputException("unit.error.parent-holds-members");
        }
        long id;
        try {
            id = repository.save(Unit.create(code, parent.id(), checked.kind, level, checked.name, checked.shortName,
                    checked.from, checked.to, checked.sortOrder)).id();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("unit.error.code-taken");
        }
        audit.record(AuditAction.RECORD_CREATED, "UNIT", code, checked.name, null, values(code, checked));
        return id;
    }

    @Transactional
    public void change(CatalogUnit read, UnitDraft draft) {
        guard.requireOrganizationBoard();
        Checked checked = check(draft, read.level());
        if (read.parentId() != null) {
            checkWithinParent(queries.byId(read.parentId()).orElseThrow(), checked);
        }
        int to = checked.to == null ? LAST_YEAR : checked.to;
        queries.childYears(read.id(), LAST_YEAR).ifPresent(years -> {
            if (years[0] < checked.from || years[1] > to) {
                throw new InvalidInputException("unit.error.children-years");
            }
        });
        queries.yearWithDataOutside(read.id(), checked.from, to).ifPresent(year -> {
            throw new InvalidInputException("unit.error.data-outside", year);
        });
        boolean ends = checked.to != null && !checked.to.equals(read.validToYear());
        if (ends && queries.membersAfter(read.id(), checked.to) > 0) {
            throw new InvalidInputException("unit.error.members-after", checked.to);
        }
        Unit stored = repository.findById(read.id())
                .orElseThrow(() -> new OptimisticLockingFailureException("Unit " + read.code() + " is gone"));
        repository.save(stored.changed(checked.kind, checked.name, checked.shortName, checked.from, checked.to,
                checked.sortOrder, read.version()));
        audit.record(AuditAction.RECORD_UPDATED, "UNIT", read.code(), checked.name,
                values(read.code(), new Checked(read.kindCode(), read.name(), read.shortName(), read.validFromYear(),
                        read.validToYear(), read.sortOrder())),
                values(read.code(), checked));
    }

    /**
     * A unit as an import writes it: identified by its code, placed under its parent's code (null: the root), with
     * its level decided by the import's check; readVersion is the stored version the check saw (null: a new unit).
     */
    public record ImportedUnit(String code, String parentCode, String kindCode, UnitLevel level, String name,
                               String shortName, int validFromYear, Integer validToYear, int sortOrder,
                               Integer readVersion) {}

    /**
     * Writes an import's new and corrected units, parents before children (the caller's order), in the caller's
     * transaction; the import audits the file as a whole. A corrected unit keeps its code, parent and level, and its
     * years must keep every year with figures and every member assigned — the same rules as {@link #change}.
     */
    @Transactional
    public void saveImported(List<ImportedUnit> imported) {
        guard.requireOrganizationBoard();
        Map<String, Long> ids = new java.util.HashMap<>();
        for (ImportedUnit unit : imported) {
            Long parentId = unit.parentCode() == null ? null
                    : ids.computeIfAbsent(unit.parentCode(), code -> units.byCode(code).map(Unit::id)
                            .orElseThrow(() -> new InvalidInputException("unit.error.parent")));
            if (unit.readVersion() == null) {
                Unit saved = repository.save(new Unit(0, unit.code(), parentId, unit.kindCode(), unit.level(),
                        unit.name(), unit.shortName(), unit.validFromYear(), unit.validToYear(), unit.sortOrder(),
                        null));
                ids.put(unit.code(), saved.id());
            } else {
                Unit stored = units.byCode(unit.code())
                        .orElseThrow(() -> new OptimisticLockingFailureException("Unit " + unit.code() + " is gone"));
                int to = unit.validToYear() == null ? LAST_YEAR : unit.validToYear();
                queries.yearWithDataOutside(stored.id(), unit.validFromYear(), to).ifPresent(year -> {
                    throw new InvalidInputException("unit.error.data-outside", year);
                });
                if (unit.validToYear() != null && !unit.validToYear().equals(stored.validToYear())
                        && queries.membersAfter(stored.id(), unit.validToYear()) > 0) {
                    throw new InvalidInputException("unit.error.members-after", unit.validToYear());
                }
                repository.save(stored.changed(unit.kindCode(), unit.name(), unit.shortName(), unit.validFromYear(),
                        unit.validToYear(), unit.sortOrder(), unit.readVersion()));
                ids.put(unit.code(), stored.id());
            }
        }
    }

    /** A code typed for a new unit, trimmed and in lower case; refused when malformed or taken. */
    String newCode(String typed) {
        String code = typed == null ? "" : typed.trim().toLowerCase(java.util.Locale.ROOT);
        if (!code.matches(CODE_PATTERN)) {
            throw new InvalidInputException("unit.error.code");
        }
        if (queries.codeExists(code)) {
            throw new InvalidInputException("unit.error.code-taken");
        }
        return code;
    }

    /** A name or short name as stored: trimmed, NFC; refused when empty or longer than the column. */
    static String checkedName(String typed, int maxLength, String errorKey) {
        String name = nfc(typed);
        if (name.isEmpty() || name.length() > maxLength) {
            throw new InvalidInputException(errorKey);
        }
        return name;
    }

    private record Checked(String kind, String name, String shortName, int from, Integer to, int sortOrder) {}

    private Checked check(UnitDraft draft, UnitLevel level) {
        if (draft.kindCode() == null || queries.kindLevel(draft.kindCode()).filter(l -> l == level).isEmpty()) {
            throw new InvalidInputException("unit.error.kind");
        }
        String name = checkedName(draft.name(), 200, "unit.error.name");
        String shortName = checkedName(draft.shortName(), 100, "unit.error.short-name");
        Integer from = draft.validFromYear();
        Integer to = draft.validToYear();
        if (from == null || from < FIRST_YEAR || from > LAST_YEAR || (to != null && (to < from || to > LAST_YEAR))) {
            throw new InvalidInputException("unit.error.years");
        }
        int sortOrder = draft.sortOrder() == null ? 0 : draft.sortOrder();
        if (sortOrder < 0 || sortOrder > 9999) {
            throw new InvalidInputException("unit.error.sort-order");
        }
        return new Checked(draft.kindCode(), name, shortName, from, to, sortOrder);
    }

    private static void checkWithinParent(CatalogUnit parent, Checked unit) {
        int parentTo = parent.validToYear() == null ? LAST_YEAR : parent.validToYear();
        int to = unit.to == null ? LAST_YEAR : unit.to;
        if (unit.from < parent.validFromYear() || to > parentTo) {
            throw new InvalidInputException("unit.error.parent-years");
        }
    }

    private static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text.trim(), Normalizer.Form.NFC);
    }

    private static Map<String, Object> values(String code, Checked unit) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("code", code);
        values.put("kind", unit.kind);
        values.put("name", unit.name);
        values.put("shortName", unit.shortName);
        values.put("validFromYear", unit.from);
        values.put("validToYear", unit.to == null ? "" : unit.to);
        values.put("sortOrder", unit.sortOrder);
        return values;
    }
}
