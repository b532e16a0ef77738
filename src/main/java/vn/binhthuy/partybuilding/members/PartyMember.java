package vn.binhthuy.partybuilding.members;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import vn.binhthuy.partybuilding.base.InvalidInputException;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A party member with the history of the cells they belonged to: one aggregate, so that admitting, moving and
 * leaving change the member and their assignments together, and a change based on an outdated read is refused for
 * both at once (the member's version).
 */
@Table("party_member")
record PartyMember(@Id long id, String code, String fullName, Gender gender, int birthYear, LocalDate admittedOn,
                   LocalDate officialOn, LocalDate leftOn, String departureReason, @MappedCollection(idColumn = "member_id") Set<Assignment> assignments,
                   @Version Integer version) {

    /** A member admitted into a unit on the day of admission; the database gives them their id. */
    static PartyMember admitted(String code, String fullName, Gender gender, int birthYear, LocalDate admittedOn,
                                LocalDate officialOn, long unitId) {
        return new PartyMember(0, code, fullName, gender, birthYear, admittedOn, officialOn, null, null,
                Set.of(new Assignment(unitId, admittedOn, null)), null);
    }

    /**
     * A member as an import first records them: admitted on one day, in the unit from another (the day they joined
     * it, never before the admission), and perhaps already gone.
     */
    static PartyMember imported(String code, String fullName, Gender gender, int birthYear, LocalDate admittedOn,
                                LocalDate officialOn, long unitId, LocalDate joinedOn, LocalDate leftOn,
                                String departureReason) {
        PartyMember member = new PartyMember(0, code, fullName, gender, birthYear, admittedOn, officialOn, null, null,
                Set.of(new Assignment(unitId, joinedOn, null)), null);
        return leftOn == null ? member : member.departed(leftOn, departureReason);
    }

    /** The assignment held on the day; the latest-starting one if the history overlaps. */
    Optional<Assignment> assignmentOn(LocalDate day) {
        return assignments.stream().filter(a -> a.covers(day)).max(Comparator.comparing(Assignment::validFrom));
    }

    /** The unit of the latest assignment: the member's cell today, or the last one before they left. */
    Optional<Long> lastUnit() {
        return assignments.stream().max(Comparator.comparing(Assignment::validFrom)).map(Assignment::unitId);
    }

    Optional<LocalDate> firstAssignmentStart() {
        return assignments.stream().map(Assignment::validFrom).min(Comparator.naturalOrder());
    }

    /** The member with the cell history an import gives (complete: it replaces the stored one), as read at readVersion. */
    PartyMember withHistory(Set<Assignment> history, int readVersion) {
        return new PartyMember(id, code, fullName, gender, birthYear, admittedOn, officialOn, leftOn, departureReason,
                Set.copyOf(history), readVersion);
    }

    /** The member with corrected personal data, as read at {@code readVersion}. */
    PartyMember corrected(String newFullName, Gender newGender, int newBirthYear, LocalDate newAdmittedOn,
                          LocalDate newOfficialOn, int readVersion) {
        return new PartyMember(id, code, newFullName, newGender, newBirthYear, newAdmittedOn, newOfficialOn, leftOn,
                departureReason, assignments, readVersion);
    }

    /** The member with another reason for their departure (only a member who left has one). */
    PartyMember withDepartureReason(String reason) {
        return new PartyMember(id, code, fullName, gender, birthYear, admittedOn, officialOn, leftOn,
                leftOn == null ? null : reason, assignments, version);
    }

    /**
     * The member moved on the day from the assignment they hold to the unit: the old assignment ends the day before,
     * the new one starts that day.
     */
    PartyMember movedTo(long unitId, Assignment current, LocalDate on) {
        if (!on.isAfter(current.validFrom())) {
            throw new InvalidInputException("transfer.error.date");
        }
        Set<Assignment> history = new HashSet<>(assignments);
        history.remove(current);
        history.add(current.endingOn(on.minusDays(1)));
        history.add(new Assignment(unitId, on, null));
        return new PartyMember(id, code, fullName, gender, birthYear, admittedOn, officialOn, leftOn, departureReason,
                Set.copyOf(history), version);
    }

    /**
     * The member's stretches in units that continue as other units from a day (a reorganization): a stretch that
     * runs into that day ends the day before and goes on in the successor; one that starts on or after it belongs
     * to the successor from its start. Stretches that ended before the day, and other units, are kept as they are.
     */
    PartyMember continuedIn(Map<Long, Long> successorByUnit, LocalDate from) {
        Set<Assignment> history = new HashSet<>();
        for (Assignment a : assignments) {
            Long successor = successorByUnit.get(a.unitId());
            if (successor == null || (a.validTo() != null && a.validTo().isBefore(from))) {
                history.add(a);
            } else if (!a.validFrom().isBefore(from)) {
                history.add(new Assignment(successor, a.validFrom(), a.validTo()));
            } else {
                history.add(a.endingOn(from.minusDays(1)));
                history.add(new Assignment(successor, from, a.validTo()));
            }
        }
        return new PartyMember(id, code, fullName, gender, birthYear, admittedOn, officialOn, leftOn, departureReason,
                Set.copyOf(history), version);
    }

    /** The member left on the day for the reason (may be null): their open assignment ends that day. */
    PartyMember departed(LocalDate on, String reason) {
        Set<Assignment> history = new HashSet<>();
        assignments.forEach(a -> history.add(a.isOpen() ? a.endingOn(on) : a));
        return new PartyMember(id, code, fullName, gender, birthYear, admittedOn, officialOn,
                leftOn == null ? on : leftOn, leftOn == null ? reason : departureReason, Set.copyOf(history), version);
    }
}
