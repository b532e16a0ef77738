package vn.binhthuy.partybuilding.members;

import vn.binhthuy.partybuilding.base.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.units.MemberHome;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The register of party members for those who maintain it: paged search, admitting a new member into a cell, and
 * recording that a member left. A secretary sees and changes only their own organization.
 */
@Service
public class MemberRegister {

    /** A member to admit into a cell; officialOn (recognized as an official member) may be null. */
    public record NewMember(String code, String fullName, String gender, Integer birthYear, LocalDate admittedOn,
                            LocalDate officialOn, Long unitId) {}

    /**
     * A member as an import writes them: id null for a new member; unitId the cell they belong to from joinedOn (a
     * stored member in another cell is transferred that day); readVersion the version the import's check saw.
     */
    public record ImportedMember(Long id, String code, String fullName, Gender gender, int birthYear,
                                 LocalDate admittedOn, LocalDate officialOn, long unitId, LocalDate joinedOn,
                                 LocalDate leftOn, String departureReason, Integer readVersion) {}

    /** One stretch of a member's cell history as an import gives it (to null: still there). */
    public record Period(long unitId, LocalDate from, LocalDate to) {}

    /** A stored member's complete cell history as an import writes it, with the member's version its check saw. */
    public record ImportedHistory(long memberId, String code, Set<Period> periods, int readVersion) {}

    private final MemberQueries queries;
    private final MemberRepository members;
    private final AccessGuard guard;
    private final UnitService units;
    private final AuditLog audit;
    private final Clock clock;

