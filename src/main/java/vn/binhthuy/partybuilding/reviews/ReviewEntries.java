package vn.binhthuy.partybuilding.reviews;

import vn.binhthuy.partybuilding.base.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
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
        if (date == null || date.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("entry.error.date");
        }
        if (!"STRENGTH".equals(kind) && !"SHORTCOMING".equals(kind)) {
            throw new InvalidInputException("entry.error.kind");
        }
        if (content == null || content.isBlank() || content.trim().length() > 2000) {
            throw new InvalidInputException("entry.error.content");
        }
        String author = currentUser.get().map(PartyUser::displayName).or(currentUser::username).orElse("");
        queries.insertNotebookEntry(unitId, organizationId, date, kind, content.trim(), author);
        audit.record(AuditAction.RECORD_CREATED, "NOTEBOOK_ENTRY", String.valueOf(unitId), null, null,
                Map.of("date", date.toString(), "kind", kind, "content", content.trim()));
    }

    @Transactional
    public void addDelegation(long organizationId, long unitId, int year, String participation, LocalDate date,
                              String headName, String note) {
        authorize(organizationId, unitId);
        if (!"LED".equals(participation) && !"ATTENDED".equals(participation)) {
            throw new InvalidInputException("entry.error.participation");
        }
        if (date == null || date.isBefore(LocalDate.of(year, 1, 1)) || date.isAfter(LocalDate.of(year + 1, 3, 31))) {
            throw new InvalidInputException("entry.error.review-date");
        }
        if (headName == null || headName.isBlank()) {
            throw new InvalidInputException("entry.error.head");
        }
        try {
            queries.insertDelegation(year, unitId, organizationId, participation, date, headName.trim(),
                    note == null || note.isBlank() ? null : note.trim());
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("entry.error.duplicate-review");
        }
        audit.record(AuditAction.RECORD_CREATED, "REVIEW_DELEGATION", unitId + "/" + year, null, null,
                Map.of("participation", participation, "date", date.toString(), "head", headName.trim()));
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
