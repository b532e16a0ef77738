package vn.binhthuy.partybuilding.units.catalog.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.units.UnitLevel;
import vn.binhthuy.partybuilding.units.catalog.CatalogUnit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class UnitCatalogViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;

    private UnitCatalogView open() {
        login("bantochuc");
        return navigateTo(UnitCatalogView.class);
    }

    private static int rowOf(UnitCatalogView view, String code) {
        for (int i = 0; i < GridKt._size(view.grid()); i++) {
            if (GridKt._get(view.grid(), i).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no row " + code);
    }

    @Test
    void theDistrictIsExpandedAndAnOrganizationOpensItsCells() {
        UnitCatalogView view = open();
        int organizations = jdbc.queryForObject("SELECT COUNT(*) FROM unit WHERE level = 'GRASSROOTS'", Integer.class);
        assertThat(GridKt._size(view.grid())).isEqualTo(1 + organizations);
        assertThat(GridKt._get(view.grid(), 0).level()).isEqualTo(UnitLevel.DISTRICT);

        CatalogUnit longTuyen = GridKt._get(view.grid(), rowOf(view, "p-long-tuyen"));
        view.grid().expand(longTuyen);
        assertThat(GridKt._size(view.grid())).isEqualTo(1 + organizations + longTuyen.children());

        view.grid().select(longTuyen);
        assertThat(_get(Button.class, spec -> spec.withId("unit-add-child")).getText())
                .isEqualTo("Thêm chi bộ vào " + longTuyen.shortName());
    }

    @Test
    void anEditThatWouldHideFiguresIsRefusedInVietnameseAndTheDialogKeepsTheInput() {
        UnitCatalogView view = open();
        _click((Button) GridKt._getCellComponent(view.grid(), rowOf(view, "p-long-tuyen"), "actions"));
        UnitDialog dialog = _get(UnitDialog.class);
        assertThat(dialog.name.getValue()).isEqualTo(
                jdbc.queryForObject("SELECT name FROM unit WHERE code = 'p-long-tuyen'", String.class));
        HasValueUtilsKt._setValue(dialog.validFrom, 2018);

        _click(_get(Button.class, spec -> spec.withId("unit-save")));

        NotificationsKt.expectNotifications(
                "Thời gian tồn tại phải bao trùm thời gian tồn tại của các đơn vị trực thuộc; hãy sửa các đơn vị trực thuộc trước.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.validFrom.getValue()).isEqualTo(2018);
        assertThat(jdbc.queryForObject("SELECT valid_from_year FROM unit WHERE code = 'p-long-tuyen'", Integer.class))
                .isNotEqualTo(2018);
    }
}
