package vn.binhthuy.partybuilding.dashboard;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.KaribuTest;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.kpiCard;

/**
 * The committee's wording follows the root and the unit shown (the context of {@link ProvinceLevelsTest}, scale 3):
 * a province root reads "Tỉnh ủy", its districts' pages "Quận ủy"; leadership without a unit reads the whole tree.
 */
@TestPropertySource(properties = "partybuilding.demo-data.scale=3")
class ProvinceWordingTest extends KaribuTest {

    private static final String PROVINCE_COMMITTEE = "Tỉnh ủy mẫu (3 quận)";

    @Autowired JdbcTemplate jdbc;

    private static String subtitle() {
        return _get(Span.class, spec -> spec.withId("app-subtitle")).getText();
    }

    @Test
    void aProvinceRootIsLedByTheProvincialCommitteeAndADistrictPageByItsOwn() {
        login(ProvinceLevelsTest.PROVINCE_LEADER);
        open("?year=2017");
        assertThat(subtitle()).isEqualTo(PROVINCE_COMMITTEE);
        assertThat(kpiCard("kpi-reviews").getLabel()).isEqualTo("Đoàn kiểm điểm của BTV Tỉnh ủy");

        open("district/q-binh-thuy?year=2017");
        assertThat(subtitle()).isEqualTo(PROVINCE_COMMITTEE);
        assertThat(kpiCard("kpi-reviews").getLabel()).isEqualTo("Đoàn kiểm điểm của BTV Quận ủy");
    }

    @Test
    @Transactional
    void theUsersListNamesEachLeadershipsCommitteeAndTheWholeTreeForOneWithoutAUnit() {
        jdbc.update("""
                INSERT INTO app_user (username, password_hash, display_name, unit_id, enabled, must_change_password)
                VALUES ('lanhdao.toan', 'x', 'Lãnh đạo toàn tỉnh', NULL, TRUE, FALSE)""");
        jdbc.update("INSERT INTO app_user_role (user_id, role_code) SELECT id, 'LEADERSHIP' FROM app_user"
                + " WHERE username = 'lanhdao.toan'");
        login("quantri");
        open("admin/users");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("user-grid"));
        assertThat(row(grid, "lanhdao.tinh")).containsSubsequence("Đảng bộ tỉnh mẫu (3 quận)", "Lãnh đạo Tỉnh ủy");
        assertThat(row(grid, "lanhdao")).containsSubsequence("Đảng bộ quận Bình Thủy", "Lãnh đạo Quận ủy");
        assertThat(row(grid, "bantochuc")).contains("Ban Tổ chức Quận ủy");
        assertThat(row(grid, "lanhdao.toan")).containsSubsequence("Toàn đảng bộ", "Lãnh đạo Tỉnh ủy");
        // an administrator reads no party data: no unit to name
        assertThat(row(grid, "quantri").get(2)).isEmpty();
    }

    private static List<String> row(Grid<Object> grid, String username) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            List<String> row = GridKt._getFormattedRow(grid, i);
            if (row.getFirst().equals(username)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + username);
    }
}
