package vn.binhthuy.partybuilding.security;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.base.chart.ChartClickEvent;
import vn.binhthuy.partybuilding.base.chart.EChart;
import vn.binhthuy.partybuilding.base.ui.ChartCard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A secretary cannot reach another organization by sending chart clicks the page never offered. */
class CraftedDrillDownTest extends KaribuTest {

    @Test
    void aClickOnACategoryThatIsNotOnTheChartIsIgnored() {
        login("bithu.longtuyen");
        UI.getCurrent().navigate("ward/p-long-tuyen", QueryParameters.of("year", "2017"));
        EChart chart = _get(ChartCard.class, spec -> spec.withId("chart-cell-levels")).getChart();

        // another organization's code, an item id the chart does not carry, and none at all
        ComponentUtil.fireEvent(chart, new ChartClickEvent(chart, true, "Phường Trà Nóc", "", 0, 999, "p-tra-noc"));
        ComponentUtil.fireEvent(chart, new ChartClickEvent(chart, true, "Khu vực 1", "", 0, 0, "p-tra-noc-kv1"));
        ComponentUtil.fireEvent(chart, new ChartClickEvent(chart, true, "", "", 0, -5, null));

        assertThat(location()).isEqualTo("ward/p-long-tuyen?year=2017");
    }

    @Test
    void theOverviewOfASecretaryIsTheirOwnOrganization() {
        login("bithu.tranoc");

        UI.getCurrent().navigate("", QueryParameters.of("year", "2018"));

        assertThat(location()).isEqualTo("ward/p-tra-noc?year=2018");
    }
}
