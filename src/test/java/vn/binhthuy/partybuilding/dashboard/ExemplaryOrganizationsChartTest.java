package vn.binhthuy.partybuilding.dashboard;

import org.junit.jupiter.api.Test;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.base.chart.BarSeries;
import vn.binhthuy.partybuilding.base.chart.ChartTable;
import vn.binhthuy.partybuilding.base.chart.Series;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.card;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.option;

/**
 * The overview's "level of each organization": under the 2014 guidance (to 2017) an organization rated "trong sạch,
 * vững mạnh" and exemplary is a category of its own, in the chart, its table twin and so the PDF.
 */
class ExemplaryOrganizationsChartTest extends KaribuTest {

    private static long column(ChartTable table, String header) {
        int c = table.columns().indexOf(header);
        assertThat(c).as(header).isNotNegative();
        return table.rows().stream().mapToLong(r -> r.values().get(c).longValue()).sum();
    }

    @Test
    void in2017EightOfTheThirtyCleanAndStrongOrganizationsAreExemplary() {
        open("?year=2017");

        var option = option("chart-organization-rated");
        assertThat(option.series()).extracting(Series::name).startsWith("Trong sạch, vững mạnh tiêu biểu",
                "Trong sạch, vững mạnh");
        assertThat(((BarSeries) option.series().getFirst()).itemStyle().color())
                .isEqualTo(ClassificationCharts.EXEMPLARY_COLOR);
        ChartTable table = card("chart-organization-rated").getTable();
        assertThat(column(table, "Trong sạch, vững mạnh tiêu biểu")).isEqualTo(8);
        assertThat(column(table, "Trong sạch, vững mạnh")).isEqualTo(22);
        assertThat(table.rows()).hasSize(36)
                .allSatisfy(row -> assertThat(row.values().stream().mapToLong(Number::longValue).sum()).isEqualTo(1));
    }

    @Test
    void underTheNewScaleOf2018ThereIsNoExemplaryCategory() {
        open("?year=2018");

        assertThat(option("chart-organization-rated").series()).extracting(Series::name)
                .noneMatch(name -> name.contains("tiêu biểu"));
        List<String> columns = card("chart-organization-rated").getTable().columns();
        assertThat(columns).noneMatch(name -> name.contains("tiêu biểu"));
    }
}
