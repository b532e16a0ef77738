package vn.binhthuy.partybuilding.demo;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.base.ui.ChartCard;
import vn.binhthuy.partybuilding.base.ui.KpiCard;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.classification.ClassificationSummary;
import vn.binhthuy.partybuilding.dashboard.OverviewView;
import vn.binhthuy.partybuilding.units.SuccessionKind;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitLevel;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Scale 3: three districts (Bình Thủy and two synthetic copies) under a province root, read by the dashboard. */
@TestPropertySource(properties = "partybuilding.demo-data.scale=3")
class ScaledDemoDataTest extends KaribuTest {

    @Autowired UnitService units;
    @Autowired ClassificationService classification;
    @Autowired JdbcClient jdbc;

    @Test
    void theRootIsAProvinceAboveThreeDistrictsOf36OrganizationsEach() {
        Unit root = units.district().orElseThrow();

        assertThat(root.level()).isEqualTo(UnitLevel.PROVINCE);
        assertThat(units.cells(root.id())).extracting(Unit::code).containsExactly("q-binh-thuy", "q-mau-001", "q-mau-002");
        assertThat(units.organizations(2017)).hasSize(108).first().extracting(Unit::code).isEqualTo("p-binh-thuy");
        assertThat(units.organizations(2017).getLast().code()).startsWith("d002-");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM party_member").query(Long.class).single()).isBetween(14_000L, 17_000L);
    }

    @Test
    void binhThuyInsideTheProvinceStillReproducesTheArticle() {
        String binhThuy2017 = """
                SELECT COUNT(*) FROM member_rating m JOIN unit o ON o.id = m.organization_id
                JOIN rating_level l ON l.id = m.level_id
                WHERE m.rating_year = 2017 AND o.parent_id = (SELECT id FROM unit WHERE code = 'q-binh-thuy')""";

        assertThat(jdbc.sql(binhThuy2017).query(Long.class).single()).isEqualTo(4389);
        assertThat(jdbc.sql(binhThuy2017 + " AND l.counts_as_good").query(Long.class).single()).isEqualTo(4164);
    }

    @Test
    void theOverviewCoversEveryOrganizationOfTheProvince() {
        login("lanhdao.tinh");
        ClassificationSummary province = classification.districtSummary(2017);

        UI.getCurrent().navigate(OverviewView.class, QueryParameters.simple(Map.of("year", "2017")));

        assertThat(province.organizationsRated()).isEqualTo(108);
        assertThat(province.membersRated()).isGreaterThan(3 * 4000);
        assertThat(_get(KpiCard.class, spec -> spec.withId("kpi-organizations-rated")).getValue()).isEqualTo("108");
        assertThat(_get(KpiCard.class, spec -> spec.withId("kpi-members-rated")).getValue())
                .isEqualTo("%,d".formatted(province.membersRated()).replace(',', '.'));
    }

    @Test
    void theFirstSyntheticDistrictCarriesAnIllustrativeMergeAndMoveFrom2019() {
        login("lanhdao.tinh"); // at scale > 1 "lanhdao" reads Bình Thủy only
        Unit merged = units.byCode("d001-p-hop-nhat-minh-hoa").orElseThrow();
        Unit traAn = units.byCode("d001-p-tra-an").orElseThrow();
        Unit traNoc = units.byCode("d001-p-tra-noc").orElseThrow();
        assertThat(merged.name()).contains("minh họa");
        assertThat(merged.validFromYear()).isEqualTo(2019);
        assertThat(traAn.validToYear()).isEqualTo(2018);
        assertThat(units.predecessors(merged.id())).singleElement().satisfies(step -> {
            assertThat(step.fromYear()).isEqualTo(2019);
            assertThat(step.kind()).isEqualTo(SuccessionKind.MERGE);
            assertThat(step.predecessorNames()).containsExactly(traAn.name(), traNoc.name());
        });
        assertThat(units.organizations(2018)).hasSize(108);
        assertThat(units.organizations(2019)).hasSize(107);
        Unit movedCell = units.byCode("d001-p-long-hoa-kv1-2019").orElseThrow();
        assertThat(movedCell.parentId()).isEqualTo(units.byCode("d001-p-binh-thuy").orElseThrow().id());
        assertThat(units.byCode("d001-p-binh-thuy-kv1").orElseThrow().validToYear()).as("Bình Thủy's own cells stay")
                .isEqualTo(2025);
        assertThat(units.byCode("q-binh-thuy").orElseThrow().validToYear()).isEqualTo(2025);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM unit_succession s JOIN unit p ON p.id = s.predecessor_id "
                + "WHERE p.code NOT LIKE 'd001-%'").query(Long.class).single()).as("only the first copy").isZero();

        // figures: nothing on the old wards from 2019, the merged ward's trend sums them before
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member_rating WHERE rating_year >= 2019 AND organization_id IN (:ids)")
                .param("ids", java.util.List.of(traAn.id(), traNoc.id())).query(Long.class).single()).isZero();
        java.util.List<ClassificationSummary> trend = classification.trend(
                vn.binhthuy.partybuilding.units.UnitScope.organization(merged.id()));
        java.util.List<ClassificationSummary> a = classification.trend(
                vn.binhthuy.partybuilding.units.UnitScope.organization(traAn.id()));
        java.util.List<ClassificationSummary> b = classification.trend(
                vn.binhthuy.partybuilding.units.UnitScope.organization(traNoc.id()));
        assertThat(trend).extracting(ClassificationSummary::year).containsExactly(2016, 2017, 2018, 2019);
        for (int i = 0; i < 3; i++) {
            assertThat(trend.get(i).membersRated()).isEqualTo(a.get(i).membersRated() + b.get(i).membersRated());
        }
        assertThat(trend.get(3).membersRated()).isPositive();
        assertThat(trend.get(3).organizationsRated()).isEqualTo(1);

        UI.getCurrent().navigate("ward/d001-p-hop-nhat-minh-hoa", QueryParameters.simple(Map.of("year", "2019")));
        assertThat(_get(ChartCard.class, spec -> spec.withId("chart-trend")).getChart().getOption().xAxis()
                .getFirst().data()).containsExactly("2016*", "2017*", "2018*", "2019");
    }
}
