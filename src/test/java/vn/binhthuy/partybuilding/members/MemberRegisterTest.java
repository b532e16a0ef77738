package vn.binhthuy.partybuilding.members;

import vn.binhthuy.partybuilding.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.units.UnitService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static vn.binhthuy.partybuilding.InvalidInputAssertions.expectKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The member register; rolled back. */
@ApplicationTest
@Transactional
@WithUserDetails("bantochuc")
class MemberRegisterTest {

    @Autowired Clock clock;
    @Autowired MemberRegister register;
    @Autowired UnitService units;
    @Autowired JdbcTemplate jdbc;

    private static final MemberFilter ALL = new MemberFilter(null, null, false);

    private MemberRegister.NewMember member(String code, String name, Long unit) {
        return new MemberRegister.NewMember(code, name, "F", 1995, LocalDate.of(2021, 5, 19), null, unit);
    }

    @Test
    void searchIsPagedSortedAndFilteredInSql() {
        long active = jdbc.queryForObject("SELECT COUNT(*) FROM party_member WHERE left_on IS NULL", Long.class);
        assertThat(register.count(ALL)).isEqualTo(active);

        List<MemberRow> page = register.find(ALL, MemberSort.CODE, true, 10, 5);
        assertThat(page).hasSize(5).extracting(MemberRow::code).isSorted();

        String someone = page.getFirst().fullName();
        assertThat(register.find(new MemberFilter(someone, null, false), MemberSort.NAME, true, 0, 50))
                .allMatch(r -> r.fullName().equalsIgnoreCase(someone) || r.fullName().contains(someone));
        long longTuyen = units.byCode("p-long-tuyen").orElseThrow().id();
        assertThat(register.find(new MemberFilter(null, longTuyen, false), MemberSort.NAME, true, 0, 1000))
                .allMatch(r -> r.organizationName().equals("Phường Long Tuyền"));
    }

    @Test
    void admittingAndLeaving() {
        long cell = units.byCode("p-binh-thuy-kv5").orElseThrow().id();
        long before = register.count(ALL);

        long id = register.admit(member("DV900001", "Nguyễn Thị Mới", cell));

        assertThat(register.count(ALL)).isEqualTo(before + 1);
        expectKey(() -> register.admit(member("dv900001", "Người khác", cell)), "member.error.code-taken");
        register.markLeft(id, LocalDate.of(2024, 1, 2), null);
        assertThat(register.count(ALL)).isEqualTo(before);
        assertThat(register.count(new MemberFilter("DV900001", null, true))).isEqualTo(1);
        expectKey(() -> register.markLeft(id, LocalDate.of(2024, 2, 2), null), "member.error.not-active");
    }

    @Test
    void badMembersAreRefusedWithSpecificMessages() {
        long cell = units.byCode("p-binh-thuy-kv5").orElseThrow().id();
        long ward = units.byCode("p-binh-thuy").orElseThrow().id();
        expectKey(() -> register.admit(member("DV900002", " ", cell)), "member.error.name");
        expectKey(() -> register.admit(member("Đ V", "Tên", cell)), "member.error.code");
        expectKey(() -> register.admit(member("DV900003", "Tên", ward)), "member.error.unit");
        expectKey(() -> register.admit(new MemberRegister.NewMember("DV900004", "Tên", "X", 1990,
                LocalDate.of(2020, 1, 1), null, cell)), "member.error.gender");
        expectKey(() -> register.admit(new MemberRegister.NewMember("DV900005", "Tên", "M", 2015,
                LocalDate.of(2020, 1, 1), null, cell)), "member.error.birth-year");
        expectKey(() -> register.admit(new MemberRegister.NewMember("DV900006", "Tên", "M", 1990,
                LocalDate.now(clock).plusDays(3), null, cell)), "member.error.admitted");
        expectKey(() -> register.admit(new MemberRegister.NewMember("DV900007", "Tên", "M", 1990,
                LocalDate.of(2020, 1, 1), LocalDate.of(2019, 12, 31), cell)), "member.error.official");
        expectKey(() -> register.admit(new MemberRegister.NewMember("DV900007", "Tên", "M", 1990,
                LocalDate.of(2020, 1, 1), LocalDate.now(clock).plusDays(1), cell)), "member.error.official");
    }

