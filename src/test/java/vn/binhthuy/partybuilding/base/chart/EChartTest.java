package vn.binhthuy.partybuilding.base.chart;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EChartTest {

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static ChartOption sample() {
        return ChartOption.builder()
                .title("Xếp loại", "năm 2017")
                .tooltip(ChartOption.Tooltip.axis())
                .xAxis(ChartOption.Axis.category(List.of("Phường Long Tuyền", "Phường Trà Nóc")))
                .yAxis(ChartOption.Axis.value())
                .series(List.of(Series.bar("Hoàn thành tốt nhiệm vụ", List.of(350, 390)).stacked("levels").color("#1565C0")))
                .build();
    }

    @Test
    void serializesOptionsAsEChartsJsonWithoutNulls() {
        EChart chart = new EChart(sample());

        String json = chart.getElement().getProperty("option");

        assertThat(JSON.readTree(json)).isEqualTo(JSON.readTree("{\"title\":{\"text\":\"Xếp loại\",\"subtext\":\"năm 2017\",\"left\":\"8\"},"
                + "\"tooltip\":{\"trigger\":\"axis\",\"axisPointer\":{\"type\":\"shadow\"},\"confine\":true},"
                + "\"xAxis\":[{\"type\":\"category\",\"data\":[\"Phường Long Tuyền\",\"Phường Trà Nóc\"],"
                + "\"axisLabel\":{\"interval\":0,\"overflow\":\"break\",\"width\":90}}],"
                + "\"yAxis\":[{\"type\":\"value\",\"minInterval\":1}],"
                + "\"series\":[{\"type\":\"bar\",\"name\":\"Hoàn thành tốt nhiệm vụ\",\"stack\":\"levels\","
                + "\"data\":[350,390],\"itemStyle\":{\"color\":\"#1565C0\"},\"emphasis\":{\"focus\":\"series\"}}],"
                + "\"animationDuration\":300,\"animationDurationUpdate\":300}"));
    }

    @Test
    void loadsEChartsAndTheElementScriptAndPassesTheLocaleWhenAttached() {
        EChart chart = new EChart(sample());
        UI.getCurrent().add(chart);

        assertThat(chart.getElement().getProperty("locale")).isEqualTo(UI.getCurrent().getLocale().toLanguageTag());
        assertThat(chart.getElement().getTag()).isEqualTo("pb-echart");
    }

    @Test
    void clicksInTheBrowserReachJavaListeners() {
        EChart chart = new EChart(sample());
        UI.getCurrent().add(chart);
        List<ChartClickEvent> clicks = new ArrayList<>();
        chart.addChartClickListener(clicks::add);

        ComponentUtil.fireEvent(chart, new ChartClickEvent(chart, true, "Phường Trà Nóc", "Hoàn thành tốt nhiệm vụ", 0, 1,
                "p-tra-noc"));

        assertThat(clicks).singleElement().satisfies(click -> {
            assertThat(click.getName()).isEqualTo("Phường Trà Nóc");
            assertThat(click.getDataIndex()).isEqualTo(1);
            assertThat(click.getSeriesName()).isEqualTo("Hoàn thành tốt nhiệm vụ");
            assertThat(click.getItemId()).isEqualTo("p-tra-noc");
        });
    }
}
