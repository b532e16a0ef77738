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

/**
 * The register of party members for those who maintain it: paged search, admitting a new member into a cell, and
 * recording that a member left. A secretary sees and changes only their own organization.
 */
@Service
public class MemberRegister {

    /** A member to admit into a cell. */
    public record NewMember(String code, String fullName, String gender, Integer birthYear, LocalDate admittedOn,
                            Long unitId) {}

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
                member.admittedOn());
        long id = members.save(PartyMember.admitted(code, checked.name(), checked.gender(), member.birthYear(),
                member.admittedOn(), unit.id())).id();
        audit.record(AuditAction.RECORD_CREATED, "PARTY_MEMBER", code, null, null,
                Map.of("code", code, "fullName", checked.name(), "unit", unit.code(),
                        "admittedOn", member.admittedOn().toString()));
        return id;
    }

    /**
     * Corrects a member's personal data (name, gender, birth year, date of admission); the code is the member's
     * identity in imports and is not changed here. Refused if the member changed meanwhile.
     */
    @Transactional
    public void correct(MemberRow read, String fullName, String gender, Integer birthYear, LocalDate admittedOn) {
        guard.requireEditor();
        PartyMember member = members.findById(read.id())
                .orElseThrow(() -> new InvalidInputException("member.error.unit"));
        guard.checkUnit(member.lastUnit().orElseThrow(() -> new InvalidInputException("member.error.unit")));
        Checked checked = checkPersonalData(fullName, gender, birthYear, admittedOn);
        if (member.firstAssignmentStart().filter(admittedOn::isAfter).isPresent()) {
            throw new InvalidInputException("member.error.admitted-after-assignment");
        }
        members.save(member.corrected(checked.name(), checked.gender(), birthYear, admittedOn, read.version()));
        audit.record(AuditAction.RECORD_UPDATED, "PARTY_MEMBER", read.code(), null,
                Map.of("fullName", read.fullName(), "gender", read.gender(), "birthYear", read.birthYear(),
                        "admittedOn", read.admittedOn().toString()),
                Map.of("fullName", checked.name(), "gender", gender, "birthYear", birthYear,
                        "admittedOn", admittedOn.toString()));
    }

    /** The name trimmed and in NFC, and the gender, of personal data that passed the checks. */
    private record Checked(String name, Gender gender) {}

    private Checked checkPersonalData(String fullName, String gender, Integer birthYear, LocalDate admittedOn) {
        String name = fullName == null ? "" : Normalizer.normalize(fullName.trim(), Normalizer.Form.NFC);
        if (name.isEmpty() || name.length() > 160) {
            throw new InvalidInputException("member.error.name");
        }
        Gender checkedGender = Gender.of(gender);
        LocalDate today = LocalDate.now(clock);
        if (birthYear == null || birthYear < 1900 || birthYear > today.getYear() - 18) {
            throw new InvalidInputException("member.error.birth-year");
        }
        if (admittedOn == null || admittedOn.isAfter(today) || admittedOn.getYear() < birthYear + 18) {
            throw new InvalidInputException("member.error.admitted");
        }
        return new Checked(name, checkedGender);
    }

    /** Records that a member left the party organization (moved away, died, ...) on a date. */
    @Transactional
    public void markLeft(long memberId, LocalDate on) {
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
        members.save(member.departed(on));
        audit.record(AuditAction.RECORD_UPDATED, "PARTY_MEMBER", String.valueOf(memberId), null,
                Map.of("leftOn", "null"), Map.of("leftOn", on.toString()));
    }
}
