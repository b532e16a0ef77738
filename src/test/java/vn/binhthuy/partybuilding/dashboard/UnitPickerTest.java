package vn.binhthuy.partybuilding.dashboard;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.units.UnitHit;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class UnitPickerTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private static ComboBox<UnitHit> picker() {
        return _get(ComboBox.class, spec -> spec.withId("unit-picker"));
    }

    private static List<String> suggestionsFor(String typed) {
        ComboBoxKt.setUserInput(picker(), typed);
        return ComboBoxKt.getSuggestions(picker());
    }

    @Test
    void typingANameWithoutToneMarksFindsTheWardAndItsCellsAndOpensItForTheYearShown() {
        open("indicators?year=2017");

        List<String> found = suggestionsFor("long tuyen");
        assertThat(found).first().isEqualTo("Đảng bộ phường Long Tuyền");
        assertThat(found).hasSizeGreaterThan(1).allMatch(label -> label.contains("Long Tuyền"));

        ComboBoxKt.selectByLabel(picker(), "Đảng bộ phường Long Tuyền");
        assertThat(location()).isEqualTo("ward/p-long-tuyen?year=2017");
    }

    @Test
    void đIsFoundAsDAndACellOpensItsPage() {
        open("?year=2018");
        assertThat(suggestionsFor("dang bo cong an")).contains("Đảng bộ Công an quận");

        assertThat(suggestionsFor("khu vuc 1, phuong tra noc")).first().isEqualTo("Chi bộ khu vực 1, phường Trà Nóc");
        picker().setValue(ComboBoxKt.getSuggestionItems(picker()).getFirst());
        assertThat(location()).matches("cell/\\d+\\?year=2018");
    }

    @Test
    void aWardPageLinksToTheWardsBeforeAndAfterIt() {
        open("ward/p-long-tuyen?year=2017");
        RouterLink previous = _get(RouterLink.class, spec -> spec.withId("unit-previous"));
        RouterLink next = _get(RouterLink.class, spec -> spec.withId("unit-next"));
        assertThat(previous.getText()).contains("Long Hòa");
        assertThat(next.getText()).contains("Trà An");
        assertThat(next.getHref()).isEqualTo("ward/p-tra-an?year=2017");
    }

    @Test
    void aSecretaryFindsOnlyTheirOwnOrganizationAndItsCells() {
        login("bithu.longtuyen");
        open("ward/p-long-tuyen?year=2017");

        assertThat(suggestionsFor("tra noc")).isEmpty();
        assertThat(suggestionsFor("")).isNotEmpty().allMatch(label -> label.contains("Long Tuyền"));
        // no other ward to step to from their own
        assertThat(_find(RouterLink.class, spec -> spec.withId("unit-next"))).isEmpty();
    }

    @Test
    void theAdministratorHasNoPicker() {
        login("quantri");
        open("admin/audit");
        assertThat(_find(ComboBox.class, spec -> spec.withId("unit-picker"))).isEmpty();
    }
}
