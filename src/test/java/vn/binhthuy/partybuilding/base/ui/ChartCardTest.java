package vn.binhthuy.partybuilding.base.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.binhthuy.partybuilding.base.chart.BarSeries;
import vn.binhthuy.partybuilding.base.chart.ChartClickEvent;
import vn.binhthuy.partybuilding.base.chart.ChartOption;
import vn.binhthuy.partybuilding.base.chart.EChart;
import vn.binhthuy.partybuilding.base.chart.Item;

import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/** A card drills down with the key its clicked item carries, and only with keys its chart carries. */
class ChartCardTest {

    private final List<String> drilled = new ArrayList<>();
    private ChartCard card;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        ChartOption option = ChartOption.builder().title("Xếp loại", null)
                .xAxis(ChartOption.Axis.value())
                .yAxis(ChartOption.Axis.categoryTopDown(List.of("Phường Long Tuyền", "Phường Trà Nóc")))
                .series(List.of(BarSeries.of("HTTNV", List.of(new Item(20, "p-long-tuyen"), new Item(22, "p-tra-noc")))))
                .build();
        card = new ChartCard("chart", option, 300);
        card.onDrill(drilled::add);
        UI.getCurrent().add(card);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private void click(String itemId) {
        EChart chart = card.getChart();
        ComponentUtil.fireEvent(chart, new ChartClickEvent(chart, true, "", "", 0, 0, itemId));
    }

    @Test
    void aClickHandsOnTheKeyOfTheClickedItem() {
        click("p-tra-noc");

        assertThat(drilled).containsExactly("p-tra-noc");
    }

    @Test
    void aKeyTheChartDoesNotCarryIsIgnored() {
        click("p-binh-thuy");
        click(null);

        assertThat(drilled).isEmpty();
    }

    @Test
    void aRowOfTheTableTwinDrillsWithItsItemsKey() {
        _click(card.getToggle());

        _click(_find(card, NativeButton.class).stream().filter(b -> b.getText().equals("Phường Long Tuyền"))
                .findFirst().orElseThrow());

        assertThat(drilled).containsExactly("p-long-tuyen");
    }
}
