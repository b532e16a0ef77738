package vn.binhthuy.partybuilding.reviews;

import vn.binhthuy.partybuilding.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.units.UnitService;

import java.time.Clock;
import java.time.LocalDate;

import static vn.binhthuy.partybuilding.InvalidInputAssertions.expectKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Notebook entries and review delegations; rolled back. */
@ApplicationTest
@Transactional
@WithUserDetails("bithu.longtuyen")
class ReviewEntriesTest {

    @Autowired Clock clock;
    @Autowired ReviewEntries entries;
    @Autowired ReviewService reviews;
    @Autowired UnitService units;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    long longTuyen() {
        return units.byCode("p-long-tuyen").orElseThrow().id();
    }

    @Test
    void aSecretaryNotesAStrengthOfOneOfTheirCells() {
        long cell = units.byCode("p-long-tuyen-kv4").orElseThrow().id();
        int before = reviews.notebook(2019, longTuyen()).size();

        entries.addNotebookEntry(longTuyen(), cell, LocalDate.of(2019, 5, 6), NotebookKind.STRENGTH, "Sinh hoạt chuyên đề tốt");

        assertThat(reviews.notebook(2019, longTuyen())).hasSize(before + 1)
                .anyMatch(n -> n.content().equals("Sinh hoạt chuyên đề tốt")
                        && n.recordedBy().equals("Bí thư Đảng ủy phường Long Tuyền"));
    }

    @Test
    void badEntriesAreRefusedWithSpecificMessages() {
        long traNocCell = units.byCode("p-tra-noc-kv1").orElseThrow().id();
        expectKey(() -> entries.addNotebookEntry(longTuyen(), longTuyen(), LocalDate.now(clock).plusDays(2), NotebookKind.STRENGTH, "x"),
                "entry.error.date");
        expectKey(() -> entries.addNotebookEntry(longTuyen(), longTuyen(), LocalDate.of(2019, 1, 1), NotebookKind.STRENGTH, " "),
                "entry.error.content");
        expectKey(() -> entries.addNotebookEntry(longTuyen(), traNocCell, LocalDate.of(2019, 1, 1), NotebookKind.STRENGTH, "x"),
                "entry.error.unit");
        expectKey(() -> entries.addDelegation(longTuyen(), longTuyen(), 2019, ReviewParticipation.LED, LocalDate.of(2021, 1, 1), "A", null),
                "entry.error.review-date");
        expectKey(() -> entries.addDelegation(longTuyen(), longTuyen(), 2019, ReviewParticipation.LED, LocalDate.of(2019, 12, 1), " ", null),
                "entry.error.head");
    }

    @Test
    void aDelegationIsCountedAndASecondForTheSameUnitIsRefused() {
        long before = reviews.summary(2017, vn.binhthuy.partybuilding.units.UnitScope.organization(longTuyen())).ledCollectives();

        entries.addDelegation(longTuyen(), longTuyen(), 2017, ReviewParticipation.LED, LocalDate.of(2017, 12, 20), "Trương Minh Khoa", null);

        assertThat(reviews.summary(2017, vn.binhthuy.partybuilding.units.UnitScope.organization(longTuyen()))
                .ledCollectives()).isEqualTo(before + 1);
        expectKey(() -> entries.addDelegation(longTuyen(), longTuyen(), 2017, ReviewParticipation.ATTENDED, LocalDate.of(2017, 12, 21),
                "Lâm Thị Cẩm Vân", null), "entry.error.duplicate-review");
    }

