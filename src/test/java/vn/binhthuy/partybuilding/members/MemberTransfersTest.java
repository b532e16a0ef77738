package vn.binhthuy.partybuilding.members;

import vn.binhthuy.partybuilding.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.units.UnitService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static vn.binhthuy.partybuilding.InvalidInputAssertions.expectKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Moving members between cells; rolled back. */
@ApplicationTest
@Transactional
@WithUserDetails("bithu.longtuyen")
class MemberTransfersTest {

    @Autowired Clock clock;
    @Autowired MemberTransfers transfers;
    @Autowired UnitService units;
    @Autowired JdbcTemplate jdbc;

    private long unit(String code) {
        return units.byCode(code).orElseThrow().id();
    }

    private long memberOf(String cell) {
        return jdbc.queryForObject("""
                SELECT member_id FROM member_assignment WHERE unit_id = ? AND valid_to IS NULL
                  AND valid_from < '2020-01-01' ORDER BY member_id LIMIT 1""", Long.class, unit(cell));
    }

    @Test
    void aTransferEndsTheOldAssignmentTheDayBeforeAndStartsTheNewOne() {
        long member = memberOf("p-long-tuyen-kv1");
        LocalDate on = LocalDate.of(2024, 3, 1);

        transfers.transfer(member, unit("p-long-tuyen-kv1"), unit("p-long-tuyen-kv2"), on);

        List<Map<String, Object>> history = jdbc.queryForList("""
                SELECT u.code, a.valid_from, a.valid_to FROM member_assignment a JOIN unit u ON u.id = a.unit_id
                WHERE a.member_id = ? ORDER BY a.valid_from""", member);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("code")).isEqualTo("p-long-tuyen-kv1");
        assertThat(history.get(0).get("valid_to").toString()).isEqualTo("2024-02-29");
        assertThat(history.get(1).get("code")).isEqualTo("p-long-tuyen-kv2");
        assertThat(history.get(1).get("valid_to")).isNull();
    }

    @Test
    void badTransfersAreRefusedAndChangeNothing() {
        long member = memberOf("p-long-tuyen-kv1");
        expectKey(() -> transfers.transfer(member, unit("p-long-tuyen-kv1"), unit("p-long-tuyen-kv1"),
                LocalDate.of(2024, 3, 1)), "transfer.error.same");
        expectKey(() -> transfers.transfer(member, unit("p-long-tuyen-kv3"), unit("p-long-tuyen-kv2"),
                LocalDate.of(2024, 3, 1)), "transfer.error.not-in-cell");
        expectKey(() -> transfers.transfer(member, unit("p-long-tuyen-kv1"), unit("p-long-tuyen-kv2"),
                LocalDate.now(clock).plusDays(1)), "transfer.error.date");
        expectKey(() -> transfers.transfer(member, unit("p-long-tuyen-kv1"), unit("p-long-tuyen"),
                LocalDate.of(2024, 3, 1)), "transfer.error.target");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_assignment WHERE member_id = ?", Integer.class,
                member)).isEqualTo(1);
    }

    @Test
    void aSecretaryCannotMoveMembersOutOfTheirOrganization() {
        long member = memberOf("p-long-tuyen-kv1");
        assertThatThrownBy(() -> transfers.transfer(member, unit("p-long-tuyen-kv1"), unit("p-tra-noc-kv1"),
                LocalDate.of(2024, 3, 1))).isInstanceOf(AccessDeniedException.class);
        assertThat(transfers.mayTransferFrom(unit("p-tra-noc-kv1"))).isFalse();
    }

    @Test
    void aSecretaryMovesMembersOnlyWithinTheirOrganization() {
        assertThat(transfers.destinations(unit("p-long-tuyen-kv1"))).isNotEmpty()
                .allMatch(home -> home.organizationShortName().equals(units.byCode("p-long-tuyen").orElseThrow().shortName()))
                .noneMatch(home -> home.id() == unit("p-long-tuyen-kv1"));
    }

    @Test
    @WithUserDetails("bantochuc")
    void theBoardMovesAMemberToAnotherOrganization() {
        long member = memberOf("p-long-tuyen-kv1");
        assertThat(transfers.destinations(unit("p-long-tuyen-kv1")))
                .anyMatch(home -> home.id() == unit("p-tra-noc-kv1"))
                .anyMatch(home -> home.label().equals(units.byCode("p-tra-noc-kv1").orElseThrow().name() + " — "
                        + units.byCode("p-tra-noc").orElseThrow().shortName()));

        transfers.transfer(member, unit("p-long-tuyen-kv1"), unit("p-tra-noc-kv1"), LocalDate.of(2024, 3, 1));

        assertThat(jdbc.queryForObject("""
                SELECT u.code FROM member_assignment a JOIN unit u ON u.id = a.unit_id
                WHERE a.member_id = ? AND a.valid_to IS NULL""", String.class, member)).isEqualTo("p-tra-noc-kv1");
    }

    @Test
    void aTransferKeepsTheEarlierHistoryAndCountsAsAChangeOfTheMember() {
        long member = memberOf("p-long-tuyen-kv1");
        long kv1 = unit("p-long-tuyen-kv1");
        long kv2 = unit("p-long-tuyen-kv2");
        int version = jdbc.queryForObject("SELECT version FROM party_member WHERE id = ?", Integer.class, member);
        transfers.transfer(member, kv1, kv2, LocalDate.of(2023, 3, 1));

        transfers.transfer(member, kv2, kv1, LocalDate.of(2024, 3, 1));

        List<String> history = jdbc.queryForList("""
                SELECT CONCAT(u.code, ' ', a.valid_from, ' ', COALESCE(a.valid_to, '-'))
                FROM member_assignment a JOIN unit u ON u.id = a.unit_id WHERE a.member_id = ?
                ORDER BY a.valid_from""", String.class, member);
        assertThat(history).hasSize(3);
        assertThat(history.getFirst()).startsWith("p-long-tuyen-kv1 ").endsWith(" 2023-02-28");
        assertThat(history.subList(1, 3)).containsExactly("p-long-tuyen-kv2 2023-03-01 2024-02-29",
                "p-long-tuyen-kv1 2024-03-01 -");
        assertThat(jdbc.queryForObject("SELECT version FROM party_member WHERE id = ?", Integer.class, member))
                .isEqualTo(version + 2);
    }
}
