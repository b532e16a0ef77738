package vn.binhthuy.partybuilding.reviews;

import vn.binhthuy.partybuilding.base.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.security.CurrentUser;
import vn.binhthuy.partybuilding.security.PartyUser;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/** Adding notebook entries and review delegations of an organization (or one of its cells); validated, audited. */
@Service
public class ReviewEntries {


    private final ReviewQueries queries;
    private final AccessGuard guard;
    private final UnitService units;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    public ReviewEntries(ReviewQueries queries, AccessGuard guard, UnitService units, CurrentUser currentUser,
                         AuditLog audit, Clock clock) {
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
    public void addNotebookEntry(long organizationId, long unitId, LocalDate date, String kind, String content) {
        authorize(organizationId, unitId);
        checkNotebookEntry(date, kind, content);
        String author = currentUser.get().map(PartyUser::displayName).or(currentUser::username).orElse("");
        queries.insertNotebookEntry(unitId, organizationId, date, kind, content.trim(), author);
        audit.record(AuditAction.RECORD_CREATED, "NOTEBOOK_ENTRY", String.valueOf(unitId), null, null,
                Map.of("date", date.toString(), "kind", kind, "content", content.trim()));
    }

    /** A review of the unit as a collective. */
    @Transactional
    public void addDelegation(long organizationId, long unitId, int year, String participation, LocalDate date,
                              String headName, String note) {
        addDelegation(organizationId, unitId, year, null, participation, date, headName, note);
    }

    /** A review of the unit as a collective (memberId null) or of one of its members (an individual review). */
    @Transactional
    public void addDelegation(long organizationId, long unitId, int year, Long memberId, String participation,
                              LocalDate date, String headName, String note) {
        authorize(organizationId, unitId);
        checkDelegation(year, participation, date, headName);
        checkNote(note);
        if (memberId != null && !queries.memberInUnitDuring(memberId, unitId, year)) {
            throw new InvalidInputException("entry.error.member");
        }
        try {
            queries.insertDelegation(year, unitId, organizationId, memberId, participation, date, headName.trim(),
                    blankToNull(note));
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("entry.error.duplicate-review");
        }
        audit.record(AuditAction.RECORD_CREATED, "REVIEW_DELEGATION", unitId + "/" + year, null, null,
                Map.of("participation", participation, "date", date.toString(), "head", headName.trim(),
                        "member", String.valueOf(memberId)));
    }

    /** Corrects a notebook entry read earlier; refused if someone changed or removed it meanwhile. */
    @Transactional
    public void changeNotebookEntry(long organizationId, NotebookEntry read, long unitId, LocalDate date, String kind,
                                    String content) {
        authorize(organizationId, unitId);
        checkNotebookEntry(date, kind, content);
        expectOneRow(queries.updateNotebookEntry(read.id(), read.version(), organizationId, unitId, date, kind,
                content.trim()), "notebook entry " + read.id());
        audit.record(AuditAction.RECORD_UPDATED, "NOTEBOOK_ENTRY", String.valueOf(read.id()), null,
                Map.of("unit", read.unitId(), "date", read.entryDate().toString(), "kind", read.kind(),
                        "content", read.content()),
                Map.of("unit", unitId, "date", date.toString(), "kind", kind, "content", content.trim()));
    }

    @Transactional
    public void removeNotebookEntry(long organizationId, NotebookEntry read) {
        authorize(organizationId, read.unitId());
        expectOneRow(queries.deleteNotebookEntry(read.id(), read.version(), organizationId),
                "notebook entry " + read.id());
        audit.record(AuditAction.RECORD_DELETED, "NOTEBOOK_ENTRY", String.valueOf(read.id()), null,
                Map.of("unit", read.unitId(), "date", read.entryDate().toString(), "kind", read.kind(),
                        "content", read.content()), null);
    }

    /** Corrects a review delegation; an individual review stays with its member's unit. */
    @Transactional
    public void changeDelegation(long organizationId, ReviewDelegation read, long unitId, String participation,
                                 LocalDate date, String headName, String note) {
        long unit = read.individual() ? read.unitId() : unitId;
        authorize(organizationId, unit);
        checkDelegation(read.year(), participation, date, headName);
        checkNote(note);
        try {
            expectOneRow(queries.updateDelegation(read.id(), read.version(), organizationId, unit, participation, date,
                    headName.trim(), blankToNull(note)), "review delegation " + read.id());
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("entry.error.duplicate-review");
        }
        audit.record(AuditAction.RECORD_UPDATED, "REVIEW_DELEGATION", String.valueOf(read.id()), null,
                Map.of("unit", read.unitId(), "participation", read.participation(),
                        "date", read.reviewDate().toString(), "head", read.headName()),
                Map.of("unit", unit, "participation", participation, "date", date.toString(), "head", headName.trim()));
    }

    @Transactional
    public void removeDelegation(long organizationId, ReviewDelegation read) {
        authorize(organizationId, read.unitId());
        expectOneRow(queries.deleteDelegation(read.id(), read.version(), organizationId),
                "review delegation " + read.id());
        audit.record(AuditAction.RECORD_DELETED, "REVIEW_DELEGATION", String.valueOf(read.id()), null,
                Map.of("unit", read.unitId(), "participation", read.participation(),
                        "date", read.reviewDate().toString(), "head", read.headName()), null);
    }

    private void checkNotebookEntry(LocalDate date, String kind, String content) {
        if (date == null || date.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("entry.error.date");
        }
        if (!"STRENGTH".equals(kind) && !"SHORTCOMING".equals(kind)) {
            throw new InvalidInputException("entry.error.kind");
        }
        if (content == null || content.isBlank() || content.trim().length() > 2000) {
            throw new InvalidInputException("entry.error.content");
        }
    }

    private static void checkDelegation(int year, String participation, LocalDate date, String headName) {
        if (!"LED".equals(participation) && !"ATTENDED".equals(participation)) {
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

    private static void expectOneRow(int changed, String what) {
        if (changed == 0) {
            throw new OptimisticLockingFailureException(what + " changed or removed meanwhile");
        }
    }

    /** The unit must be the organization itself or one of its cells. */
    private void authorize(long organizationId, long unitId) {
        guard.requireEditor();
        guard.checkOrganization(organizationId);
        long owner = units.byId(unitId).flatMap(units::organizationOf).map(Unit::id)
                .orElseThrow(() -> new InvalidInputException("entry.error.unit"));
        if (owner != organizationId) {
            throw new InvalidInputException("entry.error.unit");
        }
    }
}
