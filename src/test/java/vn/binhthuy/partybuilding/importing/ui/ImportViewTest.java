package vn.binhthuy.partybuilding.importing.ui;

import vn.binhthuy.partybuilding.importing.RatingImportTest;
import vn.binhthuy.partybuilding.importing.FindingImportColumns;
import vn.binhthuy.partybuilding.importing.ImportProblem;
import vn.binhthuy.partybuilding.importing.RatingImportColumns;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.importing.ImportKind;
import vn.binhthuy.partybuilding.importing.ImportTarget;

import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

class ImportViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private ImportView open(String organizationCode, int year) {
        UI.getCurrent().navigate(ImportView.class);
        ComboBox<ImportTarget> organization = _get(ComboBox.class, spec -> spec.withId("import-organization"));
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
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-working")).getText())
                .isEqualTo("Đang kiểm tra tệp sai.xlsx…");
        _get(ProgressBar.class, spec -> spec.withId("import-progress"));
        settle(view);
        _assertNone(ProgressBar.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-problems-summary")).getText())
                .endsWith("1 dòng bị từ chối, 0 dòng hợp lệ.");

        @SuppressWarnings("unchecked")
        Grid<ImportProblem> problems = _get(Grid.class, spec -> spec.withId("import-problems"));
        assertThat(GridKt._size(problems)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(problems, 0)).containsExactly("2", "Mức xếp loại",
                "Mức \"TSVM\" không có trong thang xếp loại năm 2020 (chỉ dùng: HTXSNV, HTTNV, HTNV, KHTNV).");

        view.handleFile("dung.xlsx", RatingImportTest.xlsx(RatingImportColumns.ALL, List.of(List.of(
                (String) member.get("code"), (String) member.get("full_name"), (String) member.get("cell"), "2020",
                "HTTNV", "", ""))));
        settle(view);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-ready")).getText()).startsWith("1 dòng hợp lệ");
        Button confirm = _get(Button.class, spec -> spec.withId("import-confirm"));
        assertThat(confirm.isDisableOnClick()).as("no second submit while writing").isTrue();
        _click(confirm);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-working")).getText())
                .isEqualTo("Đang ghi 1 dòng…");
        settle(view);

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-done")).getText())
                .isEqualTo("Đã nhập xong tệp dung.xlsx: tạo mới 1, cập nhật 0, không đổi 0, từ chối 0.");
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM member_rating r JOIN party_member m ON m.id = r.member_id
                WHERE m.code = ? AND r.rating_year = 2020""", Integer.class, member.get("code"))).isEqualTo(1);
    }

    /** Waits for the view's background check or write and runs what it then hands to the UI. */
    private static void settle(ImportView view) {
        view.pending().handle((result, failure) -> null).join(); // a refusal is shown, not thrown
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCheckThatWentStaleIsRefusedOnConfirmAndTheUserIsToldSo() throws Exception {
        login("bantochuc");
        Map<String, Object> member = jdbc.queryForMap("""
                SELECT m.id, m.code, m.full_name, u.id AS cell_id, u.code AS cell FROM party_member m
                JOIN member_assignment a ON a.member_id = m.id JOIN unit u ON u.id = a.unit_id
                WHERE u.parent_id = (SELECT id FROM unit WHERE code = 'p-an-thoi') AND a.valid_to IS NULL
                ORDER BY m.code LIMIT 1""");
        ImportView view = open("p-an-thoi", 2020);
        view.handleFile("cu.xlsx", RatingImportTest.xlsx(RatingImportColumns.ALL, List.of(List.of(
                (String) member.get("code"), (String) member.get("full_name"), (String) member.get("cell"), "2020",
                "HTTNV", "", ""))));
        settle(view);
        try {
            // another user rates the member after the check
            jdbc.update("""
                    INSERT INTO member_rating (member_id, rating_year, unit_id, organization_id, level_id)
                    SELECT ?, 2020, ?, (SELECT id FROM unit WHERE code = 'p-an-thoi'), l.id
                    FROM rating_level l JOIN rating_scheme s ON s.id = l.scheme_id
                    WHERE s.code = 'QD132-MEMBER' AND l.code = 'HTNV'""", member.get("id"), member.get("cell_id"));
            _click(_get(Button.class, spec -> spec.withId("import-confirm")));
            settle(view);

            assertThat((String) GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withId("import-problems")), 0).get(2))
                    .startsWith("Từ lúc kiểm tra tệp, 1 dòng mà tệp sẽ thay đổi đã được người khác thay đổi (dòng đầu tiên: 2)");
            assertThat(jdbc.queryForObject("""
                    SELECT l.code FROM member_rating r JOIN rating_level l ON l.id = r.level_id
                    WHERE r.member_id = ? AND r.rating_year = 2020""", String.class, member.get("id"))).isEqualTo("HTNV");
// not rolled back: the import runs on the task executor, outside the test thread and its transaction
        } finally {
            jdbc.update("DELETE FROM member_rating WHERE member_id = ? AND rating_year = 2020", member.get("id"));
        }
    }

    @Test
    void theUploadSpeaksVietnameseAndNamesWhyAFileWasRefused() {
        login("bantochuc");
        ImportView view = open("p-an-thoi", 2020);
        Upload upload = _get(Upload.class, spec -> spec.withId("import-upload"));

        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Tải tệp lên…");
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("Thả tệp vào đây");
        assertThat(upload.getI18n().getError().getIncorrectFileType())
                .isEqualTo("Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).");
        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo("Tệp quá lớn (tối đa 50 MB).");
        assertThat(view.message(ImportView.rejected("ghi-chu.txt")))
                .isEqualTo("Tệp \"ghi-chu.txt\" không được nhận: chỉ nhận tệp Excel (.xlsx) hoặc CSV UTF-8 (.csv).");
        assertThat(view.message(ImportView.rejected("cu.xls"))).startsWith("Tệp \"cu.xls\" là Excel 97–2003 (.xls)");
        assertThat(view.message(ImportView.rejected("lon.xlsx"))).isEqualTo("Tệp lớn hơn 50 MB; hãy chia nhỏ tệp.");
    }

    @Test
    void aSecretaryImportsOnlyForTheirOwnOrganization() {
        login("bithu.tranoc");
        UI.getCurrent().navigate(ImportView.class);

        @SuppressWarnings("unchecked")
        ComboBox<ImportTarget> organization = _get(ComboBox.class, spec -> spec.withId("import-organization"));
        assertThat(organization.getListDataView().getItems().map(ImportTarget::code)).containsExactly("p-tra-noc");
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
        Select<ImportKind> kind = _get(Select.class, spec -> spec.withId("import-kind"));
        HasValueUtilsKt._setValue(kind, kind.getListDataView().getItems().filter(k -> k.code().equals("FINDINGS"))
                .findFirst().orElseThrow());

        view.handleFile("bieu-hien.xlsx", RatingImportTest.xlsx(FindingImportColumns.ALL, List.of(
                List.of("", cell, "2020", "B7", "Nhẹ", "Kiểm điểm", "20/12/2020", ""))));
        settle(view);
        assertThat(GridKt._getFormattedRow(_get(Grid.class, spec -> spec.withId("import-preview")), 0))
                .containsExactly("2", cell, "B7 · Nhẹ · Kiểm điểm · 20/12/2020");
        try {
            _click(_get(Button.class, spec -> spec.withId("import-confirm")));
            settle(view);

            assertThat(_get(Paragraph.class, spec -> spec.withId("import-done")).getText())
                    .isEqualTo("Đã nhập xong tệp bieu-hien.xlsx: tạo mới 1, cập nhật 0, không đổi 0, từ chối 0.");
            assertThat(jdbc.queryForObject("""
                    SELECT COUNT(*) FROM finding f JOIN unit u ON u.id = f.unit_id JOIN indicator i ON i.id = f.indicator_id
                    WHERE u.code = ? AND f.finding_year = 2020 AND i.code = 'B7' AND f.member_id IS NULL""",
                    Integer.class, cell)).isEqualTo(1);
// not rolled back: the import runs on the task executor, outside the test thread and its transaction
        } finally {
            jdbc.update("DELETE FROM finding WHERE finding_year = 2020 AND unit_id = (SELECT id FROM unit WHERE code = ?)",
                    cell);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBoardIsLedThroughTheKindsInOrderWithWhatIsAlreadyLoadedAndASecretarySeesOnlyTheirKinds() {
        login("bantochuc");
        UI.getCurrent().navigate(ImportView.class);

        List<String> steps = _find(Button.class).stream()
                .map(b -> b.getId().orElse("")).filter(id -> id.startsWith("import-step-")).toList();
        assertThat(steps).containsSubsequence("import-step-MEMBER_RATINGS", "import-step-FINDINGS");
        assertThat(_get(Span.class, spec -> spec.withId("import-step-loaded-MEMBER_RATINGS")).getText())
                .isEqualTo("đã có " + String.format(java.util.Locale.GERMAN, "%,d",
                        jdbc.queryForObject("SELECT COUNT(*) FROM member_rating", Long.class)));
        _assertNone(Paragraph.class, spec -> spec.withId("import-steps-empty"));

        _click(_get(Button.class, spec -> spec.withId("import-step-FINDINGS")));
        assertThat(((Select<ImportKind>) _get(Select.class, spec -> spec.withId("import-kind"))).getValue().code())
                .isEqualTo("FINDINGS");

        newSession("bithu.tranoc");
        UI.getCurrent().navigate(ImportView.class);
        _assertNone(Div.class, spec -> spec.withId("import-steps"));
        assertThat(((Select<ImportKind>) _get(Select.class, spec -> spec.withId("import-kind")))
                .getListDataView().getItems().map(ImportKind::reach)).containsOnly(ImportKind.Reach.ORGANIZATION);
    }

    @Test
    void theBoardSeesAllTenKindsInTheGuidedOrderWithTheirCountsFromTheDatabase() {
        login("bantochuc");
        UI.getCurrent().navigate(ImportView.class);
        java.util.Map<String, String> tables = new java.util.LinkedHashMap<>();
        tables.put("UNITS", "unit");
        tables.put("MEMBERS", "party_member");
        tables.put("MEMBER_HISTORY", "member_assignment");
        tables.put("ORGANIZATION_RATINGS", "organization_rating");
        tables.put("MEMBER_RATINGS", "member_rating");
        tables.put("FINDINGS", "finding");
        tables.put("PLANS", "remediation_plan");
        tables.put("PLAN_PROGRESS", "remediation_progress");
        tables.put("REVIEW_DELEGATIONS", "review_delegation");
        tables.put("NOTEBOOK", "notebook_entry");

        List<String> steps = _find(Button.class).stream()
                .map(b -> b.getId().orElse("")).filter(id -> id.startsWith("import-step-")).toList();
        assertThat(steps).containsExactlyElementsOf(tables.keySet().stream().map(k -> "import-step-" + k).toList());
        tables.forEach((kind, table) -> {
            long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
            assertThat(_get(Span.class, spec -> spec.withId("import-step-loaded-" + kind)).getText()).as(kind)
                    .isEqualTo(count == 0 ? "chưa có"
                            : "đã có " + String.format(java.util.Locale.GERMAN, "%,d", count));
        });
    }
}
