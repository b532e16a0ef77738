package vn.binhthuy.partybuilding.classification.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.classification.MemberRatingEntry;
import vn.binhthuy.partybuilding.classification.MemberRatingService;
import vn.binhthuy.partybuilding.units.UnitService;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MemberRatingEditorTest extends KaribuTest {

    @Autowired MemberRatingService ratings;
    @Autowired UnitService units;

    @Test
    @SuppressWarnings("unchecked")
    void aConflictingSaveIsRefusedAndTheTypedInputStaysOnScreen() {
        login("bantochuc");
        long cell = units.byCode("p-an-thoi-kv3").orElseThrow().id();
        MemberRatingEntry original = ratings.entries(2018, cell).stream().filter(e -> e.ratingId() != null)
                .findFirst().orElseThrow();
        UI.getCurrent().navigate("cell/" + cell, QueryParameters.of("year", "2018"));
        Grid<MemberRatingEntry> grid = _get(Grid.class, spec -> spec.withId("member-ratings"));
        int row = 0;
        while (GridKt._get(grid, row).memberId() != original.memberId()) {
            row++;
        }
        try {
            GridKt._clickItem(grid, row, 1, false, false, false, false);
            Select<String> level = _get(Select.class, spec -> spec.withId("rating-level"));
            assertThat(level.getValue()).isEqualTo(original.levelCode());
            HasValueUtilsKt._setValue(level, "HTNV".equals(original.levelCode()) ? "HTTNV" : "HTNV");
            HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withId("rating-note")), "Ghi chú của tôi");

            // meanwhile, someone else saves the same rating
            ratings.save(2018, original, "HTXSNV", "Người khác sửa");
            _click(_get(Button.class, spec -> spec.withId("rating-save")));

            NotificationsKt.expectNotifications(
                    "Người khác vừa sửa kết quả xếp loại này. Dữ liệu bạn nhập vẫn còn trên màn hình; hãy đóng và mở lại để xem bản mới rồi sửa lại.");
            assertThat(_get(TextArea.class, spec -> spec.withId("rating-note")).getValue()).isEqualTo("Ghi chú của tôi");
            assertThat(ratings.entries(2018, cell).stream().filter(e -> e.memberId() == original.memberId())
                    .findFirst().orElseThrow().levelCode()).isEqualTo("HTXSNV");
        } finally {
            MemberRatingEntry now = ratings.entries(2018, cell).stream()
                    .filter(e -> e.memberId() == original.memberId()).findFirst().orElseThrow();
            ratings.save(2018, now, original.levelCode(), original.note());
        }
    }

    @Test
    void leadershipSeesNoMemberList() {
        long cell = units.byCode("p-an-thoi-kv3").orElseThrow().id();
        UI.getCurrent().navigate("cell/" + cell, QueryParameters.of("year", "2018"));

        assertThat(_find(Grid.class, spec -> spec.withId("member-ratings"))).isEmpty();
    }
}
