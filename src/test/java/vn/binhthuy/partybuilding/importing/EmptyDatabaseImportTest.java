package vn.binhthuy.partybuilding.importing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.security.Role;
import vn.binhthuy.partybuilding.security.UserAccountService;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.binhthuy.partybuilding.importing.RatingImportTest.xlsx;

/**
 * A new deployment without demo data (the same context as FirstStartWithoutDemoDataTest): the administrator creates
 * the Board's account before any unit exists, and the Board imports the register, units first. Rolled back.
 */
@SpringBootTest(properties = {
        "partybuilding.demo-data.enabled=false",
        "partybuilding.security.initial-admin-password=KhoiTao2026x"})
@Transactional
class EmptyDatabaseImportTest {

    @Autowired UserAccountService accounts;
    @Autowired ImportPage page;
    @Autowired UnitImportService units;
    @Autowired MemberImportService members;
    @Autowired JdbcTemplate jdbc;

    @Test
    @WithMockUser(roles = "ADMIN")
    void theFirstBoardAccountNeedsNoUnitWhileThereIsNone() {
        accounts.create("bantochuc.moi", "Ban Tổ chức", null, Set.of(Role.ORG_BOARD));

        assertThat(jdbc.queryForObject("SELECT unit_id FROM app_user WHERE username = 'bantochuc.moi'", Long.class))
                .isNull();
        // a secretary still needs their organization (leadership without a unit reads the whole tree)
        assertThatThrownBy(() -> accounts.create("bithu.moi", "Bí thư", null, Set.of(Role.SECRETARY)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("user.unit.required"));
    }

    @Test
    @WithMockUser(roles = "ORG_BOARD")
    void theBoardStartsWithUnitsThenMembers() throws Exception {
        assertThat(page.isEmpty()).isTrue();
        assertThat(page.kinds()).extracting(ImportKind::code).startsWith("UNITS", "MEMBERS");

        byte[] unitFile = xlsx(UnitImportColumns.ALL, List.of(
                List.of("p-an-binh-kv1", "Chi bộ khu vực 1, phường An Bình", "Khu vực 1", "Chi bộ khu vực", "p-an-binh",
                        "2020", "", "1"),
                List.of("p-an-binh", "Đảng bộ phường An Bình", "Phường An Bình", "Đảng bộ phường", "q-moi", "2020", "",
                        "1"),
                List.of("q-moi", "Đảng bộ quận Mới", "Quận Mới", "Đảng bộ quận", "", "2020", "", "0")));
        UnitImport checkedUnits = units.check(ImportScope.wholeCommittee(null), "don-vi.xlsx", unitFile);
        assertThat(checkedUnits.problems()).isEmpty();
        assertThat(units.apply(checkedUnits)).isEqualTo(new ImportResult(3, 0, 0));
        assertThat(page.isEmpty()).isFalse();

        byte[] memberFile = xlsx(MemberImportColumns.ALL, List.of(
                List.of("DV000001", "Phạm Thị Mẫu", "Nữ", "1980", "03/02/2021", "", "p-an-binh-kv1", "", "", "")));
        MemberImport checkedMembers = members.check(ImportScope.wholeCommittee(null), "dang-vien.xlsx", memberFile);
        assertThat(checkedMembers.problems()).isEmpty();
        assertThat(members.apply(checkedMembers)).isEqualTo(new ImportResult(1, 0, 0));
        assertThat(page.steps()).filteredOn(s -> s.kind().code().equals("MEMBERS")).singleElement()
                .satisfies(s -> assertThat(s.loaded()).isEqualTo(1));
    }

    @Test
    @WithMockUser(roles = "ORG_BOARD")
    void aFileWithoutARootIsRefusedOnAnEmptyDatabase() throws Exception {
        byte[] file = xlsx(UnitImportColumns.ALL, List.of(
                List.of("p-an-binh", "Đảng bộ phường An Bình", "Phường An Bình", "Đảng bộ phường", "q-moi", "2020", "",
                        "1")));

        assertThat(units.check(ImportScope.wholeCommittee(null), "don-vi.xlsx", file).problems())
                .extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "import.error.unknown-parent"));
    }
}
