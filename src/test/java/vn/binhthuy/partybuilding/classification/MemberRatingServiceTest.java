package vn.binhthuy.partybuilding.classification;

import vn.binhthuy.partybuilding.ApplicationTest;
import vn.binhthuy.partybuilding.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditFilter;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.units.UnitService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Entering one member's rating: validation, optimistic locking between two sessions, audit. Rolled back. */
@ApplicationTest
@Transactional
@WithUserDetails("bantochuc")
class MemberRatingServiceTest {

    @Autowired MemberRatingService ratings;
    @Autowired UnitService units;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;

    private MemberRatingEntry firstRatedMember(String cellCode, int year) {
        long cell = units.byCode(cellCode).orElseThrow().id();
        return ratings.entries(year, cell).stream().filter(e -> e.ratingId() != null).findFirst().orElseThrow();
    }

    private String levelInDatabase(MemberRatingEntry entry, int year) {
        return jdbc.queryForObject("""
                SELECT l.code FROM member_rating r JOIN rating_level l ON l.id = r.level_id
                WHERE r.member_id = ? AND r.rating_year = ?""", String.class, entry.memberId(), year);
    }

    @Test
    void onlyLevelsOfTheYearsScaleAreAcceptedAndBadInputChangesNothing() {
        MemberRatingEntry entry = firstRatedMember("p-an-thoi-kv2", 2018);
        String before = levelInDatabase(entry, 2018);

        assertThatThrownBy(() -> ratings.save(2018, entry, "TSVM", null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("rating.error.level-not-in-scale"));
        assertThatThrownBy(() -> ratings.save(2018, entry, "", null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("rating.error.level-required"));
        assertThatThrownBy(() -> ratings.save(2018, entry, "HTNV", "x".repeat(501)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("rating.error.note-too-long"));
        assertThat(levelInDatabase(entry, 2018)).isEqualTo(before);
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedAndTheFirstIsKept() {
        MemberRatingEntry readByFirst = firstRatedMember("p-an-thoi-kv2", 2018);
        MemberRatingEntry readBySecond = firstRatedMember("p-an-thoi-kv2", 2018);
        String first = "HTNV".equals(readByFirst.levelCode()) ? "HTTNV" : "HTNV";

        MemberRatingEntry saved = ratings.save(2018, readByFirst, first, "Sửa theo biên bản kiểm điểm");

        assertThat(saved.version()).isEqualTo(readByFirst.version() + 1);
        assertThatThrownBy(() -> ratings.save(2018, readBySecond, "KHTNV", null))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(levelInDatabase(readByFirst, 2018)).isEqualTo(first);
        var event = audit.find(new AuditFilter("bantochuc", AuditAction.RECORD_UPDATED, null, null), 0, 1).getFirst();
        assertThat(event.entityId()).isEqualTo(readByFirst.memberCode() + "/2018");
        assertThat(event.beforeValue()).contains("\"level\":\"" + readByFirst.levelCode() + "\"");
        assertThat(event.afterValue()).contains("\"level\":\"" + first + "\"").contains("biên bản");
    }

    @Test
    void aMemberNotYetRatedGetsANewRating() {
        long cell = units.byCode("p-an-thoi-kv2").orElseThrow().id();
        MemberRatingEntry unrated = ratings.entries(2020, cell).getFirst();
        assertThat(unrated.ratingId()).isNull();

        MemberRatingEntry saved = ratings.save(2020, unrated, "HTTNV", null);

        assertThat(saved.ratingId()).isNotNull();
        assertThat(saved.levelCode()).isEqualTo("HTTNV");
        assertThatThrownBy(() -> ratings.save(2020, unrated, "HTNV", null))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void theOrganizationBoardSeesMemberNames() {
        assertThat(firstRatedMember("p-an-thoi-kv2", 2018).fullName()).isNotBlank();
    }

    @Test
    @WithUserDetails("bithu.tranoc")
    void aSecretaryCannotTouchAnotherOrganizationsMembers() {
        long cell = units.byCode("p-an-thoi-kv2").orElseThrow().id();
        assertThatThrownBy(() -> ratings.entries(2018, cell)).isInstanceOf(AccessDeniedException.class);
        assertThat(ratings.mayEdit(cell)).isFalse();
        long ownCell = units.byCode("p-tra-noc-kv2").orElseThrow().id();
        assertThat(ratings.mayEdit(ownCell)).isTrue();
        assertThat(ratings.entries(2018, ownCell)).allMatch(e -> e.fullName() != null);
    }

    @Test
    @WithUserDetails("lanhdao")
    void leadershipReadsWithoutNamesAndCannotEdit() {
        long cell = units.byCode("p-an-thoi-kv2").orElseThrow().id();
        assertThat(ratings.entries(2018, cell)).allMatch(e -> e.fullName() == null);
        assertThat(ratings.mayEdit(cell)).isFalse();
        MemberRatingEntry entry = ratings.entries(2018, cell).stream().filter(e -> e.ratingId() != null).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> ratings.save(2018, entry, "HTTNV", null)).isInstanceOf(AccessDeniedException.class);
    }
}
