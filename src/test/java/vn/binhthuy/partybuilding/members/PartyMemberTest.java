package vn.binhthuy.partybuilding.members;

import org.junit.jupiter.api.Test;
import vn.binhthuy.partybuilding.base.InvalidInputException;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The member aggregate's own rules, without a database. */
class PartyMemberTest {

    private static final LocalDate ADMITTED = LocalDate.of(2015, 6, 1);

    private static PartyMember member() {
        return new PartyMember(7, "DV1", "Nguyễn Văn A", Gender.M, 1980, ADMITTED, null, null, null,
                Set.of(new Assignment(10, ADMITTED, LocalDate.of(2019, 12, 31)),
                        new Assignment(11, LocalDate.of(2020, 1, 1), null)), 3);
    }

    @Test
    void theAssignmentOnADayIsTheOneCoveringIt() {
        assertThat(member().assignmentOn(LocalDate.of(2019, 12, 31))).map(Assignment::unitId).contains(10L);
        assertThat(member().assignmentOn(LocalDate.of(2020, 1, 1))).map(Assignment::unitId).contains(11L);
        assertThat(member().assignmentOn(LocalDate.of(2015, 5, 31))).isEmpty();
        assertThat(member().lastUnit()).contains(11L);
        assertThat(member().firstAssignmentStart()).contains(ADMITTED);
    }

    @Test
    void aMoveEndsTheCurrentAssignmentTheDayBeforeAndKeepsTheVersionItWasReadAt() {
        PartyMember member = member();
        Assignment current = member.assignmentOn(LocalDate.of(2024, 3, 1)).orElseThrow();

        PartyMember moved = member.movedTo(12, current, LocalDate.of(2024, 3, 1));

        assertThat(moved.assignments()).containsExactlyInAnyOrder(
                new Assignment(10, ADMITTED, LocalDate.of(2019, 12, 31)),
                new Assignment(11, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 2, 29)),
                new Assignment(12, LocalDate.of(2024, 3, 1), null));
        assertThat(moved.version()).isEqualTo(3);
        assertThatThrownBy(() -> member.movedTo(12, current, LocalDate.of(2020, 1, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("transfer.error.date"));
    }

    @Test
    void leavingEndsTheOpenAssignmentThatDayAndCorrectingTakesTheVersionOfTheRead() {
        PartyMember left = member().departed(LocalDate.of(2024, 5, 5), "Từ trần");
        assertThat(left.leftOn()).isEqualTo(LocalDate.of(2024, 5, 5));
        assertThat(left.assignments()).noneMatch(Assignment::isOpen)
                .contains(new Assignment(11, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 5, 5)));

        PartyMember corrected = member().corrected("Nguyễn Văn B", Gender.M, 1981, ADMITTED, ADMITTED.plusYears(1), 2);
        assertThat(corrected.version()).isEqualTo(2);
        assertThat(corrected.assignments()).isEqualTo(member().assignments());
    }
}
