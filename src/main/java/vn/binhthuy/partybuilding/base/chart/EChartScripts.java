package vn.binhthuy.partybuilding.base.chart;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * ECharts and {@code <pb-echart>} are requested by the page's head, not only by the first chart. Added by
 * {@link EChart} alone, they were requested after Flow's bootstrap and the view's answer, and the charts of that
 * answer waited for them (docs/benchmarks.md, "Heap and drawing time"); from the head they load while the server builds
 * the view. {@code async}: neither holds up Flow's own script. Flow's client counts the scripts it finds in the page as
 * loaded, so {@link EChart}'s own request for them adds nothing; it stays for a page that did not get them here.
 * Not on the login page, which draws no chart.
 */
@Component
class EChartScripts implements VaadinServiceInitListener {

    /** Below the page's {@code <base>}, which makes them relative to the application's root on every route. */
    static final String ECHARTS = "." + EChartsLibrary.SCRIPT_PATH;
    static final String ELEMENT = "./js/pb-echart.js";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            String path = response.getVaadinRequest().getPathInfo();
            if (path == null || !path.startsWith("/login")) {
                addTo(response.getDocument());
            }
        });
    }

    static void addTo(Document page) {
        for (String source : new String[]{ECHARTS, ELEMENT}) {
            Element script = page.head().appendElement("script").attr("src", source).attr("async", true);
            // the policy allows scripts of this origin anyway; the nonce keeps them like the bootstrap's own
            page.head().getElementsByAttribute("nonce").stream()
                    .filter(other -> other != script).findFirst()
                    .ifPresent(other -> script.attr("nonce", other.attr("nonce")));
        }
    }
}
