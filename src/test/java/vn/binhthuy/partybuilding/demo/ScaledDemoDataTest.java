package vn.binhthuy.partybuilding.demo;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.base.ui.KpiCard;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.classification.ClassificationSummary;
import vn.binhthuy.partybuilding.dashboard.OverviewView;
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
}
