package vn.binhthuy.partybuilding.base.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * An Apache ECharts chart. The options go to the browser as JSON; the {@code <pb-echart>} element
 * (META-INF/resources/js/pb-echart.js) draws them, follows its own size, formats numbers for the locale and reports clicks.
 * ECharts itself is served from the {@code org.mvnpm:echarts} jar, so no frontend build is involved.
 */
@Tag("pb-echart")
public class EChart extends Component implements HasSize {

    static final String ECHARTS_SCRIPT = "context:/" + EChartsLibrary.SCRIPT_PATH;
    static final String ELEMENT_SCRIPT = "context://js/pb-echart.js";
    /** The attribute with the address the browser fetches the option from. */
    static final String OPTION_SOURCE = "option-src";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * ECharts' size of every text an option leaves unsized (axis labels, legend, subtitle, data labels), in CSS px;
     * only the title is larger.
     */
    public static final int DEFAULT_TEXT_PX = 12;

    private ChartOption option;

    public EChart() {
        setWidthFull();
        setHeight("360px");
    }

    public EChart(ChartOption option) {
        this();
        setOption(option);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // loaded once per page; the element waits for ECharts if its script arrives later, and says so in the
        // chart's place if it never does
        event.getUI().getPage().addJavaScript(ECHARTS_SCRIPT);
        event.getUI().getPage().addJavaScript(ELEMENT_SCRIPT);
        getElement().setProperty("locale", event.getUI().getLocale().toLanguageTag());
        getElement().setProperty("unavailableText", getTranslation("chart.unavailable"));
        getElement().setProperty("failedText", getTranslation("chart.failed"));
    }

    /**
     * The browser fetches the option from an address of this element's ({@code option-src}), in a request of its
     * own: sent in the page's response, its JSON was the largest part of the answer Flow keeps for each open page to
     * repeat it to a client that asks again (a province's nine charts, ≈ 140 KB of the session; docs/benchmarks.md,
     * session 7), and as an element property the session held it for as long as the page was open. The
     * model stays: the table twin, the downloads and the drill check read it. Flow serves the address only to this
     * session, only while the element is attached; another option gets another address.
     */
    public void setOption(ChartOption option) {
        this.option = option;
        if (option == null) {
            getElement().removeAttribute(OPTION_SOURCE);
            return;
        }
        ChartOption sent = option;
        getElement().setAttribute(OPTION_SOURCE, (DownloadHandler) event -> {
            byte[] json = optionJson(sent).getBytes(StandardCharsets.UTF_8);
            event.setContentType("application/json");
            event.setContentLength(json.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(json);
            }
        });
    }

    /** The option as the browser gets it: JSON, each stacked category's drill key once. */
    public String optionJson() {
        return optionJson(option);
    }

    private static String optionJson(ChartOption option) {
        JsonNode json = JSON.valueToTree(option);
        keyOncePerStackedCategory(json);
        return JSON.writeValueAsString(json);
    }

    /**
     * Every segment of a stacked bar carries its category's drill key; the browser gets it on the first segment that
     * has it only (pb-echart.js finds it there when another segment is clicked): the options of every chart of a page
     * are held in the session and sent with it, and a per-unit chart stacks four to six series (docs/benchmarks.md).
     */
    private static void keyOncePerStackedCategory(JsonNode option) {
        Map<String, Map<Integer, String>> keysByStack = new HashMap<>();
        for (JsonNode series : option.path("series")) {
            if (!series.hasNonNull("stack") || !"bar".equals(series.path("type").asString(""))
                    || !(series.get("data") instanceof ArrayNode data)) {
                continue;
            }
            Map<Integer, String> keys = keysByStack.computeIfAbsent(series.get("stack").asString(), s -> new HashMap<>());
            for (int i = 0; i < data.size(); i++) {
                if (data.get(i) instanceof ObjectNode item && item.hasNonNull("id") && item.size() == 2) {
                    String key = item.get("id").asString();
                    if (key.equals(keys.putIfAbsent(i, key))) {
                        data.set(i, item.get("value"));
                    }
                }
            }
        }
    }

    /** The size of the smallest text the chart draws, in CSS px: the smallest the option sets, else ECharts' own. */
    public int smallestTextPx() {
        int smallest = DEFAULT_TEXT_PX;
        for (JsonNode size : JSON.valueToTree(option).findValues("fontSize")) {
            smallest = Math.min(smallest, size.asInt(DEFAULT_TEXT_PX));
        }
        return smallest;
    }

    /** The chart's height in CSS px, as set (a chart is as wide as its card, as high as its figures need). */
    public int heightPx() {
        String height = getHeight();
        return height != null && height.endsWith("px")
                ? (int) Float.parseFloat(height.substring(0, height.length() - 2)) : 360;
    }

    /** The option the browser is given. */
    public ChartOption getOption() {
        return option;
    }

    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }
}
