package vn.binhthuy.partybuilding.dashboard;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.base.chart.HeatmapSeries;
import vn.binhthuy.partybuilding.base.chart.PieSeries;
import vn.binhthuy.partybuilding.base.chart.PieSlice;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.card;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.option;

/** The small things a chart must get right: one download menu, vi-VN numbers, tooltips that say what a cell is. */
class ChartDetailsTest extends KaribuTest {

    @Autowired UnitService units;

    @Test
    void pieLabelsAndTooltipsWriteNumbersAndSharesTheVietnameseWay() {
        Unit cell = units.byCode("p-tra-noc-kv3").orElseThrow();
        open("cell/" + cell.id() + "?year=2018");

        List<PieSlice> slices = ((PieSeries) option("chart-member-levels-unit").series().getFirst()).data();
        long total = slices.stream().mapToLong(PieSlice::value).sum();
        for (PieSlice slice : slices) {
            String share = String.format(java.util.Locale.ROOT, "%.2f", 100.0 * slice.value() / total).replace('.', ',');
            assertThat(slice.label().formatter()).isEqualTo(slice.name() + ": " + slice.value() + " (" + share + "%)");
            assertThat(slice.tooltip().formatter()).isEqualTo(slice.name() + ": " + slice.value() + " (" + share + "%)");
        }
        String json = card("chart-member-levels-unit").getChart().optionJson();
        assertThat(json).doesNotContain("{c}", "{d}");
    }

    @Test
    void heatmapTooltipsNameTheOrganizationTheManifestationAndTheCountWithAKeyBelow() {
        open("?year=2017");

        // written in the browser (pb-echart.js) from the row's label and these, sent once per chart
        HeatmapSeries.CellTooltip tooltip = ((HeatmapSeries) option("chart-heatmap").series().getFirst()).cellTooltip();
        List<String> codes = option("chart-heatmap").xAxis().getFirst().data();
        assertThat(tooltip.columns()).hasSize(codes.size());
        for (int x = 0; x < codes.size(); x++) {
            assertThat(tooltip.columns().get(x)).startsWith(codes.get(x) + " · ");
        }
        assertThat(tooltip.one()).isEqualTo("{title}: {count} lượt ghi nhận");
        assertThat(tooltip.other()).isEqualTo("{title}: {count} lượt ghi nhận");
        var cells = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(card("chart-heatmap").getChart().optionJson()).get("series").get(0).get("data");
        assertThat(cells.size()).isPositive();
        cells.forEach(cell -> assertThat(cell.has("tooltip")).as("no tooltip text per cell").isFalse());
        Details key = _get(card("chart-heatmap"), Details.class);
        List<String> entries = _find(key, ListItem.class).stream().map(ListItem::getText).toList();
        assertThat(entries).hasSize(27);
        assertThat(entries.getFirst()).startsWith("A1 · ");
        assertThat(entries.getLast()).startsWith("C9 · ");
    }

    @Test
    void tooltipTextIsEscapedBecauseEChartsRendersItAsHtml() {
        assertThat(PieSlice.of("<b>", 1, null).described("<b>: 1").tooltip().formatter())
                .isEqualTo("&lt;b&gt;: 1");
    }

    @Test
    void aChartCarriesNoEChartsToolboxBesideTheCardsDownloadMenu() {
        open("ward/p-long-tuyen?year=2017");

        for (String id : List.of("chart-cell-levels", "chart-trend", "chart-progress")) {
            assertThat(card(id).getChart().optionJson()).doesNotContain("toolbox");
            assertThat(_find(card(id), com.vaadin.flow.component.button.Button.class,
                    spec -> spec.withId(id + "-export"))).hasSize(1);
        }
    }

    @Test
    void theShareColumnOfATableTwinCarriesThePercentSign() {
        open("ward/p-long-tuyen?year=2017");
        var card = card("chart-trend");

        com.github.mvysny.kaributesting.v10.LocatorJ._click(card.getToggle());

        List<String> shares = _find(card, com.vaadin.flow.component.html.NativeTableRow.class).stream().skip(1)
                .map(row -> row.getChildren().reduce((a, b) -> b).map(c -> c.getElement().getText()).orElse(""))
                .toList();
        assertThat(shares).isNotEmpty().allMatch(text -> text.matches("\\d{1,3},\\d{2}%"));
        assertThat(card.getTable().header(1)).endsWith(" (%)");
        assertThat(card.getTable().header(0)).doesNotContain("%");
    }

    @Test
    void longCategoryLabelsWrapInsteadOfBeingCut() {
        for (String url : List.of("?year=2017", "ward/p-long-tuyen?year=2017", "indicators?year=2017")) {
            open(url);
            for (var card : _find(com.vaadin.flow.component.UI.getCurrent(), vn.binhthuy.partybuilding.base.ui.ChartCard.class)) {
                if (card.getChart() != null) {
                    assertThat(card.getChart().optionJson()).doesNotContain("truncate");
                }
            }
        }
    }

    @Test
    void aRowOfTheTableTwinDrillsDownLikeItsBarSoTheKeyboardCanDrillToo() {
        open("?year=2017");
        var card = card("chart-member-levels");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(card.getToggle());

        com.vaadin.flow.component.html.NativeButton longTuyen = _find(card,
                com.vaadin.flow.component.html.NativeButton.class).stream()
                .filter(b -> b.getText().equals("Phường Long Tuyền")).findFirst().orElseThrow();
        com.github.mvysny.kaributesting.v10.LocatorJ._click(longTuyen);

        assertThat(location()).isEqualTo("ward/p-long-tuyen?year=2017");
    }
}
