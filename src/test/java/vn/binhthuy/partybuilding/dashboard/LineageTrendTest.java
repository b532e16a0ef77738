package vn.binhthuy.partybuilding.dashboard;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.base.chart.BarSeries;
import vn.binhthuy.partybuilding.base.chart.ChartOption;
import vn.binhthuy.partybuilding.base.chart.ChartTable;
import vn.binhthuy.partybuilding.base.ui.ChartCard;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.classification.ClassificationSummary;
import vn.binhthuy.partybuilding.units.SuccessionKind;
import vn.binhthuy.partybuilding.units.UnitScope;
import vn.binhthuy.partybuilding.units.UnitService;
import vn.binhthuy.partybuilding.units.catalog.CatalogUnit;
import vn.binhthuy.partybuilding.units.catalog.ReorganizationRequest;
import vn.binhthuy.partybuilding.units.catalog.UnitCatalog;
import vn.binhthuy.partybuilding.units.catalog.UnitReorganization;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.card;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.option;

/**
 * Trà An and Trà Nóc merged from 2020: the merged ward's trend shows the two wards' figures summed for 2016–2019,
 * starred, with a line at the change and the note in the subtitle, the table twin and the exports' scope. Rolled back.
 */
@Transactional
class LineageTrendTest extends KaribuTest {

    private static final String NOTE = "* Số liệu các năm trước 2020 là tổng của Đảng bộ phường Trà An, "
            + "Đảng bộ phường Trà Nóc, trước khi hợp thành Đảng bộ phường Trà An - Trà Nóc.";

    @Autowired UnitReorganization reorganization;
    @Autowired UnitCatalog catalog;
    @Autowired ClassificationService classification;
    @Autowired UnitService units;
    @Autowired JdbcTemplate jdbc;

    private long merge() {
        login("bantochuc");
        CatalogUnit district = catalog.children(null).getFirst();
        List<CatalogUnit> wards = catalog.children(district.id()).stream()
                .filter(u -> u.code().equals("p-tra-an") || u.code().equals("p-tra-noc")).toList();
        reorganization.apply(new ReorganizationRequest(SuccessionKind.MERGE, wards, district.id(), 2020,
                "p-tra-an-tra-noc", "Đảng bộ phường Trà An - Trà Nóc", "Trà An - Trà Nóc"));
        return jdbc.queryForObject("SELECT id FROM unit WHERE code = 'p-tra-an-tra-noc'", Long.class);
    }

    private long id(String code) {
        return jdbc.queryForObject("SELECT id FROM unit WHERE code = ?", Long.class, code);
    }

    @Test
    void theSuccessorsTrendSumsItsPredecessorsBeforeTheMergeYear() {
        long merged = merge();
        List<ClassificationSummary> traAn = classification.trend(UnitScope.organization(id("p-tra-an")));
        List<ClassificationSummary> traNoc = classification.trend(UnitScope.organization(id("p-tra-noc")));

        List<ClassificationSummary> combined = classification.trend(UnitScope.organization(merged));

        assertThat(combined).extracting(ClassificationSummary::year).containsExactly(2016, 2017, 2018, 2019);
        for (int i = 0; i < combined.size(); i++) {
            ClassificationSummary sum = combined.get(i);
            assertThat(sum.year()).isEqualTo(traAn.get(i).year()).isEqualTo(traNoc.get(i).year());
            assertThat(sum.organizationsRated()).isEqualTo(2);
            assertThat(sum.membersRated()).isEqualTo(traAn.get(i).membersRated() + traNoc.get(i).membersRated())
                    .isPositive();
            assertThat(sum.membersGood()).isEqualTo(traAn.get(i).membersGood() + traNoc.get(i).membersGood());
            assertThat(sum.topLevelOrganizations())
                    .isEqualTo(traAn.get(i).topLevelOrganizations() + traNoc.get(i).topLevelOrganizations());
        }
        assertThat(units.predecessors(merged)).singleElement().satisfies(step -> {
            assertThat(step.fromYear()).isEqualTo(2020);
            assertThat(step.kind()).isEqualTo(SuccessionKind.MERGE);
            assertThat(step.predecessorNames()).containsExactly("Đảng bộ phường Trà An", "Đảng bộ phường Trà Nóc");
        });
        assertThat(classification.trend(UnitScope.organization(id("p-tra-an")))).as("a predecessor keeps its own")
                .isEqualTo(traAn);
    }