    @Test
    @WithUserDetails("bithu.longtuyen")
    void aSecretarySeesAndAdmitsOnlyInTheirOrganization() {
        assertThat(register.find(ALL, MemberSort.NAME, true, 0, 2000))
                .isNotEmpty().allMatch(r -> "Phường Long Tuyền".equals(r.organizationName()));
        long traNoc = units.byCode("p-tra-noc").orElseThrow().id();
        assertThatThrownBy(() -> register.count(new MemberFilter(null, traNoc, false)))
                .isInstanceOf(AccessDeniedException.class);
        long foreignCell = units.byCode("p-tra-noc-kv1").orElseThrow().id();
        assertThatThrownBy(() -> register.admit(member("DV900007", "Tên", foreignCell)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void newMembersGoIntoCellsOrIntoOrganizationsWithoutCells() {
        int year = units.currentOrLastYear(java.time.Year.now(clock).getValue());
        assertThat(year).isEqualTo(2025); // the test clock's 2026 has no units yet: the last year that has
        List<vn.binhthuy.partybuilding.units.Unit> expected = new java.util.ArrayList<>();
        for (var organization : units.organizations(year)) {
            var cells = units.cells(organization.id());
            expected.addAll(cells.isEmpty() ? List.of(organization) : cells);
        }
        assertThat(register.admissionUnits()).isNotEmpty().extracting(vn.binhthuy.partybuilding.units.MemberHome::unit)
                .containsExactlyElementsOf(expected);
        var kv1 = units.byCode("p-long-tuyen-kv1").orElseThrow();
        String label = kv1.name() + " — " + units.byCode("p-long-tuyen").orElseThrow().shortName();
        assertThat(register.admissionUnits()).anyMatch(h -> h.id() == kv1.id() && h.label().equals(label));
        assertThat(register.searchableOrganizations()).isNotEmpty().isEqualTo(units.organizations(year));
    }

    @Test
    @WithUserDetails("bithu.longtuyen")
    void aSecretaryAdmitsOnlyIntoTheirOwnCells() {
        long longTuyen = units.byCode("p-long-tuyen").orElseThrow().id();
        assertThat(register.admissionUnits()).isNotEmpty().extracting(vn.binhthuy.partybuilding.units.MemberHome::unit)
                .containsExactlyElementsOf(units.cells(longTuyen));
        assertThat(register.searchableOrganizations()).extracting(u -> u.id()).containsExactly(longTuyen);
    }

    private MemberRow row(long id) {
        return register.find(new MemberFilter(jdbc.queryForObject("SELECT code FROM party_member WHERE id = ?",
                String.class, id), null, true), MemberSort.CODE, true, 0, 1).getFirst();
    }

    private List<String> assignments(long memberId) {
        return jdbc.queryForList("""
                SELECT CONCAT(unit_id, ' ', valid_from, ' ', COALESCE(valid_to, '-')) FROM member_assignment
                WHERE member_id = ? ORDER BY valid_from""", String.class, memberId);
    }

    @Test
    void aMemberStoredAtVersionZeroIsCorrectedInPlaceWithTheirCellHistoryKept() {
        long memberId = jdbc.queryForObject("""
                SELECT a.member_id FROM member_assignment a JOIN party_member m ON m.id = a.member_id
                WHERE m.left_on IS NULL GROUP BY a.member_id HAVING COUNT(*) > 1 ORDER BY a.member_id LIMIT 1""",
                Long.class);
        // rows written by the demo loader start at the column default 0
        jdbc.update("UPDATE party_member SET version = 0 WHERE id = ?", memberId);
        MemberRow read = row(memberId);
        List<String> history = assignments(memberId);
        long members = jdbc.queryForObject("SELECT COUNT(*) FROM party_member", Long.class);

        register.correct(read, "Trần Văn Đúng", read.gender(), read.birthYear(), read.admittedOn(), null, null);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM party_member", Long.class)).isEqualTo(members);
        MemberRow saved = row(memberId);
        assertThat(saved.fullName()).isEqualTo("Trần Văn Đúng");
        assertThat(saved.version()).isEqualTo(1);
        assertThat(assignments(memberId)).hasSizeGreaterThan(1).isEqualTo(history);
    }

    @Test
    void aCorrectionBasedOnAnOutdatedReadChangesNothingAndIsNotAudited() {
        long cell = units.byCode("p-binh-thuy-kv5").orElseThrow().id();
        long id = register.admit(member("DV900010", "Lê Thị Cũ", cell));
        MemberRow read = row(id);
        register.correct(read, "Lê Thị Mới", read.gender(), read.birthYear(), read.admittedOn(), null, null);
        long audited = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE entity_id = 'DV900010'", Long.class);

        assertThatThrownBy(() -> register.correct(read, "Lê Thị Khác", read.gender(), read.birthYear(),
                read.admittedOn(), null, null)).isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(row(id).fullName()).isEqualTo("Lê Thị Mới");
        assertThat(row(id).version()).isEqualTo(read.version() + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE entity_id = 'DV900010'", Long.class))
                .isEqualTo(audited);
    }

    @Test
    void aNewMemberIsAssignedFromTheDayOfAdmissionAndLeavingClosesThatAssignment() {
        long cell = units.byCode("p-binh-thuy-kv5").orElseThrow().id();
        long id = register.admit(member("DV900011", "Phạm Văn Đến", cell));
        assertThat(row(id).version()).isZero();
        assertThat(assignments(id)).containsExactly(cell + " 2021-05-19 -");

        expectKey(() -> register.markLeft(id, LocalDate.of(2024, 1, 2), "x".repeat(201)),
                "member.error.departure-reason");
        register.markLeft(id, LocalDate.of(2024, 1, 2), "  Chuyển sinh hoạt đi nơi khác ");

        assertThat(assignments(id)).containsExactly(cell + " 2021-05-19 2024-01-02");
        assertThat(row(id).leftOn()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(row(id).departureReason()).isEqualTo("Chuyển sinh hoạt đi nơi khác");
        expectKey(() -> register.markLeft(-1, LocalDate.of(2024, 1, 2), null), "member.error.not-active");
    }

    @Test
    void theOfficialDayIsAdmittedAndCorrectedButNeverBeforeTheAdmission() {
        long cell = units.byCode("p-binh-thuy-kv5").orElseThrow().id();
        long id = register.admit(new MemberRegister.NewMember("DV900012", "Võ Thị Chính", "F", 1995,
                LocalDate.of(2021, 5, 19), LocalDate.of(2022, 5, 19), cell));
        MemberRow read = row(id);
        assertThat(read.officialOn()).isEqualTo(LocalDate.of(2022, 5, 19));

        expectKey(() -> register.correct(read, read.fullName(), read.gender(), read.birthYear(), read.admittedOn(),
                LocalDate.of(2021, 5, 18), null), "member.error.official");
        assertThat(row(id).officialOn()).isEqualTo(LocalDate.of(2022, 5, 19));
        register.correct(read, read.fullName(), read.gender(), read.birthYear(), read.admittedOn(),
                LocalDate.of(2022, 6, 1), "ignored while the member is in the register");

        assertThat(row(id).officialOn()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(row(id).departureReason()).isNull();
        register.markLeft(id, LocalDate.of(2024, 1, 2), null);
        MemberRow left = row(id);
        register.correct(left, left.fullName(), left.gender(), left.birthYear(), left.admittedOn(), null, "Từ trần");
        assertThat(row(id).departureReason()).isEqualTo("Từ trần");
        assertThat(row(id).officialOn()).isNull();
    }
}
