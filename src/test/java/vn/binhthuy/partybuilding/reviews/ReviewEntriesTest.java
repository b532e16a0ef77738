package vn.binhthuy.partybuilding.reviews;

import vn.binhthuy.partybuilding.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.units.UnitService;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Notebook entries and review delegations; rolled back. */
@SpringBootTest
@Transactional
@WithUserDetails("bithu.longtuyen")
class ReviewEntriesTest {

    @Autowired ReviewEntries entries;
    @Autowired ReviewService reviews;
    @Autowired UnitService units;

    long longTuyen() {
        return units.byCode("p-long-tuyen").orElseThrow().id();
    }

    private static void expectKey(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void aSecretaryNotesAStrengthOfOneOfTheirCells() {
        long cell = units.byCode("p-long-tuyen-kv4").orElseThrow().id();
        int before = reviews.notebook(2019, longTuyen()).size();

        entries.addNotebookEntry(longTuyen(), cell, LocalDate.of(2019, 5, 6), "STRENGTH", "Sinh hoạt chuyên đề tốt");

        assertThat(reviews.notebook(2019, longTuyen())).hasSize(before + 1)
                .anyMatch(n -> n.content().equals("Sinh hoạt chuyên đề tốt")
                        && n.recordedBy().equals("Bí thư Đảng ủy phường Long Tuyền"));
    }

    @Test
    void badEntriesAreRefusedWithSpecificMessages() {
        long traNocCell = units.byCode("p-tra-noc-kv1").orElseThrow().id();
        expectKey(() -> entries.addNotebookEntry(longTuyen(), longTuyen(), LocalDate.now().plusDays(2), "STRENGTH", "x"),
                "entry.error.date");
        expectKey(() -> entries.addNotebookEntry(longTuyen(), longTuyen(), LocalDate.of(2019, 1, 1), "STRENGTH", " "),
                "entry.error.content");
        expectKey(() -> entries.addNotebookEntry(longTuyen(), traNocCell, LocalDate.of(2019, 1, 1), "STRENGTH", "x"),
                "entry.error.unit");
        expectKey(() -> entries.addDelegation(longTuyen(), longTuyen(), 2019, "LED", LocalDate.of(2021, 1, 1), "A", null),
                "entry.error.review-date");
        expectKey(() -> entries.addDelegation(longTuyen(), longTuyen(), 2019, "LED", LocalDate.of(2019, 12, 1), " ", null),
                "entry.error.head");
    }

    @Test
    void aDelegationIsCountedAndASecondForTheSameUnitIsRefused() {
        long before = reviews.summary(2017, vn.binhthuy.partybuilding.units.UnitScope.organization(longTuyen())).ledCollectives();

        entries.addDelegation(longTuyen(), longTuyen(), 2017, "LED", LocalDate.of(2017, 12, 20), "Trương Minh Khoa", null);

        assertThat(reviews.summary(2017, vn.binhthuy.partybuilding.units.UnitScope.organization(longTuyen()))
                .ledCollectives()).isEqualTo(before + 1);
        expectKey(() -> entries.addDelegation(longTuyen(), longTuyen(), 2017, "ATTENDED", LocalDate.of(2017, 12, 21),
                "Lâm Thị Cẩm Vân", null), "entry.error.duplicate-review");
    }

    @Test
    void anotherOrganizationIsRefused() {
        long traNoc = units.byCode("p-tra-noc").orElseThrow().id();
        assertThat(entries.mayEdit(traNoc)).isFalse();
        assertThatThrownBy(() -> entries.addNotebookEntry(traNoc, traNoc, LocalDate.of(2019, 1, 1), "STRENGTH", "x"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
