package vn.binhthuy.partybuilding.base.chart;

import org.junit.jupiter.api.Test;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.base.ui.ChartCard;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChartTableTest extends KaribuTest {

    private static final HeatmapSeries.CellTooltip TIPS = new HeatmapSeries.CellTooltip(List.of("A1 · x", "A2 · y"),
            "{title}: {count} lượt", "{title}: {count} lượt");

    @Test
    void stackedBarsBecomeOneRowPerCategoryAndOneColumnPerSeries() {
        ChartOption option = ChartOption.builder().title("Xếp loại", null)
                .xAxis(ChartOption.Axis.value())
                .yAxis(ChartOption.Axis.categoryTopDown(List.of("Khu vực 1", "Khu vực 2")))
                .series(List.of(Series.bar("HTXSNV", List.of(3, 4)), Series.bar("HTTNV", List.of(20, 22))))
                .build();

        ChartTable table = ChartTable.of(option);

        assertThat(table.columns()).containsExactly("HTXSNV", "HTTNV");
        assertThat(table.rows()).extracting(ChartTable.Row::label).containsExactly("Khu vực 1", "Khu vực 2");
        assertThat(table.rows().get(1).values()).containsExactly(4, 22);
    }

    @Test
    void heatmapCellsBecomeAMatrixWithZerosWhereNothingWasFound() {
        ChartOption option = ChartOption.builder()
                .xAxis(ChartOption.Axis.category(List.of("A1", "A2")))
                .yAxis(ChartOption.Axis.categoryTopDown(List.of("Phường An Thới", "Phường Trà An")))
                .series(List.of(Series.heatmap("Lượt", List.of(HeatCell.of(1, 0, 5),
                        HeatCell.of(0, 1, 2)), TIPS)))
                .build();

        ChartTable table = ChartTable.of(option);

        assertThat(table.rows().get(0).values()).containsExactly(0L, 5L);
        assertThat(table.rows().get(1).values()).containsExactly(2L, 0L);
    }

    @Test
    void eachRowCarriesTheDrillKeyOfItsItemsSoTheTableDrillsWhereTheChartDoes() {
        ChartOption bars = ChartOption.builder()
                .xAxis(ChartOption.Axis.value())
                .yAxis(ChartOption.Axis.categoryTopDown(List.of("Phường Long Tuyền", "Phường Trà Nóc")))
                .series(List.of(BarSeries.of("HTXSNV", List.of(new Item(0, "p-long-tuyen"), new Item(3, "p-tra-noc"))),
                        BarSeries.of("HTTNV", List.of(new Item(20, "p-long-tuyen"), new Item(22, "p-tra-noc")))))
                .build();
        ChartOption heatmap = ChartOption.builder()
                .xAxis(ChartOption.Axis.category(List.of("A1", "A2")))
                .yAxis(ChartOption.Axis.categoryTopDown(List.of("Phường An Thới", "Phường Trà An")))
                .series(List.of(Series.heatmap("Lượt", List.of(HeatCell.of(1, 1, 5, "p-tra-an")), TIPS)))
                .build();

        ChartTable table = ChartTable.of(bars);

        assertThat(table.rows()).extracting(ChartTable.Row::key).containsExactly("p-long-tuyen", "p-tra-noc");
        assertThat(table.rowWithKey("p-tra-noc")).map(ChartTable.Row::label).contains("Phường Trà Nóc");
        assertThat(table.rowWithKey("p-binh-thuy")).as("a key the chart does not carry").isEmpty();
        assertThat(table.rowWithKey(null)).isEmpty();
        assertThat(ChartTable.of(heatmap).rows()).extracting(ChartTable.Row::key).containsExactly(null, "p-tra-an");
    }

    @Test
    void aChartWithNothingToShowBecomesAnEmptyCardWithItsTitle() {
        ChartOption option = ChartOption.builder().title("Tiến độ khắc phục", null)
                .xAxis(ChartOption.Axis.value())
                .yAxis(ChartOption.Axis.categoryTopDown(List.of()))
                .series(List.of(Series.bar("Đã hoàn thành", List.of())))
                .build();

        ChartCard card = new ChartCard("empty", option, 300);

        assertThat(card.isEmpty()).isTrue();
        assertThat(card.getChart()).isNull();
        assertThat(card.getElement().getTextRecursively())
                .contains("Tiến độ khắc phục").contains("Chưa có dữ liệu cho biểu đồ này.");
    }
}
