package vn.binhthuy.partybuilding.importing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.units.UnitService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What the import page offers the signed-in user: the kinds of record they may import (the register only to the
 * Organization Board), in the order that works on an empty database, what each kind already holds, the
 * organizations and years a file can be imported into; and the steps themselves, delegated to the chosen kind.
 */
@Service
public class ImportPage {

    /** A step of the guided start: a kind of record and how many the committee already holds. */
    public record Step(ImportKind kind, long loaded) {}

    private final List<ImportKind> kinds;
    private final UnitService units;
    private final AccessGuard guard;
    private final ImportQueries queries;
    private final Clock clock;

    public ImportPage(List<ImportKind> kinds, UnitService units, AccessGuard guard, ImportQueries queries,
                      Clock clock) {
        this.kinds = kinds.stream().sorted(Comparator.comparingInt(ImportKind::order)).toList();
        this.units = units;
        this.guard = guard;
        this.queries = queries;
        this.clock = clock;
    }

    /** The kinds the current user may import, in the guided order. */
    public List<ImportKind> kinds() {
        boolean board = keepsTheRegister();
        return kinds.stream().filter(k -> board || k.reach() == ImportKind.Reach.ORGANIZATION).toList();
    }

    /** Whether the current user imports for the whole committee (the Board), not for one organization. */
    public boolean keepsTheRegister() {
        guard.requireEditor();
        return guard.confinedToOrganization().isEmpty();
    }

    /** Every kind with how many records of it are loaded: the guided start, for the Organization Board. */
    @Transactional(readOnly = true)
    public List<Step> steps() {
        guard.requireOrganizationBoard();
        return kinds.stream().map(k -> new Step(k, k.loaded())).toList();
    }

    /** Whether the committee has no units yet: the page then leads with the guided start. */
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        guard.requireEditor();
        return units.district().isEmpty();
    }

    /**
     * Where a file of this kind can go: nothing to choose for the register; else the organizations of the year the
     * user may edit, the whole committee first for the Board when the kind takes a file of all organizations.
     */
    @Transactional(readOnly = true)
    public List<ImportTarget> targets(ImportKind kind, int year) {
        if (kind.reach() == ImportKind.Reach.COMMITTEE) {
            return List.of(ImportTarget.wholeCommittee());
        }
        var own = guard.confinedToOrganization();
        List<ImportTarget> organizations = units.organizations(year).stream()
                .filter(u -> own.map(id -> id == u.id()).orElse(true))
                .map(u -> new ImportTarget(u.id(), u.code(), u.name(), u.shortName())).toList();
        if (own.isEmpty() && kind.acceptsWholeCommittee()) {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(ImportTarget.wholeCommittee()),
                    organizations.stream()).toList();
        }
        return organizations;
    }

    /**
     * The years a yearly file can hold, newest first: from the first year a rating scale is defined for, up to this
     * year, or the last year the organizations existed once the committee was dissolved.
     */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        int last = lastYear();
        int first = Math.min(queries.firstScaleYear(), last);
        return IntStream.rangeClosed(first, last).boxed().sorted(Comparator.reverseOrder()).toList();
    }

    /** The year a clerk most likely loads next: the one after the newest member ratings, else the last year. */
    @Transactional(readOnly = true)
    public int suggestedYear() {
        int last = lastYear();
        return queries.newestRatedYear().map(y -> Math.min(y + 1, last)).orElse(last);
    }

    private int lastYear() {
        return units.currentOrLastYear(LocalDate.now(clock).getYear());
    }

    public byte[] template(ImportKind kind, ImportScope scope) {
        return kind.template(scope);
    }

    /** Checks a file, reporting how far it got to {@code progress}. */
    public CheckedImport check(ImportKind kind, ImportScope scope, String fileName, byte[] content,
                               ImportProgress progress) {
        return progress.during(() -> kind.check(scope, fileName, content));
    }

    /** Writes a checked file through the kind that checked it, reporting to {@code progress}. */
    public ImportResult apply(CheckedImport checked, ImportProgress progress) {
        ImportKind kind = kinds.stream().filter(k -> k.code().equals(checked.kind())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown import kind " + checked.kind()));
        return progress.during(() -> kind.apply(checked));
    }
}