    @Test
    void theWardPageMarksTheCombinedYearsInTheChartTheTableAndTheExports() {
        merge();
        open("ward/p-tra-an-tra-noc?year=2019");

        ChartOption trend = option("chart-trend");
        assertThat(trend.xAxis().getFirst().data()).containsExactly("2016*", "2017*", "2018*", "2019*");
        assertThat(trend.title().subtext()).contains(NOTE);
        assertThat(trend.note()).isEqualTo(NOTE);
        assertThat(ChartTable.of(trend).caption()).isEqualTo("Xu hướng qua các năm (" + NOTE + ")");
        assertThat(ChartTable.of(trend).rows()).extracting(ChartTable.Row::label).first().isEqualTo("2016*");
        assertThat(((BarSeries) trend.series().getFirst()).markLine().data())
                .extracting(at -> at.xAxis()).containsExactly("2018*");
        ChartCard card = card("chart-trend");
        assertThat(card.getExportScope()).contains(NOTE);
        assertThat(trend.fileName()).as("the note names no part of the file").startsWith("xu-huong_")
                .endsWith("tra-an-tra-noc_2016-2019").doesNotContain("__");

        // 2019 is before the merged ward existed: no change against its predecessors' 2018, and the row says why
        assertThat(kpi("kpi-members-rated").getDelta()).isNullOrEmpty();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("kpi-before-start")).getText()).startsWith(
                "Đảng bộ phường Trà An - Trà Nóc hoạt động từ năm 2020: năm 2019 đơn vị này chưa có số liệu");
    }

    /** In a year it exists, its KPI changes against a year before the merge compare with the two wards' sums. */
    @Test
    void theMergedWardsKpiChangesAgainstItsPredecessorsYearsAreMarkedAndExplained() {
        long merged = merge();
        // the merged ward's first year rated (a few members, as recorded in 2019)
        jdbc.update("""
                INSERT INTO organization_rating (unit_id, rating_year, level_id, exemplary, note, version)
                SELECT ?, 2020, level_id, FALSE, NULL, 0 FROM organization_rating WHERE unit_id = ? AND rating_year = 2019""",
                merged, id("p-tra-an"));
        jdbc.update("""
                INSERT INTO member_rating (member_id, rating_year, level_id, unit_id, organization_id, note, version)
                SELECT m.member_id, 2020, m.level_id, ?, ?, NULL, 0 FROM member_rating m
                WHERE m.rating_year = 2019 AND m.organization_id IN (?, ?) ORDER BY m.id LIMIT 5""",
                merged, merged, id("p-tra-an"), id("p-tra-noc"));
        open("ward/p-tra-an-tra-noc?year=2020&compare=2019");

        assertThat(kpi("kpi-members-rated").getValue()).isEqualTo("5");
        assertThat(kpi("kpi-members-rated").getDelta()).endsWith(" so với 2019 (*)");
        assertThat(kpi("kpi-members-good").getDelta()).endsWith(" điểm % so với 2019 (*)");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("kpi-lineage-note")).getText()).isEqualTo(NOTE);
    }

    private static vn.binhthuy.partybuilding.base.ui.KpiCard kpi(String id) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._get(vn.binhthuy.partybuilding.base.ui.KpiCard.class,
                spec -> spec.withId(id));
    }

    @Test
    void aWardThatContinuesNothingIsNotMarked() {
        open("ward/p-long-tuyen?year=2019");

        ChartOption trend = option("chart-trend");
        assertThat(trend.xAxis().getFirst().data()).containsExactly("2016", "2017", "2018", "2019");
        assertThat(trend.note()).isNull();
        assertThat(trend.title().subtext()).doesNotContain("*");
        assertThat(kpi("kpi-members-rated").getDelta()).endsWith(" so với 2018").doesNotContain("*");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("kpi-lineage-note"))).isEmpty();
    }
}
