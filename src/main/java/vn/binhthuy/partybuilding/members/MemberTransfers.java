package vn.binhthuy.partybuilding.members;

import vn.binhthuy.partybuilding.base.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.units.MemberHome;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;

/**
 * Moving a member to another cell ("chuyển sinh hoạt"): the current assignment ends the day before, a new one starts;
 * ratings and findings of past years keep the cell they were made in. A secretary moves members within their own
 * organization; the Organization Board anywhere in the district.
 */
@Service
public class MemberTransfers {

    private final MemberRepository members;
    private final MemberQueries queries;
    private final AccessGuard guard;
    private final UnitService units;
    private final AuditLog audit;
    private final Clock clock;

    MemberTransfers(MemberRepository members, MemberQueries queries, AccessGuard guard, UnitService units,
                    AuditLog audit, Clock clock) {
        this.members = members;
        this.queries = queries;
        this.guard = guard;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean mayTransferFrom(long unitId) {
        return guard.mayEditUnit(unitId);
    }

    /**
     * Where a member of the unit can move to today: for the Organization Board any cell of the district (a transfer
     * between organizations), for a secretary the cells of their own organization; never the unit itself.
     */
    @Transactional(readOnly = true)
    public List<MemberHome> destinations(long fromUnitId) {
        guard.requireEditorOfUnit(fromUnitId);
        int year = units.currentOrLastYear(Year.now(clock).getValue());
        return units.memberHomes(year, guard.confinedToOrganization().orElse(null)).stream()
                .filter(home -> home.id() != fromUnitId).toList();
    }

    /** The latest day a transfer can take effect: today. */
    public LocalDate lastTransferDay() {
        return LocalDate.now(clock);
    }

    @Transactional
    public void transfer(long memberId, long fromUnitId, long toUnitId, LocalDate on) {
        guard.requireEditorOfUnit(fromUnitId);
        guard.checkUnit(toUnitId);
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("transfer.error.date");
        }
        Unit target = units.byId(toUnitId).orElseThrow(() -> new InvalidInputException("transfer.error.target"));
        if (!units.holdsMembers(target) || !target.isValidIn(on.getYear())) {
            throw new InvalidInputException("transfer.error.target");
        }
        PartyMember member = members.findById(memberId)
                .orElseThrow(() -> new InvalidInputException("transfer.error.not-in-cell"));
        Assignment current = member.assignmentOn(on)
                .filter(a -> a.unitId() == fromUnitId)
                .orElseThrow(() -> new InvalidInputException("transfer.error.not-in-cell"));
        if (toUnitId == fromUnitId) {
            throw new InvalidInputException("transfer.error.same");
        }
        members.save(member.movedTo(toUnitId, current, on));
        audit.record(AuditAction.RECORD_UPDATED, "MEMBER_ASSIGNMENT", String.valueOf(memberId), null,
                Map.of("unit", fromUnitId), Map.of("unit", toUnitId, "from", on.toString()));
    }

    /** How many members of the units would continue in their successors from 1 January of the year. */
    @Transactional(readOnly = true)
    public int countContinuing(java.util.Collection<Long> unitIds, int fromYear) {
        guard.requireOrganizationBoard();
        return unitIds.isEmpty() ? 0 : queries.membersInFrom(unitIds, LocalDate.of(fromYear, 1, 1)).size();
    }

    /**
     * A reorganization (the unit catalog): the members of each unit on or after 1 January of the year continue in
     * its successor from that day, in the caller's transaction; ratings and findings keep the units they were made
     * in. Returns how many members continue.
     */
    @Transactional
    public int continueInSuccessors(Map<Long, Long> successorByUnit, int fromYear) {
        guard.requireOrganizationBoard();
        if (successorByUnit.isEmpty()) {
            return 0;
        }
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        List<Long> ids = queries.membersInFrom(successorByUnit.keySet(), from);
        for (PartyMember member : members.findAllById(ids)) {
            members.save(member.continuedIn(successorByUnit, from));
        }
        return ids.size();
    }
}
