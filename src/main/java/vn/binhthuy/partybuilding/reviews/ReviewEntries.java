package vn.binhthuy.partybuilding.reviews;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.security.CurrentUser;
import vn.binhthuy.partybuilding.security.PartyUser;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Adding, correcting and removing notebook entries and review delegations of an organization (or one of its cells);
 * validated, audited, and written through their aggregates: a change or removal based on an outdated read is refused
 * by the version, and one of another organization is not found.
 */
@Service
public class ReviewEntries {

    private final ReviewRepository reviews;
    private final NotebookRepository notebook;
    private final ReviewQueries queries;
    private final AccessGuard guard;
    private final UnitService units;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    public ReviewEntries(ReviewRepository reviews, NotebookRepository notebook, ReviewQueries queries,
                         AccessGuard guard, UnitService units, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.reviews = reviews;
        this.notebook = notebook;
        this.queries = queries;
        this.guard = guard;
        this.units = units;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean mayEdit(long organizationId) {
        return guard.mayEditOrganization(organizationId);
    }

    @Transactional
    public void addNotebookEntry(long organizationId, long unitId, LocalDate date, NotebookKind kind, String content) {
        authorize(organizationId, unitId);
        checkNotebookEntry(date, kind, content);
        String author = currentUser.get().map(PartyUser::displayName).or(currentUser::username).orElse("");
        notebook.save(NotebookNote.of(unitId, organizationId, date, kind, content.trim(), author));
        audit.record(AuditAction.RECORD_CREATED, "NOTEBOOK_ENTRY", String.valueOf(unitId), null, null,
                Map.of("date", date.toString(), "kind", kind.name(), "content", content.trim()));
    }

    /** A review of the unit as a collective. */
    @Transactional
    public void addDelegation(long organizationId, long unitId, int year, ReviewParticipation participation,
                              LocalDate date, String headName, String note) {
        addDelegation(organizationId, unitId, year, null, participation, date, headName, note);
    }

    /** A review of the unit as a collective (memberId null) or of one of its members (an individual review). */
    @Transactional
    public void addDelegation(long organizationId, long unitId, int year, Long memberId,
                              ReviewParticipation participation, LocalDate date, String headName, String note) {
        authorize(organizationId, unitId);
        checkDelegation(year, participation, date, headName);
        checkNote(note);
        if (memberId != null && !queries.memberInUnitDuring(memberId, unitId, year)) {
            throw new InvalidInputException("entry.error.member");
        }
        try {
            reviews.save(Review.of(year, unitId, organizationId, memberId, participation, date, headName.trim(),
                    blankToNull(note)));
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("entry.error.duplicate-review");
        }
        audit.record(AuditAction.RECORD_CREATED, "REVIEW_DELEGATION", unitId + "/" + year, null, null,
                Map.of("participation", participation.name(), "date", date.toString(), "head", headName.trim(),
                        "member", String.valueOf(memberId)));
    }

    /** Corrects a notebook entry read earlier; refused if someone changed or removed it meanwhile. */
    @Transactional
    public void changeNotebookEntry(long organizationId, NotebookEntry read, long unitId, LocalDate date,
                                    NotebookKind kind, String content) {
        authorize(organizationId, unitId);
        checkNotebookEntry(date, kind, content);
        notebook.save(current(organizationId, read).corrected(unitId, date, kind, content.trim()));
        audit.record(AuditAction.RECORD_UPDATED, "NOTEBOOK_ENTRY", String.valueOf(read.id()), null,
                Map.of("unit", read.unitId(), "date", read.entryDate().toString(), "kind", read.kind().name(),
                        "content", read.content()),
                Map.of("unit", unitId, "date", date.toString(), "kind", kind.name(), "content", content.trim()));
    }

    @Transactional
    public void removeNotebookEntry(long organizationId, NotebookEntry read) {
        authorize(organizationId, read.unitId());
        notebook.delete(current(organizationId, read));
        audit.record(AuditAction.RECORD_DELETED, "NOTEBOOK_ENTRY", String.valueOf(read.id()), null,
                Map.of("unit", read.unitId(), "date", read.entryDate().toString(), "kind", read.kind().name(),
                        "content", read.content()), null);
    }

    /** Corrects a review delegation; an individual review stays with its member's unit. */
    @Transactional
    public void changeDelegation(long organizationId, ReviewDelegation read, long unitId,
                                 ReviewParticipation participation, LocalDate date, String headName, String note) {
        long unit = read.individual() ? read.unitId() : unitId;
        authorize(organizationId, unit);
        checkDelegation(read.year(), participation, date, headName);
        checkNote(note);
        try {
            reviews.save(current(organizationId, read).corrected(unit, participation, date, headName.trim(),
                    blankToNull(note)));
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("entry.error.duplicate-review");
        }
        audit.record(AuditAction.RECORD_UPDATED, "REVIEW_DELEGATION", String.valueOf(read.id()), null,
                Map.of("unit", read.unitId(), "participation", read.participation().name(),
                        "date", read.reviewDate().toString(), "head", read.headName()),
                Map.of("unit", unit, "participation", participation.name(), "date", date.toString(),
                        "head", headName.trim()));
    }

    @Transactional
    public void removeDelegation(long organizationId, ReviewDelegation read) {
        authorize(organizationId, read.unitId());
        reviews.delete(current(organizationId, read));
        audit.record(AuditAction.RECORD_DELETED, "REVIEW_DELEGATION", String.valueOf(read.id()), null,
                Map.of("unit", read.unitId(), "participation", read.participation().name(),
                        "date", read.reviewDate().toString(), "head", read.headName()), null);
    }

    /**
     * Writes the new and corrected review delegations of an import (organizationId null: of the Organization Board's
     * file of the whole committee), each checked against the version it was read at (the caller holds the
     * organizations' locks and has compared the versions of its check).
     *
     * @throws OptimisticLockingFailureException when a review was changed since it was read
     * @throws DuplicateKeyException when the same subject's review of the year was recorded meanwhile
     */
    @Transactional
    public void saveImportedDelegations(Long organizationId, List<Review> imported) {
        requireImporter(organizationId, imported.stream().map(Review::organizationId).toList());
        reviews.saveAll(imported);
    }

    /** Writes the new and corrected notebook entries of an import, as {@link #saveImportedDelegations}. */
    @Transactional
    public void saveImportedNotes(Long organizationId, List<NotebookNote> imported) {
        requireImporter(organizationId, imported.stream().map(NotebookNote::organizationId).toList());
        notebook.saveAll(imported);
    }

    /** An organization's import writes only its own rows; a whole-committee import is the Board's. */
    private void requireImporter(Long organizationId, List<Long> written) {
        if (organizationId == null) {
            guard.requireOrganizationBoard();
        } else {
            guard.requireEditorOf(organizationId);
            if (written.stream().anyMatch(id -> id != organizationId.longValue())) {
                throw new IllegalArgumentException("An import writes only its own organization's entries");
            }
        }
    }

    /** The stored note at the version read; one removed meanwhile, or of another organization, is not there. */
    private NotebookNote current(long organizationId, NotebookEntry read) {
        return notebook.findByIdAndOrganizationId(read.id(), organizationId)
                .orElseThrow(() -> gone("notebook entry " + read.id()))
                .asRead(read.version());
    }

    /** The stored review at the version read; one removed meanwhile, or of another organization, is not there. */
    private Review current(long organizationId, ReviewDelegation read) {
        return reviews.findByIdAndOrganizationId(read.id(), organizationId)
                .orElseThrow(() -> gone("review delegation " + read.id()))
                .asRead(read.version());
    }

    /** Told to the user like a change by someone else: what they read is no longer there. */
    private static OptimisticLockingFailureException gone(String what) {
        return new OptimisticLockingFailureException(what + " removed meanwhile");
    }

    private void checkNotebookEntry(LocalDate date, NotebookKind kind, String content) {
        if (date == null || date.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("entry.error.date");
        }
        if (kind == null) {
            throw new InvalidInputException("entry.error.kind");
        }
        if (content == null || content.isBlank() || content.trim().length() > 2000) {
            throw new InvalidInputException("entry.error.content");
        }
    }

    private static void checkDelegation(int year, ReviewParticipation participation, LocalDate date,
                                        String headName) {
        if (participation == null) {
            throw new InvalidInputException("entry.error.participation");
        }
        if (date == null || date.isBefore(LocalDate.of(year, 1, 1)) || date.isAfter(LocalDate.of(year + 1, 3, 31))) {
            throw new InvalidInputException("entry.error.review-date");
        }
        if (headName == null || headName.isBlank() || headName.trim().length() > 160) {
            throw new InvalidInputException("entry.error.head");
        }
    }

    private static void checkNote(String note) {
        if (note != null && note.trim().length() > 1000) {
            throw new InvalidInputException("entry.error.note");
        }
    }

    private static String blankToNull(String note) {
        return note == null || note.isBlank() ? null : note.trim();
    }

    /** The unit must be the organization itself or one of its cells. */
    private void authorize(long organizationId, long unitId) {
        guard.requireEditorOf(organizationId);
        long owner = units.byId(unitId).flatMap(units::organizationOf).map(Unit::id)
                .orElseThrow(() -> new InvalidInputException("entry.error.unit"));
        if (owner != organizationId) {
            throw new InvalidInputException("entry.error.unit");
        }
    }
}
