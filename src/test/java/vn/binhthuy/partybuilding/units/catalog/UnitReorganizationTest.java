package vn.binhthuy.partybuilding.units.catalog;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.ApplicationTest;
import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.units.SuccessionKind;
import vn.binhthuy.partybuilding.units.UnitLevel;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.binhthuy.partybuilding.InvalidInputAssertions.expectKey;

/** Moves, merges and dissolutions from a year on the Bình Thủy demo (figures 2016–2019, units to 2025); rolled back. */
@ApplicationTest
@Transactional
@WithUserDetails("bantochuc")
class UnitReorganizationTest {

    /** The history that must not change: every row of a figure table that names the unit. */
    private static final String HISTORY = """
            SELECT (SELECT COUNT(*) FROM organization_rating WHERE unit_id = ?)
                 + (SELECT COUNT(*) FROM member_rating WHERE unit_id = ? OR organization_id = ?)
                 + (SELECT COUNT(*) FROM finding WHERE unit_id = ? OR organization_id = ?)
                 + (SELECT COUNT(*) FROM remediation_plan WHERE unit_id = ? OR organization_id = ?)
                 + (SELECT COUNT(*) FROM review_delegation WHERE unit_id = ? OR organization_id = ?)""";

    @Autowired UnitReorganization reorganization;
    @Autowired UnitCatalogQueries queries;
    @Autowired JdbcTemplate jdbc;

    private CatalogUnit unit(String code) {
        return queries.byId(id(code)).orElseThrow();
    }

    private long id(String code) {
        return jdbc.queryForObject("SELECT id FROM unit WHERE code = ?", Long.class, code);
    }

    private long history(long unitId) {
        return jdbc.queryForObject(HISTORY, Long.class, unitId, unitId, unitId, unitId, unitId, unitId, unitId,
                unitId, unitId);
    }

