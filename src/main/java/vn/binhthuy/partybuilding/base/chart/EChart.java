package vn.binhthuy.partybuilding.base.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Apache ECharts chart. The options go to the browser as JSON; the {@code <pb-echart>} element
 * (META-INF/resources/js/pb-echart.js) draws them, follows its own size, formats numbers for the locale and reports clicks.
 * ECharts itself is served from the {@code org.mvnpm:echarts} jar, so no frontend build is involved.
 */
@Tag("pb-echart")
public class EChart extends Component implements HasSize {

    static final String ECHARTS_SCRIPT = "context:/" + EChartsLibrary.SCRIPT_PATH;
    static final String ELEMENT_SCRIPT = "context://js/pb-echart.js";
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
    }

    public void setOption(ChartOption option) {
        this.option = option;
        getElement().setProperty("option", JSON.writeValueAsString(option));
    }

    /** The option last sent to the browser. */
    public ChartOption getOption() {
        return option;
    }

    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }
}
