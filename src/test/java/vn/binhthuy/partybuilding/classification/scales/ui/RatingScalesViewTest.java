package vn.binhthuy.partybuilding.classification.scales.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.binhthuy.partybuilding.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class RatingScalesViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void theCurrentScaleIsShownAndABadColourIsRefusedInVietnameseKeepingTheInput() {
        login("bantochuc");
        RatingScalesView view = navigateTo(RatingScalesView.class);

        assertThat(GridKt._size(view.schemes())).isEqualTo(8);
        assertThat(view.schemes().asSingleSelect().getValue().validToYear()).isNull();
        assertThat(GridKt._size(view.levels())).isEqualTo(4);

        GridKt._clickItem(view.levels(), 0, 1, false, false, false, false);
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("level-color")), "xanh lá");
        _click(_get(Button.class, spec -> spec.withId("scale-save")));

        NotificationsKt.expectNotifications("Màu phải có dạng #RRGGBB, ví dụ #2E7D32.");
        assertThat(_get(Dialog.class).isOpened()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("level-color")).getValue()).isEqualTo("xanh lá");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rating_level WHERE color = 'xanh lá'", Integer.class))
                .isZero();
    }
}
