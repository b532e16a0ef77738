package vn.binhthuy.partybuilding.importing;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.units.Unit;

import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ImportViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private ImportView open(String organizationCode, int year) {
        UI.getCurrent().navigate(ImportView.class);
        ComboBox<Unit> organization = _get(ComboBox.class, spec -> spec.withId("import-organization"));
        HasValueUtilsKt._setValue(organization, organization.getListDataView().getItems()
                .filter(u -> u.code().equals(organizationCode)).findFirst().orElseThrow());
        HasValueUtilsKt._setValue(_get(Select.class, spec -> spec.withId("import-year")), year);
        return _get(ImportView.class);
    }

    @Test
    void aBadFileShowsItsProblemsInVietnameseAndAGoodOneIsConfirmedThenWritten() throws Exception {
        login("bantochuc");
        Map<String, Object> member = jdbc.queryForMap("""
                SELECT m.code, m.full_name, u.code AS cell FROM party_member m
                JOIN member_assignment a ON a.member_id = m.id JOIN unit u ON u.id = a.unit_id
                WHERE u.parent_id = (SELECT id FROM unit WHERE code = 'p-an-thoi') AND a.valid_to IS NULL
                ORDER BY m.code DESC LIMIT 1""");
        ImportView view = open("p-an-thoi", 2020);

        view.handleFile("sai.xlsx", RatingImportTest.xlsx(RatingImportColumns.ALL, List.of(List.of(
                (String) member.get("code"), (String) member.get("full_name"), (String) member.get("cell"), "2020",
                "TSVM", "", ""))));

        @SuppressWarnings("unchecked")
        Grid<ImportProblem> problems = _get(Grid.class, spec -> spec.withId("import-problems"));
        assertThat(GridKt._size(problems)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(problems, 0)).containsExactly("2", "Mức xếp loại",
                "Mức \"TSVM\" không có trong thang xếp loại năm 2020 (chỉ dùng: HTXSNV, HTTNV, HTNV, KHTNV).");

        view.handleFile("dung.xlsx", RatingImportTest.xlsx(RatingImportColumns.ALL, List.of(List.of(
                (String) member.get("code"), (String) member.get("full_name"), (String) member.get("cell"), "2020",
                "HTTNV", "", ""))));
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-ready")).getText()).startsWith("1 dòng hợp lệ");
        _click(_get(Button.class, spec -> spec.withId("import-confirm")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-done")).getText())
                .isEqualTo("Đã nhập xong: tạo mới 1, cập nhật 0, không đổi 0.");
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM member_rating r JOIN party_member m ON m.id = r.member_id
                WHERE m.code = ? AND r.rating_year = 2020""", Integer.class, member.get("code"))).isEqualTo(1);
    }

    @Test
    void aSecretaryImportsOnlyForTheirOwnOrganization() {
        login("bithu.tranoc");
        UI.getCurrent().navigate(ImportView.class);

        @SuppressWarnings("unchecked")
        ComboBox<Unit> organization = _get(ComboBox.class, spec -> spec.withId("import-organization"));
        assertThat(organization.getListDataView().getItems().map(Unit::code)).containsExactly("p-tra-noc");
        assertThat(organization.isReadOnly()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFindingsOfTheYearAreImportedFromTheSameScreen() throws Exception {
        login("bantochuc");
        String cell = jdbc.queryForObject("""
                SELECT code FROM unit WHERE parent_id = (SELECT id FROM unit WHERE code = 'p-an-thoi')
                ORDER BY code LIMIT 1""", String.class);
        ImportView view = open("p-an-thoi", 2020);
        HasValueUtilsKt._setValue(_get(Select.class, spec -> spec.withId("import-kind")), ImportView.Kind.FINDINGS);

        view.handleFile("bieu-hien.xlsx", RatingImportTest.xlsx(FindingImportColumns.ALL, List.of(
                List.of("", cell, "2020", "B7", "Nhẹ", "Kiểm điểm", "20/12/2020", ""))));
        assertThat(GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withId("import-preview")), 0))
                .containsExactly("2", cell, "B7 · REVIEW");
        try {
            _click(_get(Button.class, spec -> spec.withId("import-confirm")));

            assertThat(_get(Paragraph.class, spec -> spec.withId("import-done")).getText())
                    .isEqualTo("Đã nhập xong: tạo mới 1, cập nhật 0, không đổi 0.");
            assertThat(jdbc.queryForObject("""
                    SELECT COUNT(*) FROM finding f JOIN unit u ON u.id = f.unit_id JOIN indicator i ON i.id = f.indicator_id
                    WHERE u.code = ? AND f.finding_year = 2020 AND i.code = 'B7' AND f.member_id IS NULL""",
                    Integer.class, cell)).isEqualTo(1);
        } finally {
            jdbc.update("DELETE FROM finding WHERE finding_year = 2020 AND unit_id = (SELECT id FROM unit WHERE code = ?)",
                    cell);
        }
    }
}
