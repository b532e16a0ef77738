package vn.binhthuy.partybuilding.base.chart;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.mockito.Mockito;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EChartTest {

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();
    private static final HeatmapSeries.CellTooltip TIPS = new HeatmapSeries.CellTooltip(List.of("A1 · x", "A2 · y"),
            "{title}: {count} lượt", "{title}: {count} lượt");

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

        String json = chart.optionJson();

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
    void eachSeriesKindIsWrittenWithItsEChartsTypeAndDrillKeysAsItemIds() {
        ChartOption option = ChartOption.builder()
                .yAxis(ChartOption.Axis.categoryTopDown(List.of("Phường Long Tuyền", "Phường Trà Nóc")))
                .series(List.of(
                        BarSeries.of("Lượt", List.of(new Item(3, "p-long-tuyen"), new Item(5, "p-tra-noc"))),
                        BarSeries.of("Không", List.of(new Item(0, "p-long-tuyen"), new Item(2, "p-tra-noc"))),
                        Series.line("Tỷ lệ", List.of(1.5, 2.5)),
                        Series.pie("Xếp loại", List.of(PieSlice.of("HTTNV", 4, null).withId("HTTNV"))),
                        Series.heatmap("Lượt", List.of(HeatCell.of(1, 0, 5, "p-long-tuyen")), TIPS)))
                .build();

        var series = JSON.readTree(new EChart(option).optionJson()).get("series");

        assertThat(series.get(0).get("type").asString()).isEqualTo("bar");
        assertThat(series.get(0).get("data")).isEqualTo(JSON.readTree(
                "[{\"value\":3,\"id\":\"p-long-tuyen\"},{\"value\":5,\"id\":\"p-tra-noc\"}]"));
        assertThat(series.get(1).get("data")).as("a bar of no length cannot be clicked: no key sent")
                .isEqualTo(JSON.readTree("[0,{\"value\":2,\"id\":\"p-tra-noc\"}]"));
        assertThat(series.get(2).get("type").asString()).isEqualTo("line");
        assertThat(series.get(2).get("data")).as("items without a key stay bare numbers")
                .isEqualTo(JSON.readTree("[1.5,2.5]"));
        assertThat(series.get(3).get("type").asString()).isEqualTo("pie");
        assertThat(series.get(3).get("data").get(0).get("id").asString()).isEqualTo("HTTNV");
        assertThat(series.get(4).get("type").asString()).isEqualTo("heatmap");
        assertThat(series.get(4).get("data").get(0)).as("a cell is [x, y, count], ECharts' shortest form")
                .isEqualTo(JSON.readTree("[1,0,5]"));
        assertThat(series.get(4).get("rowKeys")).as("the drill keys once per row, by y")
                .isEqualTo(JSON.readTree("[\"p-long-tuyen\"]"));
        assertThat(series.get(4).get("cellTooltip")).as("the tooltip's words once per chart, not per cell")
                .isEqualTo(JSON.readTree("{\"columns\":[\"A1 · x\",\"A2 · y\"],\"one\":\"{title}: {count} lượt\","
                        + "\"other\":\"{title}: {count} lượt\"}"));
    }

    @Test
    void aHeatmapSendsEachRowsKeyOnceAndNoneWhenItsCellsHaveNone() {
        ChartOption keyed = ChartOption.builder()
                .series(List.of(Series.heatmap("Lượt", List.of(HeatCell.of(0, 0, 2, "p-long-tuyen"),
                        HeatCell.of(1, 0, 1, "p-long-tuyen"), HeatCell.of(0, 2, 4, "p-tra-noc")), TIPS)))
                .build();
        ChartOption plain = ChartOption.builder()
                .series(List.of(Series.heatmap("Lượt", List.of(HeatCell.of(0, 0, 2)), TIPS)))
                .build();

        var series = JSON.readTree(new EChart(keyed).optionJson()).get("series").get(0);

        assertThat(series.get("rowKeys")).isEqualTo(JSON.readTree("[\"p-long-tuyen\",null,\"p-tra-noc\"]"));
        assertThat(series.get("data")).isEqualTo(JSON.readTree("[[0,0,2],[1,0,1],[0,2,4]]"));
        assertThat(JSON.readTree(new EChart(plain).optionJson()).get("series").get(0).has("rowKeys")).isFalse();
        assertThat(((HeatmapSeries) keyed.series().getFirst()).data()).as("the model keeps every cell's key")
                .extracting(HeatCell::id).containsExactly("p-long-tuyen", "p-long-tuyen", "p-tra-noc");
    }

    @Test
    void aStackedCategorysKeyIsSentOnceOnItsFirstSegmentAndKeptInTheModel() {
        List<Item> first = List.of(new Item(0, "p-long-tuyen"), new Item(5, "p-tra-noc"));
        List<Item> second = List.of(new Item(3, "p-long-tuyen"), new Item(2, "p-tra-noc"));
        ChartOption option = ChartOption.builder()
                .yAxis(ChartOption.Axis.categoryTopDown(List.of("Phường Long Tuyền", "Phường Trà Nóc")))
                .series(List.of(BarSeries.of("HTXSNV", first).stacked("levels"), BarSeries.of("HTTNV", second).stacked("levels"),
                        BarSeries.of("Khác", second).stacked("other")))
                .build();

        EChart chart = new EChart(option);
        var series = JSON.readTree(chart.optionJson()).get("series");

        assertThat(series.get(0).get("data")).isEqualTo(JSON.readTree("[0,{\"value\":5,\"id\":\"p-tra-noc\"}]"));
        assertThat(series.get(1).get("data")).as("Long Tuyền's key here: its first segment is empty; Trà Nóc's on the first")
                .isEqualTo(JSON.readTree("[{\"value\":3,\"id\":\"p-long-tuyen\"},2]"));
        assertThat(series.get(2).get("data")).as("another stack keeps its own keys")
                .isEqualTo(JSON.readTree("[{\"value\":3,\"id\":\"p-long-tuyen\"},{\"value\":2,\"id\":\"p-tra-noc\"}]"));
        assertThat(((BarSeries) chart.getOption().series().get(1)).data()).as("the model (table twin, drill check) keeps every key")
                .extracting(Item::id).containsExactly("p-long-tuyen", "p-tra-noc");
    }

    @Test
    void theScriptUrlNamesTheEChartsFilesThatAreOnTheClasspath() throws Exception {
        String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
        String pomVersion = pom.replaceAll("(?s).*<echarts\\.version>([^<]+)</echarts\\.version>.*", "$1");

        assertThat(EChartsLibrary.VERSION).isEqualTo(pomVersion);
        assertThat(EChart.ECHARTS_SCRIPT).isEqualTo("context://_static/echarts/" + pomVersion + "/dist/echarts.min.js");
        assertThat(getClass().getClassLoader().getResource("META-INF/resources" + EChartsLibrary.SCRIPT_PATH))
                .as("served by the echarts jar").isNotNull();
    }

    @Test
    void loadsEChartsAndTheElementScriptAndPassesTheLocaleWhenAttached() {
        EChart chart = new EChart(sample());
        UI.getCurrent().add(chart);

        assertThat(chart.getElement().getProperty("locale")).isEqualTo(UI.getCurrent().getLocale().toLanguageTag());
        assertThat(chart.getElement().getTag()).isEqualTo("pb-echart");
        assertThat(chart.getElement().getProperty("unavailableText")).as("what the element shows if ECharts never loads")
                .isNotBlank();
        assertThat(UI.getCurrent().getInternals().getDependencyList().getPendingSendToClient())
                .extracting(com.vaadin.flow.shared.ui.Dependency::getUrl)
                .contains(EChart.ECHARTS_SCRIPT, EChart.ELEMENT_SCRIPT);
    }

    /** What the browser gets from the chart's option address: the registered handler run against a response. */
    private static String fetched(EChart chart) throws IOException {
        StreamResourceRegistry.ElementStreamResource resource = registered(chart).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VaadinResponse response = Mockito.mock(VaadinResponse.class);
        Mockito.when(response.getOutputStream()).thenReturn(out);
        ((DownloadHandler) resource.getElementRequestHandler()).handleDownloadRequest(new DownloadEvent(
                Mockito.mock(VaadinRequest.class), response, VaadinSession.getCurrent(), chart.getElement()));
        Mockito.verify(response).setContentType("application/json");
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Optional<StreamResourceRegistry.ElementStreamResource> registered(EChart chart) {
        String source = chart.getElement().getAttribute(EChart.OPTION_SOURCE);
        return source == null ? Optional.empty() : VaadinSession.getCurrent().getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, URI.create(source));
    }

    /** Whatever the page's next response would run in the browser. */
    private static List<String> scriptsSent() {
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(invocation -> invocation.getInvocation().getExpression()).toList();
    }

    @Test
    void theBrowserFetchesTheOptionFromTheElementsAddressNotFromThePagesResponseOrState() throws IOException {
        EChart chart = new EChart(sample());
        assertThat(registered(chart)).as("nothing served before the chart is on a page").isEmpty();

        UI.getCurrent().add(chart);

        assertThat(chart.getElement().getAttribute(EChart.OPTION_SOURCE)).startsWith("VAADIN/dynamic/resource/");
        assertThat(fetched(chart)).isEqualTo(chart.optionJson());
        assertThat(scriptsSent()).noneMatch(script -> script.contains("option"));
        assertThat(chart.getElement().hasProperty("option")).as("the session keeps the model, not its JSON").isFalse();
        assertThat(chart.getElement().getProperty("failedText")).as("what the element shows if the fetch fails")
                .isNotBlank();
    }

    @Test
    void anotherOptionGetsAnotherAddressAndADetachedChartServesNone() throws IOException {
        EChart chart = new EChart(sample());
        UI.getCurrent().add(chart);
        String first = chart.getElement().getAttribute(EChart.OPTION_SOURCE);

        ChartOption other = sample().withTooltip(ChartOption.Tooltip.item());
        chart.setOption(other);
        String second = chart.getElement().getAttribute(EChart.OPTION_SOURCE);
        assertThat(second).isNotEqualTo(first);
        assertThat(VaadinSession.getCurrent().getResourceRegistry().getResource(URI.create(first)))
                .as("the old address is served no more").isEmpty();
        assertThat(fetched(chart)).contains("\"trigger\":\"item\"").isEqualTo(chart.optionJson());

        UI.getCurrent().remove(chart);
        assertThat(registered(chart)).as("nothing served for a chart no longer on the page").isEmpty();
        // e.g. a page shown again: the new element fetches the option again
        UI.getCurrent().add(chart);
        assertThat(fetched(chart)).isEqualTo(chart.optionJson());
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