    @Test
    void anotherOrganizationIsRefused() {
        long traNoc = units.byCode("p-tra-noc").orElseThrow().id();
        assertThat(entries.mayEdit(traNoc)).isFalse();
        assertThatThrownBy(() -> entries.addNotebookEntry(traNoc, traNoc, LocalDate.of(2019, 1, 1), NotebookKind.STRENGTH, "x"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private NotebookEntry entry(String content) {
        return reviews.notebook(2019, longTuyen()).stream().filter(n -> n.content().equals(content)).findFirst()
                .orElseThrow();
    }

    @Test
    void aNotebookEntryIsCorrectedThenRemoved() {
        long cell = units.byCode("p-long-tuyen-kv4").orElseThrow().id();
        entries.addNotebookEntry(longTuyen(), cell, LocalDate.of(2019, 5, 6), NotebookKind.STRENGTH, "Sinh hoạt tốt");
        int count = reviews.notebook(2019, longTuyen()).size();

        entries.changeNotebookEntry(longTuyen(), entry("Sinh hoạt tốt"), longTuyen(), LocalDate.of(2019, 5, 7),
                NotebookKind.SHORTCOMING, " Sinh hoạt chưa đều ");

        NotebookEntry changed = entry("Sinh hoạt chưa đều");
        assertThat(changed.unitId()).isEqualTo(longTuyen());
        assertThat(changed.kind()).isEqualTo(NotebookKind.SHORTCOMING);
        assertThat(changed.entryDate()).isEqualTo(LocalDate.of(2019, 5, 7));
        assertThat(reviews.notebook(2019, longTuyen())).hasSize(count);

        entries.removeNotebookEntry(longTuyen(), changed);
        assertThat(reviews.notebook(2019, longTuyen())).hasSize(count - 1)
                .noneMatch(n -> n.content().startsWith("Sinh hoạt chưa đều"));
    }

    @Test
    void aChangeOrRemovalBasedOnAnOutdatedReadIsRefused() {
        entries.addNotebookEntry(longTuyen(), longTuyen(), LocalDate.of(2019, 5, 6), NotebookKind.STRENGTH, "Bản đầu");
        NotebookEntry read = entry("Bản đầu");
        entries.changeNotebookEntry(longTuyen(), read, longTuyen(), read.entryDate(), NotebookKind.STRENGTH, "Bản sửa của người khác");

        assertThatThrownBy(() -> entries.changeNotebookEntry(longTuyen(), read, longTuyen(), read.entryDate(),
                NotebookKind.STRENGTH, "Bản sửa thứ hai")).isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> entries.removeNotebookEntry(longTuyen(), read))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThat(entry("Bản sửa của người khác").version()).isEqualTo(read.version() + 1);
    }

    @Test
    void aDelegationIsCorrectedAndRemovedAndTheCountsFollow() {
        entries.addDelegation(longTuyen(), longTuyen(), 2017, ReviewParticipation.LED, LocalDate.of(2017, 12, 20), "Trương Minh Khoa", null);
        var scope = vn.binhthuy.partybuilding.units.UnitScope.organization(longTuyen());
        ReviewSummary before = reviews.summary(2017, scope);
        ReviewDelegation read = reviews.delegations(2017, longTuyen()).stream()
                .filter(r -> r.headName().equals("Trương Minh Khoa")).findFirst().orElseThrow();

        expectKey(() -> entries.changeDelegation(longTuyen(), read, longTuyen(), ReviewParticipation.ATTENDED, LocalDate.of(2016, 12, 1),
                "Trương Minh Khoa", null), "entry.error.review-date");
        entries.changeDelegation(longTuyen(), read, longTuyen(), ReviewParticipation.ATTENDED, LocalDate.of(2018, 1, 5),
                "Trương Minh Khoa", "Dự họp");

        ReviewSummary changed = reviews.summary(2017, scope);
        assertThat(changed.ledCollectives()).isEqualTo(before.ledCollectives() - 1);
        assertThat(changed.attendedCollectives()).isEqualTo(before.attendedCollectives() + 1);

        ReviewDelegation current = reviews.delegations(2017, longTuyen()).stream()
                .filter(r -> r.id() == read.id()).findFirst().orElseThrow();
        entries.removeDelegation(longTuyen(), current);
        assertThat(reviews.summary(2017, scope).attendedCollectives()).isEqualTo(before.attendedCollectives());
    }

    @Test
    void anotherOrganizationsEntriesCannotBeChanged() {
        long traNoc = units.byCode("p-tra-noc").orElseThrow().id();
        NotebookEntry theirs = new NotebookEntry(1, traNoc, "Trà Nóc", LocalDate.of(2019, 1, 1), NotebookKind.STRENGTH, "x", "y", 0);

        assertThatThrownBy(() -> entries.removeNotebookEntry(traNoc, theirs)).isInstanceOf(AccessDeniedException.class);
        expectKey(() -> entries.removeNotebookEntry(longTuyen(), theirs), "entry.error.unit");
    }

    @Test
    void anIndividualReviewIsCountedAsSuchAndNeedsAMemberOfTheUnit() {
        long cell = units.byCode("p-long-tuyen-kv4").orElseThrow().id();
        long otherCell = units.byCode("p-long-tuyen-kv5").orElseThrow().id();
        long member = jdbc.queryForObject("""
                SELECT member_id FROM member_assignment WHERE unit_id = ? AND valid_from <= '2017-01-01'
                  AND (valid_to IS NULL OR valid_to >= '2017-12-31') ORDER BY member_id LIMIT 1""", Long.class, cell);
        var scope = vn.binhthuy.partybuilding.units.UnitScope.organization(longTuyen());
        long before = reviews.summary(2017, scope).ledIndividuals();

        expectKey(() -> entries.addDelegation(longTuyen(), otherCell, 2017, member, ReviewParticipation.LED, LocalDate.of(2017, 12, 20),
                "Trương Minh Khoa", null), "entry.error.member");
        entries.addDelegation(longTuyen(), cell, 2017, member, ReviewParticipation.LED, LocalDate.of(2017, 12, 20), "Trương Minh Khoa", null);

        assertThat(reviews.summary(2017, scope).ledIndividuals()).isEqualTo(before + 1);
        assertThat(reviews.delegations(2017, longTuyen())).anyMatch(r -> r.individual() && r.unitId() == cell);
        expectKey(() -> entries.addDelegation(longTuyen(), cell, 2017, member, ReviewParticipation.ATTENDED, LocalDate.of(2017, 12, 21),
                "Lâm Thị Cẩm Vân", null), "entry.error.duplicate-review");
    }

    @Test
    void anotherOrganizationsEntryCannotBeReachedThroughOwnIds() {
        long traNoc = units.byCode("p-tra-noc").orElseThrow().id();
        NotebookEntry theirs = jdbc.queryForObject("""
                SELECT id, unit_id, entry_date, kind, content, version FROM notebook_entry
                WHERE organization_id = ? ORDER BY id LIMIT 1""", (rs, i) -> new NotebookEntry(rs.getLong("id"),
                rs.getLong("unit_id"), "", rs.getObject("entry_date", LocalDate.class), NotebookKind.valueOf(rs.getString("kind")),
                rs.getString("content"), "", rs.getInt("version")), traNoc);
        NotebookEntry disguised = new NotebookEntry(theirs.id(), longTuyen(), "", theirs.entryDate(), theirs.kind(),
                theirs.content(), "", theirs.version());

        assertThatThrownBy(() -> entries.changeNotebookEntry(longTuyen(), disguised, longTuyen(), theirs.entryDate(),
                NotebookKind.STRENGTH, "Sửa trộm")).isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> entries.removeNotebookEntry(longTuyen(), disguised))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThat(jdbc.queryForObject("SELECT content FROM notebook_entry WHERE id = ?", String.class, theirs.id()))
                .isEqualTo(theirs.content());
    }
}
