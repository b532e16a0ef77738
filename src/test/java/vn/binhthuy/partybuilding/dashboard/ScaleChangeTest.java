package vn.binhthuy.partybuilding.dashboard;

import org.junit.jupiter.api.Test;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.base.chart.BarSeries;
import vn.binhthuy.partybuilding.base.chart.Series;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.kpiCard;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.option;

/** 2018 brought Quy định 132-QĐ/TW: figures by level do not compare with 2017, and the views say so. */
class ScaleChangeTest extends KaribuTest {

    private static final String NEW_SCALE = "Thang mới từ năm nay (Quy định 132-QĐ/TW (2018)): không so sánh với năm trước";

    @Test
    void theFirstYearOfANewScaleShowsNoDropButSaysNewScale() {
        open("?year=2018");

        assertThat(kpiCard("kpi-top-level").getDelta()).isEqualTo(NEW_SCALE);
        assertThat(kpiCard("kpi-members-good").getDelta()).isEqualTo(NEW_SCALE);
        // how many were rated does not depend on the scale
        assertThat(kpiCard("kpi-members-rated").getDelta()).endsWith("so với 2017");
    }

    @Test
    void theYearAfterComparesAgain() {
        open("?year=2019");

        assertThat(kpiCard("kpi-top-level").getDelta()).endsWith("so với 2018").doesNotContain("Thang mới");
        assertThat(kpiCard("kpi-members-good").getDelta()).endsWith("điểm % so với 2018");
    }

    @Test
    void trendChartsMarkTheYearTheScaleChanged() {
        for (String url : List.of("?year=2019", "ward/p-long-tuyen?year=2017")) {
            open(url);

            BarSeries counts = (BarSeries) option("chart-trend").series().getFirst();
            List<Series.MarkLine.At> lines = counts.markLine().data();
            assertThat(lines).singleElement().satisfies(line -> {
                assertThat(line.xAxis()).isEqualTo("2018");
                assertThat(line.label()).isEqualTo(Series.Label.text("Thang mới: Quy định 132-QĐ/TW (2018)"));
            });
        }
    }

    @Test
    void theWardsShareOfGoodMembersSaysNewScaleIn2018() {
        open("ward/p-long-tuyen?year=2018");

        assertThat(kpiCard("kpi-members-good").getDelta()).isEqualTo(NEW_SCALE);
    }
}