    private int openAssignments(long unitId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM member_assignment WHERE unit_id = ? AND valid_to IS NULL",
                Integer.class, unitId);
    }

    private static ReorganizationRequest move(CatalogUnit unit, CatalogUnit parent, int year) {
        return new ReorganizationRequest(SuccessionKind.MOVE, List.of(unit), parent.id(), year, null, null, null);
    }

    @Test
    void aMovedCellEndsTheYearBeforeAndContinuesUnderItsNewParentWithItsMembers() {
        CatalogUnit kv1 = unit("p-long-tuyen-kv1");
        CatalogUnit traNoc = unit("p-tra-noc");
        long historyBefore = history(kv1.id());
        int members = openAssignments(kv1.id());
        assertThat(members).isPositive();

        ReorganizationPreview preview = reorganization.preview(move(kv1, traNoc, 2021));
        assertThat(preview.ending()).extracting(CatalogUnit::code).containsExactly("p-long-tuyen-kv1");
        assertThat(preview.successors()).singleElement().satisfies(s -> {
            assertThat(s.code()).isEqualTo("p-long-tuyen-kv1-2021");
            assertThat(s.parentName()).isEqualTo(traNoc.name());
            assertThat(s.predecessorNames()).containsExactly(kv1.name());
        });
        assertThat(preview.members()).isEqualTo(members);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit WHERE code = 'p-long-tuyen-kv1-2021'",
                Integer.class)).as("a preview writes nothing").isZero();

        reorganization.apply(move(kv1, traNoc, 2021));

        long successor = id("p-long-tuyen-kv1-2021");
        CatalogUnit moved = queries.byId(successor).orElseThrow();
        assertThat(moved.parentId()).isEqualTo(traNoc.id());
        assertThat(moved.level()).isEqualTo(UnitLevel.CELL);
        assertThat(moved.name()).isEqualTo(kv1.name());
        assertThat(moved.validFromYear()).isEqualTo(2021);
        assertThat(moved.validToYear()).isEqualTo(kv1.validToYear());
        assertThat(queries.byId(kv1.id()).orElseThrow().validToYear()).isEqualTo(2020);
        assertThat(jdbc.queryForObject("""
                SELECT CONCAT(predecessor_id, ' ', from_year, ' ', kind) FROM unit_succession WHERE successor_id = ?""",
                String.class, successor)).isEqualTo(kv1.id() + " 2021 MOVE");
        assertThat(history(kv1.id())).as("figures stay where they were recorded").isEqualTo(historyBefore);
        assertThat(history(successor)).isZero();
        assertThat(openAssignments(kv1.id())).isZero();
        assertThat(openAssignments(successor)).isEqualTo(members);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM member_assignment a JOIN member_assignment b ON b.member_id = a.member_id
                WHERE a.unit_id = ? AND a.valid_to = ? AND b.unit_id = ? AND b.valid_from = ?""", Integer.class,
                kv1.id(), LocalDate.of(2020, 12, 31), successor, LocalDate.of(2021, 1, 1)))
                .as("each member's stretch ends on 31/12/2020 and goes on from 01/01/2021").isEqualTo(members);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM audit_event WHERE (entity_type = 'UNIT' AND entity_id IN (?, ?))
                   OR (entity_type = 'UNIT_SUCCESSION' AND entity_id = 'MOVE 2021')""", Integer.class,
                kv1.code(), "p-long-tuyen-kv1-2021")).isEqualTo(3);
    }

    @Test
    void twoWardsMergeIntoOneWithTheirCellsAndMembers() {
        CatalogUnit traAn = unit("p-tra-an");
        CatalogUnit traNoc = unit("p-tra-noc");
        int cells = jdbc.queryForObject("SELECT COUNT(*) FROM unit WHERE parent_id IN (?, ?) AND valid_to_year >= 2022",
                Integer.class, traAn.id(), traNoc.id());
        int members = jdbc.queryForObject("""
                SELECT COUNT(*) FROM member_assignment a JOIN unit c ON c.id = a.unit_id
                WHERE c.parent_id IN (?, ?) AND a.valid_to IS NULL""", Integer.class, traAn.id(), traNoc.id());
        long historyBefore = history(traAn.id()) + history(traNoc.id());
        ReorganizationRequest merge = new ReorganizationRequest(SuccessionKind.MERGE, List.of(traAn, traNoc),
                traAn.parentId(), 2022, "p-tra-an-tra-noc", "Đảng bộ phường Trà An - Trà Nóc", "Trà An - Trà Nóc");

        ReorganizationPreview preview = reorganization.preview(merge);
        assertThat(preview.successors()).hasSize(1 + cells);
        assertThat(preview.successors().getFirst().predecessorNames()).containsExactly(traAn.name(), traNoc.name());
        assertThat(preview.ending()).hasSize(2 + cells);
        assertThat(preview.members()).isEqualTo(members);

        reorganization.apply(merge);

        long merged = id("p-tra-an-tra-noc");
        assertThat(jdbc.queryForList("SELECT predecessor_id FROM unit_succession WHERE successor_id = ? AND kind = 'MERGE'",
                Long.class, merged)).containsExactlyInAnyOrder(traAn.id(), traNoc.id());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit WHERE parent_id = ? AND valid_from_year = 2022",
                Integer.class, merged)).isEqualTo(cells);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit WHERE id IN (?, ?) AND valid_to_year = 2021",
                Integer.class, traAn.id(), traNoc.id())).isEqualTo(2);
        assertThat(history(traAn.id()) + history(traNoc.id())).isEqualTo(historyBefore);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM member_assignment a JOIN unit c ON c.id = a.unit_id
                WHERE c.parent_id = ? AND a.valid_to IS NULL AND a.valid_from = '2022-01-01'""", Integer.class, merged))
                .isEqualTo(members);
    }

    @Test
    void aDissolvedDistrictHandsItsOrganizationsToTheProvince() {
        long province = jdbc.queryForObject("SELECT id FROM unit WHERE parent_id IS NULL", Long.class);
        jdbc.update("""
                INSERT INTO unit (code, parent_id, kind_code, level, name, short_name, valid_from_year, valid_to_year)
                VALUES ('tinh-thu', NULL, 'PROVINCE', 'PROVINCE', 'Đảng bộ tỉnh thử', 'Tỉnh thử', 2000, NULL)""");
        long root = id("tinh-thu");
        jdbc.update("UPDATE unit SET parent_id = ? WHERE id = ?", root, province);
        jdbc.update("""
                INSERT INTO unit (code, parent_id, kind_code, level, name, short_name, valid_from_year, valid_to_year)
                VALUES ('q-thu', ?, 'DISTRICT', 'DISTRICT', 'Đảng bộ huyện thử', 'Huyện thử', 2010, NULL)""", root);
        String wardKind = jdbc.queryForObject("SELECT kind_code FROM unit WHERE code = 'p-tra-noc'", String.class);
        jdbc.update("""
                INSERT INTO unit (code, parent_id, kind_code, level, name, short_name, valid_from_year, valid_to_year)
                VALUES ('x-thu', ?, ?, 'GRASSROOTS', 'Đảng bộ xã thử', 'Xã thử', 2010, NULL)""", id("q-thu"), wardKind);
        String cellKind = jdbc.queryForObject("SELECT kind_code FROM unit WHERE code = 'p-long-tuyen-kv1'", String.class);
        jdbc.update("""
                INSERT INTO unit (code, parent_id, kind_code, level, name, short_name, valid_from_year, valid_to_year)
                VALUES ('x-thu-ap1', ?, ?, 'CELL', 'Chi bộ ấp 1', 'Ấp 1', 2010, NULL)""", id("x-thu"), cellKind);
        jdbc.update("""
                INSERT INTO unit (code, parent_id, kind_code, level, name, short_name, valid_from_year, valid_to_year)
                VALUES ('x-thu-ap0', ?, ?, 'CELL', 'Chi bộ ấp cũ', 'Ấp cũ', 2010, 2015)""", id("x-thu"), cellKind);
        jdbc.update("""
                INSERT INTO party_member (code, full_name, gender, birth_year, admitted_on)
                VALUES ('dv-thu', 'Nguyễn Văn Thử', 'M', 1980, '2005-05-05')""");
        long member = jdbc.queryForObject("SELECT id FROM party_member WHERE code = 'dv-thu'", Long.class);
        jdbc.update("INSERT INTO member_assignment (member_id, unit_id, valid_from) VALUES (?, ?, '2012-03-01')",
                member, id("x-thu-ap1"));

        reorganization.apply(new ReorganizationRequest(SuccessionKind.DISSOLVE, List.of(unit("q-thu")), null, 2021,
                null, null, null));

        assertThat(unit("q-thu").validToYear()).isEqualTo(2020);
        CatalogUnit commune = unit("x-thu-2021");
        assertThat(commune.parentId()).isEqualTo(root);
        assertThat(commune.level()).isEqualTo(UnitLevel.GRASSROOTS);
        assertThat(unit("x-thu-ap1-2021").parentId()).isEqualTo(commune.id());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit WHERE code = 'x-thu-ap0-2021'", Integer.class))
                .as("a cell that ended before is left where it was").isZero();
        assertThat(jdbc.queryForObject("SELECT kind FROM unit_succession WHERE successor_id = ?", String.class,
                commune.id())).isEqualTo("DISSOLVE");
        assertThat(jdbc.queryForList("SELECT CONCAT(unit_id, ' ', valid_from, ' ', COALESCE(valid_to, '-')) "
                        + "FROM member_assignment WHERE member_id = ? ORDER BY valid_from", String.class, member))
                .containsExactly(id("x-thu-ap1") + " 2012-03-01 2020-12-31", id("x-thu-ap1-2021") + " 2021-01-01 -");
    }

    @Test
    void impossibleReorganizationsAreRefusedWithSpecificMessagesAndChangeNothing() {
        CatalogUnit kv1 = unit("p-long-tuyen-kv1");
        CatalogUnit longTuyen = unit("p-long-tuyen");
        CatalogUnit traNoc = unit("p-tra-noc");
        CatalogUnit district = unit("q-binh-thuy");
        int units = jdbc.queryForObject("SELECT COUNT(*) FROM unit", Integer.class);

        assertThatThrownBy(() -> reorganization.apply(move(kv1, traNoc, 2019)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("unit.reorg.error.data-after");
                    assertThat(e.arguments()).containsExactly(kv1.name(), 2019);
                });
        expectKey(() -> reorganization.apply(move(kv1, traNoc, 2030)), "unit.reorg.error.year");
        expectKey(() -> reorganization.apply(move(kv1, longTuyen, 2021)), "unit.reorg.error.same-parent");
        expectKey(() -> reorganization.apply(move(kv1, district, 2021)), "unit.reorg.error.parent-level");
        expectKey(() -> reorganization.apply(new ReorganizationRequest(SuccessionKind.MOVE, List.of(kv1), null, 2021,
                null, null, null)), "unit.reorg.error.parent");
        expectKey(() -> reorganization.apply(move(longTuyen, district, 2021)), "unit.reorg.error.same-parent");
        expectKey(() -> reorganization.apply(new ReorganizationRequest(SuccessionKind.MERGE, List.of(longTuyen, kv1),
                district.id(), 2021, "p-hop-nhat", "Đảng bộ hợp nhất", "Hợp nhất")), "unit.reorg.error.merge-level");
        expectKey(() -> reorganization.apply(new ReorganizationRequest(SuccessionKind.MERGE, List.of(longTuyen),
                district.id(), 2021, "p-hop-nhat", "Đảng bộ hợp nhất", "Hợp nhất")), "unit.reorg.error.merge-count");
        expectKey(() -> reorganization.apply(new ReorganizationRequest(SuccessionKind.MERGE, List.of(longTuyen, traNoc),
                district.id(), 2021, "p-long-tuyen-kv2", "Đảng bộ hợp nhất", "Hợp nhất")), "unit.error.code-taken");
        expectKey(() -> reorganization.apply(new ReorganizationRequest(SuccessionKind.MERGE, List.of(longTuyen, traNoc),
                district.id(), 2021, "p-hop-nhat", " ", "Hợp nhất")), "unit.error.name");
        expectKey(() -> reorganization.apply(new ReorganizationRequest(SuccessionKind.DISSOLVE, List.of(district), null,
                2021, null, null, null)), "unit.reorg.error.dissolve-top");
        expectKey(() -> reorganization.apply(new ReorganizationRequest(SuccessionKind.DISSOLVE, List.of(longTuyen),
                null, 2021, null, null, null)), "unit.reorg.error.dissolve-level");
        expectKey(() -> reorganization.apply(new ReorganizationRequest(SuccessionKind.MOVE, List.of(kv1, kv1),
                traNoc.id(), 2021, null, null, null)), "unit.reorg.error.units");

        jdbc.update("""
                INSERT INTO notebook_entry (unit_id, organization_id, entry_date, kind, content, recorded_by)
                VALUES (?, ?, '2022-03-04', 'STRENGTH', 'Ghi chép thử', 'Ban Tổ chức')""", kv1.id(), longTuyen.id());
        assertThatThrownBy(() -> reorganization.apply(move(kv1, traNoc, 2021)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("unit.reorg.error.data-after");
                    assertThat(e.arguments()).as("a notebook entry of 2022").containsExactly(kv1.name(), 2022);
                });

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit", Integer.class)).isEqualTo(units);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit_succession", Integer.class)).isZero();
        assertThat(unit("p-long-tuyen-kv1").validToYear()).isEqualTo(kv1.validToYear());
    }

    @Test
    void aChangeBasedOnAnOutdatedReadIsRefusedBeforeAnythingIsWritten() {
        CatalogUnit kv1 = unit("p-long-tuyen-kv1");
        jdbc.update("UPDATE unit SET version = version + 1 WHERE id = ?", kv1.id());
        int units = jdbc.queryForObject("SELECT COUNT(*) FROM unit", Integer.class);

        assertThatThrownBy(() -> reorganization.apply(move(kv1, unit("p-tra-noc"), 2021)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit", Integer.class)).isEqualTo(units);
    }

    @Test
    @WithUserDetails("bithu.longtuyen")
    void onlyTheOrganizationBoardReorganizes() {
        CatalogUnit kv1 = unit("p-long-tuyen-kv1");
        assertThatThrownBy(() -> reorganization.preview(move(kv1, unit("p-tra-noc"), 2021)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
