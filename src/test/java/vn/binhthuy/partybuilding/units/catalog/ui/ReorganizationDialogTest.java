package vn.binhthuy.partybuilding.units.catalog.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.units.catalog.CatalogUnit;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** "Chuyển đơn vị", "Hợp nhất" and "Giải thể cấp" on the units page: preview first, then confirm. Rolled back. */
@Transactional
class ReorganizationDialogTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;

    private UnitCatalogView open() {
        login("bantochuc");
        return navigateTo(UnitCatalogView.class);
    }

    private static CatalogUnit row(UnitCatalogView view, String code) {
        for (int i = 0; i < GridKt._size(view.grid()); i++) {
            if (GridKt._get(view.grid(), i).code().equals(code)) {
                return GridKt._get(view.grid(), i);
            }
        }
        throw new AssertionError("no row " + code);
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static CatalogUnit item(java.util.stream.Stream<CatalogUnit> items, String code) {
        return items.filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aCellIsMovedAfterAPreviewThatAChangedInputWithdraws() {
        UnitCatalogView view = open();
        assertThat(button("unit-move").isEnabled()).as("nothing selected").isFalse();
        CatalogUnit longTuyen = row(view, "p-long-tuyen");
        view.grid().expand(longTuyen);
        view.grid().select(row(view, "p-long-tuyen-kv1"));
        assertThat(button("unit-dissolve").isEnabled()).as("a cell has no level below").isFalse();
        _click(button("unit-move"));

        ReorganizationDialog dialog = _get(ReorganizationDialog.class);
        HasValueUtilsKt._setValue(dialog.year, 2021);
        HasValueUtilsKt._setValue(dialog.parent, item(dialog.parent.getListDataView().getItems(), "p-tra-noc"));
        assertThat(dialog.code.getPlaceholder()).isEqualTo("p-long-tuyen-kv1-2021");
        assertThat(dialog.confirm.isEnabled()).isFalse();

        _click(dialog.previewButton);
        assertThat(dialog.preview.getElement().getTextRecursively())
                .contains("Kết thúc năm 2020: " + row(view, "p-long-tuyen-kv1").name() + " (p-long-tuyen-kv1)")
                .contains("Từ năm 2021: " + row(view, "p-long-tuyen-kv1").name() + " (p-long-tuyen-kv1-2021), trực thuộc Đảng bộ phường Trà Nóc")
                .contains("Đảng viên tiếp tục sinh hoạt ở đơn vị mới từ 01/01/2021");
        assertThat(dialog.confirm.isEnabled()).isTrue();

        HasValueUtilsKt._setValue(dialog.year, 2022);
        assertThat(dialog.confirm.isEnabled()).as("the preview no longer holds").isFalse();
        assertThat(dialog.preview.getChildren()).isEmpty();
        _click(dialog.previewButton);
        _click(dialog.confirm);

        NotificationsKt.expectNotifications("Đã thực hiện thay đổi tổ chức.");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM unit u JOIN unit p ON p.id = u.parent_id
                WHERE u.code = 'p-long-tuyen-kv1-2022' AND p.code = 'p-tra-noc' AND u.valid_from_year = 2022""",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT valid_to_year FROM unit WHERE code = 'p-long-tuyen-kv1'",
                Integer.class)).isEqualTo(2021);
    }

    @Test
    void aRefusedPreviewSaysWhyInVietnameseAndKeepsTheInput() {
        UnitCatalogView view = open();
        view.grid().expand(row(view, "p-long-tuyen"));
        CatalogUnit kv1 = row(view, "p-long-tuyen-kv1");
        view.grid().select(kv1);
        _click(button("unit-move"));
        ReorganizationDialog dialog = _get(ReorganizationDialog.class);
        HasValueUtilsKt._setValue(dialog.year, 2019);
        HasValueUtilsKt._setValue(dialog.parent, item(dialog.parent.getListDataView().getItems(), "p-tra-noc"));

        _click(dialog.previewButton);

        NotificationsKt.expectNotifications(kv1.name() + " đã có số liệu năm 2019 (xếp loại, biểu hiện, kế hoạch, "
                + "kiểm điểm hoặc sổ ghi chép); số liệu đã ghi không được chuyển sang đơn vị khác, hãy chọn năm hiệu lực sau 2019.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.year.getValue()).isEqualTo(2019);
        assertThat(dialog.confirm.isEnabled()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit_succession", Integer.class)).isZero();
    }

    @Test
    void twoWardsAreMergedFromTheUnitsPage() {
        UnitCatalogView view = open();
        view.grid().select(row(view, "p-tra-an"));
        assertThat(button("unit-dissolve").isEnabled()).isTrue();
        _click(button("unit-merge"));
        ReorganizationDialog dialog = _get(ReorganizationDialog.class);
        HasValueUtilsKt._setValue(dialog.year, 2024);
        assertThat(dialog.parent.getValue().code()).as("under the unit's own parent unless chosen").isEqualTo("q-binh-thuy");
        HasValueUtilsKt._setValue(dialog.others,
                Set.of(item(dialog.others.getListDataView().getItems(), "p-tra-noc")));
        HasValueUtilsKt._setValue(dialog.code, "p-tra-an-tra-noc");
        HasValueUtilsKt._setValue(dialog.name, "Đảng bộ phường Trà An - Trà Nóc");
        HasValueUtilsKt._setValue(dialog.shortName, "Trà An - Trà Nóc");

        _click(dialog.previewButton);
        assertThat(dialog.preview.getElement().getTextRecursively()).contains(
                "Từ năm 2024: Đảng bộ phường Trà An - Trà Nóc (p-tra-an-tra-noc), trực thuộc Đảng bộ quận Bình Thủy, "
                        + "tiếp nối Đảng bộ phường Trà An, Đảng bộ phường Trà Nóc");
        // Trà Nóc's secretary keeps the ward that ends: the Board is told, the administrator binds the account anew
        assertThat(_get(com.vaadin.flow.component.html.ListItem.class, spec -> spec.withId("reorg-preview-accounts"))
                .getText()).startsWith("Tài khoản vẫn gắn với đơn vị kết thúc năm 2023: ").contains("bithu.tranoc");
        _click(dialog.confirm);

        NotificationsKt.expectNotifications("Đã thực hiện thay đổi tổ chức.");
        assertThat(jdbc.queryForList("""
                SELECT p.code FROM unit_succession s JOIN unit p ON p.id = s.predecessor_id
                JOIN unit n ON n.id = s.successor_id WHERE n.code = 'p-tra-an-tra-noc' AND s.kind = 'MERGE'
                ORDER BY p.code""", String.class)).containsExactly("p-tra-an", "p-tra-noc");
    }

    /** Units of different parents can become one (wards of two districts; here two wards' cells), placed as chosen. */
    @Test
    void cellsOfTwoWardsAreMergedIntoACellOfTheWardChosen() {
        UnitCatalogView view = open();
        view.grid().expand(row(view, "p-long-tuyen"));
        view.grid().select(row(view, "p-long-tuyen-kv1"));
        _click(button("unit-merge"));
        ReorganizationDialog dialog = _get(ReorganizationDialog.class);
        HasValueUtilsKt._setValue(dialog.year, 2024);

        CatalogUnit traNocCell = item(dialog.others.getListDataView().getItems(), "p-tra-noc-kv2");
        assertThat(dialog.others.getItemLabelGenerator().apply(traNocCell))
                .isEqualTo(traNocCell.name() + " (thuộc Đảng bộ phường Trà Nóc)");
        assertThat(dialog.others.getListDataView().getItems().findFirst().orElseThrow().code())
                .as("the unit's own siblings first").startsWith("p-long-tuyen-");
        HasValueUtilsKt._setValue(dialog.others, Set.of(traNocCell));
        HasValueUtilsKt._setValue(dialog.parent, item(dialog.parent.getListDataView().getItems(), "p-tra-noc"));
        HasValueUtilsKt._setValue(dialog.code, "p-tra-noc-kv-moi");
        HasValueUtilsKt._setValue(dialog.name, "Chi bộ khu vực mới");
        HasValueUtilsKt._setValue(dialog.shortName, "Khu vực mới");
        _click(dialog.previewButton);
        assertThat(dialog.preview.getElement().getTextRecursively())
                .contains("Chi bộ khu vực mới (p-tra-noc-kv-moi), trực thuộc Đảng bộ phường Trà Nóc");
        _click(dialog.confirm);

        NotificationsKt.expectNotifications("Đã thực hiện thay đổi tổ chức.");
        assertThat(jdbc.queryForObject("""
                SELECT p.code FROM unit u JOIN unit p ON p.id = u.parent_id WHERE u.code = 'p-tra-noc-kv-moi'""",
                String.class)).isEqualTo("p-tra-noc");
        assertThat(jdbc.queryForList("""
                SELECT p.code FROM unit_succession s JOIN unit p ON p.id = s.predecessor_id
                JOIN unit n ON n.id = s.successor_id WHERE n.code = 'p-tra-noc-kv-moi' AND s.kind = 'MERGE'
                ORDER BY p.code""", String.class)).containsExactly("p-long-tuyen-kv1", "p-tra-noc-kv2");
    }
}