    MemberRegister(MemberQueries queries, MemberRepository members, AccessGuard guard, UnitService units,
                   AuditLog audit, Clock clock) {
        this.queries = queries;
        this.members = members;
        this.guard = guard;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    private MemberFilter scoped(MemberFilter filter) {
        guard.requireEditor();
        Optional<Long> own = guard.confinedToOrganization();
        if (own.isPresent() && filter.organizationId() != null && !filter.organizationId().equals(own.get())) {
            throw new AccessDeniedException("Another organization");
        }
        return own.map(o -> new MemberFilter(filter.text(), o, false)).orElse(filter);
    }

    private int registerYear() {
        return units.currentOrLastYear(Year.now(clock).getValue());
    }

    /** The latest day a departure can be recorded on: today. */
    public LocalDate lastDepartureDay() {
        return LocalDate.now(clock);
    }

    /** The organizations whose members the user may search: all of them, or a secretary's own. */
    @Transactional(readOnly = true)
    public List<Unit> searchableOrganizations() {
        Optional<Long> own = guard.confinedToOrganization();
        return units.organizations(registerYear()).stream()
                .filter(u -> own.map(o -> o == u.id()).orElse(true)).toList();
    }

    /** The cells a new member can be admitted into, limited to a secretary's own organization. */
    @Transactional(readOnly = true)
    public List<MemberHome> admissionUnits() {
        guard.requireEditor();
        return units.memberHomes(registerYear(), guard.confinedToOrganization().orElse(null));
    }

    @Transactional(readOnly = true)
    public List<MemberRow> find(MemberFilter filter, MemberSort sort, boolean ascending, int offset, int limit) {
        return queries.find(scoped(filter), sort, ascending, offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(MemberFilter filter) {
        return queries.count(scoped(filter));
    }

    @Transactional
    public long admit(NewMember member) {
        guard.requireEditor();
        if (member.unitId() == null) {
            throw new InvalidInputException("member.error.unit");
        }
        guard.checkUnit(member.unitId());
        Unit unit = units.byId(member.unitId()).orElseThrow(() -> new InvalidInputException("member.error.unit"));
        if (!units.holdsMembers(unit)) {
            throw new InvalidInputException("member.error.unit");
        }
        String code = member.code() == null ? "" : member.code().trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9-]{3,40}")) {
            throw new InvalidInputException("member.error.code");
        }
        if (members.existsByCode(code)) {
            throw new InvalidInputException("member.error.code-taken");
        }
        Checked checked = checkPersonalData(member.fullName(), member.gender(), member.birthYear(),
                member.admittedOn(), member.officialOn());
        long id = members.save(PartyMember.admitted(code, checked.name(), checked.gender(), member.birthYear(),
                member.admittedOn(), member.officialOn(), unit.id())).id();
        audit.record(AuditAction.RECORD_CREATED, "PARTY_MEMBER", code, null, null,
                Map.of("code", code, "fullName", checked.name(), "unit", unit.code(),
                        "admittedOn", member.admittedOn().toString()));
        return id;
    }

    /**
     * Corrects a member's personal data (name, gender, birth year, dates of admission and of recognition as an
     * official member) and, for a member who left, the reason; the code is the member's identity in imports and is
     * not changed here. Refused if the member changed meanwhile.
     */
    @Transactional
    public void correct(MemberRow read, String fullName, String gender, Integer birthYear, LocalDate admittedOn,
                        LocalDate officialOn, String departureReason) {
        guard.requireEditor();
        PartyMember member = members.findById(read.id())
                .orElseThrow(() -> new InvalidInputException("member.error.unit"));
        guard.checkUnit(member.lastUnit().orElseThrow(() -> new InvalidInputException("member.error.unit")));
        Checked checked = checkPersonalData(fullName, gender, birthYear, admittedOn, officialOn);
        if (member.firstAssignmentStart().filter(admittedOn::isAfter).isPresent()) {
            throw new InvalidInputException("member.error.admitted-after-assignment");
        }
        String reason = checkedReason(departureReason);
        members.save(member.corrected(checked.name(), checked.gender(), birthYear, admittedOn, officialOn,
                read.version()).withDepartureReason(reason));
        audit.record(AuditAction.RECORD_UPDATED, "PARTY_MEMBER", read.code(), null,
                Map.of("fullName", read.fullName(), "gender", read.gender(), "birthYear", read.birthYear(),
                        "admittedOn", read.admittedOn().toString(), "officialOn", String.valueOf(read.officialOn()),
                        "departureReason", String.valueOf(read.departureReason())),
                Map.of("fullName", checked.name(), "gender", gender, "birthYear", birthYear,
                        "admittedOn", admittedOn.toString(), "officialOn", String.valueOf(officialOn),
                        "departureReason", String.valueOf(member.leftOn() == null ? null : reason)));
    }

    /**
     * Writes an import's new and corrected members in the caller's transaction (the import audits the file as a
     * whole): new members created in their cell, stored ones corrected, moved to another cell on the day they joined
     * it, and marked as gone on their departure day. A member changed since the import's check is refused.
     */
    @Transactional
    public void saveImported(List<ImportedMember> imported) {
        guard.requireOrganizationBoard();
        List<PartyMember> written = new java.util.ArrayList<>(imported.size());
        Map<Long, PartyMember> stored = new java.util.HashMap<>();
        members.findAllById(imported.stream().map(ImportedMember::id).filter(java.util.Objects::nonNull).toList())
                .forEach(m -> stored.put(m.id(), m));
        for (ImportedMember m : imported) {
            if (m.id() == null) {
                written.add(PartyMember.imported(m.code(), m.fullName(), m.gender(), m.birthYear(), m.admittedOn(),
                        m.officialOn(), m.unitId(), m.joinedOn(), m.leftOn(), m.departureReason()));
                continue;
            }
            PartyMember member = stored.get(m.id());
            if (member == null) {
                throw new org.springframework.dao.OptimisticLockingFailureException("Member " + m.code() + " is gone");
            }
            member = member.corrected(m.fullName(), m.gender(), m.birthYear(), m.admittedOn(), m.officialOn(),
                    m.readVersion());
            if (member.lastUnit().filter(unit -> unit == m.unitId()).isEmpty()) {
                PartyMember moving = member;
                Assignment current = moving.assignments().stream().filter(Assignment::isOpen).findFirst()
                        .orElseThrow(() -> new InvalidInputException("transfer.error.not-in-cell"));
                member = moving.movedTo(m.unitId(), current, m.joinedOn());
            }
            if (m.leftOn() != null && member.leftOn() == null) {
                member = member.departed(m.leftOn(), m.departureReason());
            } else {
                member = member.withDepartureReason(m.departureReason());
            }
            written.add(member);
        }
        members.saveAll(written);
    }

    /**
     * Replaces the cell histories of stored members with an import's (a whole history per member, checked by the
     * import: no overlaps, within the member's membership), in the caller's transaction. A member changed since the
     * import's check is refused.
     */
    @Transactional
    public void saveImportedHistories(List<ImportedHistory> histories) {
        guard.requireOrganizationBoard();
        Map<Long, PartyMember> stored = new java.util.HashMap<>();
        members.findAllById(histories.stream().map(ImportedHistory::memberId).toList())
                .forEach(m -> stored.put(m.id(), m));
        List<PartyMember> written = new java.util.ArrayList<>(histories.size());
        for (ImportedHistory history : histories) {
            PartyMember member = stored.get(history.memberId());
            if (member == null) {
                throw new org.springframework.dao.OptimisticLockingFailureException("Member " + history.code() + " is gone");
            }
            Set<Assignment> assignments = new java.util.HashSet<>();
            history.periods().forEach(p -> assignments.add(new Assignment(p.unitId(), p.from(), p.to())));
            written.add(member.withHistory(assignments, history.readVersion()));
        }
        members.saveAll(written);
    }

    /** Why a birth year cannot be a member's (a message key), or null: members are adults born since 1900. */
    public String birthYearProblem(Integer birthYear) {
        return birthYear == null || birthYear < 1900 || birthYear > LocalDate.now(clock).getYear() - 18
                ? "member.error.birth-year" : null;
    }

    /** Why a day cannot be the admission of a member born in the year (a message key), or null. */
    public String admissionProblem(LocalDate admittedOn, int birthYear) {
        return admittedOn == null || admittedOn.isAfter(LocalDate.now(clock)) || admittedOn.getYear() < birthYear + 18
                ? "member.error.admitted" : null;
    }

    /**
     * Why a day cannot be a member's recognition as an official member (a message key), or null: none is fine (not
     * yet, or not on record); a day is never before the admission nor after today.
     */
    public String officialProblem(LocalDate officialOn, LocalDate admittedOn) {
        return officialOn != null && (officialOn.isAfter(LocalDate.now(clock))
                || admittedOn != null && officialOn.isBefore(admittedOn)) ? "member.error.official" : null;
    }

    /** The longest departure reason, in characters (code points, as the database counts them). */
    public static final int DEPARTURE_REASON_LENGTH = 200;

    /** The reason trimmed and in NFC, null when blank; refused when longer than the column holds. */
    private static String checkedReason(String reason) {
        String text = reason == null ? "" : Normalizer.normalize(reason.trim(), Normalizer.Form.NFC);
        if (text.codePointCount(0, text.length()) > DEPARTURE_REASON_LENGTH) {
            throw new InvalidInputException("member.error.departure-reason");
        }
        return text.isEmpty() ? null : text;
    }

    /** The name trimmed and in NFC, and the gender, of personal data that passed the checks. */
    private record Checked(String name, Gender gender) {}

    private Checked checkPersonalData(String fullName, String gender, Integer birthYear, LocalDate admittedOn,
                                      LocalDate officialOn) {
        String name = fullName == null ? "" : Normalizer.normalize(fullName.trim(), Normalizer.Form.NFC);
        if (name.isEmpty() || name.length() > 160) {
            throw new InvalidInputException("member.error.name");
        }
        Gender checkedGender = Gender.of(gender);
        String birthProblem = birthYearProblem(birthYear);
        if (birthProblem != null) {
            throw new InvalidInputException(birthProblem);
        }
        String admissionProblem = admissionProblem(admittedOn, birthYear);
        if (admissionProblem != null) {
            throw new InvalidInputException(admissionProblem);
        }
        String officialProblem = officialProblem(officialOn, admittedOn);
        if (officialProblem != null) {
            throw new InvalidInputException(officialProblem);
        }
        return new Checked(name, checkedGender);
    }

    /** Records that a member left the party organization on a date, and why (moved away, died, ...; may be blank). */
    @Transactional
    public void markLeft(long memberId, LocalDate on, String reason) {
        guard.requireEditor();
        PartyMember member = members.findById(memberId)
                .orElseThrow(() -> new InvalidInputException("member.error.not-active"));
        Assignment current = member.assignmentOn(LocalDate.now(clock))
                .orElseThrow(() -> new InvalidInputException("member.error.not-active"));
        guard.checkUnit(current.unitId());
        if (on == null || on.isAfter(LocalDate.now(clock)) || on.isBefore(member.admittedOn())
                || on.isBefore(current.validFrom())) {
            throw new InvalidInputException("member.error.left-date");
        }
        String checkedReason = checkedReason(reason);
        members.save(member.departed(on, checkedReason));
        audit.record(AuditAction.RECORD_UPDATED, "PARTY_MEMBER", String.valueOf(memberId), null,
                Map.of("leftOn", "null"), Map.of("leftOn", on.toString(), "departureReason",
                        String.valueOf(checkedReason)));
    }
}
