package vn.binhthuy.partybuilding.dashboard;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.base.chart.ChartOption;
import vn.binhthuy.partybuilding.base.chart.ChartTable;
import vn.binhthuy.partybuilding.base.ui.Breadcrumb;
import vn.binhthuy.partybuilding.base.ui.ChartCard;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.classification.ClassificationSummary;
import vn.binhthuy.partybuilding.units.UnitHit;
import vn.binhthuy.partybuilding.units.UnitScope;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.card;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.categoryIndex;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.clickCategory;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.kpi;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.option;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.total;

/**
 * Every level has its page (issue #14): at scale 3 a province root above three districts of 36 organizations each.
 * The province's overview compares its districts, a district's page its organizations, and a click goes down
 * province → district → organization → cell, with the breadcrumb back up through every level.
 */
@TestPropertySource(properties = "partybuilding.demo-data.scale=3")
class ProvinceLevelsTest extends KaribuTest {

    static final String PROVINCE_LEADER = "lanhdao.tinh";
    static final List<String> DISTRICTS = List.of("Bình Thủy", "Quận mẫu 001", "Quận mẫu 002");

    @Autowired ClassificationService classification;
    @Autowired UnitService units;

    private static List<String> categories(String cardId) {
        return card(cardId).getTable().rows().stream().map(ChartTable.Row::label).toList();
    }

    private static String scopeLine() {
        return _get(Paragraph.class, spec -> spec.withId("page-scope")).getText();
    }

    private static String breadcrumb() {
        return _get(Breadcrumb.class).getElement().getTextRecursively();
    }

    @Test
    void theProvinceOverviewComparesItsDistrictsAggregatedInSql() {
        login(PROVINCE_LEADER);
        open("?year=2017");

        assertThat(kpi("kpi-organizations-rated")).isEqualTo("108");
        for (String chart : List.of("chart-organization-rated", "chart-member-levels", "chart-indicator-groups",
                "chart-heatmap", "chart-plan-status")) {
            assertThat(categories(chart)).as(chart).containsExactlyElementsOf(DISTRICTS);
        }
        // the bars of the districts add up to the province; Bình Thủy's is the article's district
        ClassificationSummary province = classification.summary(2017, UnitScope.DISTRICT);
        assertThat(total(option("chart-member-levels"))).isEqualTo(province.membersRated());
        assertThat(total(option("chart-organization-rated"))).isEqualTo(108);
        assertThat(DashboardTestSupport.rowTotal("chart-member-levels", "Bình Thủy")).isEqualTo(4389);
        assertThat(option("chart-member-levels").title().text()).isEqualTo("Xếp loại đảng viên theo quận, huyện");
        assertThat(option("chart-heatmap").title().text()).isEqualTo("Bản đồ nhiệt: quận, huyện × 27 biểu hiện");
        assertThat(_find(Breadcrumb.class)).isEmpty();
    }

    @Test
    void theProvinceCountsEachDistrictsOrganizationsOverTheExcellentCapAndTheDistrictNamesThem() {
        login(PROVINCE_LEADER);
        open("?year=2019");
        List<org.jsoup.nodes.Element> links = ruleCheckLinks();
        List<String> perDistrict = links.stream().map(org.jsoup.nodes.Element::text).toList();
        // one line per district, counted in SQL over the same rule as a district's own list
        List<String> expected = DISTRICTS.stream()
                .map(name -> java.util.Map.entry(name, classification.excellentShareBreaches(2019,
                        UnitScope.district(units.districtByCode(districtCode(name)).orElseThrow().id())).size()))
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + ": " + e.getValue() + " tổ chức").toList();
        assertThat(expected).isNotEmpty();
        assertThat(perDistrict).containsExactlyElementsOf(expected);
        assertThat(perDistrict).allSatisfy(line -> assertThat(line).doesNotContain("%"));

        // links, reachable with the keyboard, to each district's page for the same year
        assertThat(links.getFirst().attr("href")).startsWith("district/q-").endsWith("?year=2019");
        String[] href = links.getFirst().attr("href").split("\\?");
        com.vaadin.flow.component.UI.getCurrent().navigate(href[0],
                com.vaadin.flow.router.QueryParameters.fromString(href[1]));
        assertThat(location()).startsWith("district/");
        // the district's page names its organizations with their share, as the demo's overview does, each a link
        // to the organization's page
        assertThat(ruleCheckLinks()).isNotEmpty().allSatisfy(item -> {
            assertThat(item.text()).contains("%");
            assertThat(item.attr("href")).startsWith("ward/").endsWith("?year=2019");
        });
    }

    /** The excellent-cap lines: links sent as one element (LinkList). */
    private static List<org.jsoup.nodes.Element> ruleCheckLinks() {
        return _find(vn.binhthuy.partybuilding.base.ui.LinkList.class).stream()
                .flatMap(list -> org.jsoup.Jsoup.parseBodyFragment(list.getInnerHtml()).select("a.rule-check-item").stream())
                .toList();
    }

    private static String districtCode(String name) {
        return switch (name) {
            case "Bình Thủy" -> "q-binh-thuy";
            case "Quận mẫu 001" -> "q-mau-001";
            default -> "q-mau-002";
        };
    }

    @Test
    void titlesScopeAndFileNamesNameTheLevel() {
        login(PROVINCE_LEADER);
        open("?year=2017");
        ChartOption provinceChart = option("chart-member-levels");
        assertThat(scopeLine()).contains("Đơn vị: Đảng bộ tỉnh mẫu (3 quận)");
        assertThat(provinceChart.fileName()).isEqualTo("xep-loai-dang-vien-theo-quan-huyen_tinh-mau_2017");

        open("district/q-mau-001?year=2017");

        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText())
                .isEqualTo("Tổng quan Đảng bộ quận mẫu 001 - năm 2017");
        assertThat(scopeLine()).contains("Đơn vị: Đảng bộ quận mẫu 001");
        assertThat(option("chart-member-levels").title().text()).isEqualTo("Xếp loại đảng viên theo TCCSĐ");
        assertThat(option("chart-member-levels").fileName()).isEqualTo("xep-loai-dang-vien_quan-mau-001_2017");
        open("district/q-binh-thuy?year=2017");
        assertThat(option("chart-member-levels").fileName()).isEqualTo("xep-loai-dang-vien_quan-binh-thuy_2017");
    }

    @Test
    void aDistrictPageShowsTheSameChartFamiliesPerOrganizationOfThatDistrictOnly() {
        login(PROVINCE_LEADER);
        open("district/q-binh-thuy?year=2017");

        // the article's district inside the province: its own figures, its own organizations
        assertThat(kpi("kpi-organizations-rated")).isEqualTo("36");
        assertThat(kpi("kpi-members-rated")).isEqualTo("4.389");
        assertThat(kpi("kpi-members-good")).isEqualTo("94,87%");
        assertThat(categories("chart-member-levels")).hasSize(36).contains("Phường Long Tuyền")
                .noneMatch(label -> label.contains("Q001") || label.contains("Q002"));
        assertThat(categories("chart-heatmap")).noneMatch(label -> label.contains("Q00"));
        for (String chart : List.of("chart-organization-levels", "chart-organization-rated", "chart-trend",
                "chart-indicators-top", "chart-indicator-groups", "chart-plan-status", "chart-progress")) {
            assertThat(card(chart)).as(chart).isNotNull();
        }
        assertThat(breadcrumb()).isEqualTo("Đảng bộ tỉnh mẫu (3 quận)›Đảng bộ quận Bình Thủy");

        // the kind filter stays on the district's page
        open("district/q-binh-thuy?year=2017&kind=WARD");
        assertThat(kpi("kpi-organizations-rated")).isEqualTo("8");
    }

    @Test
    void clicksDrillFromTheProvinceToADistrictAnOrganizationAndACellAndTheBreadcrumbGoesBackUp() {
        login(PROVINCE_LEADER);
        open("?year=2017");

        clickCategory("chart-member-levels", categoryIndex("chart-member-levels", "Quận mẫu 001"));
        assertThat(location()).isEqualTo("district/q-mau-001?year=2017");

        clickCategory("chart-member-levels", 0);
        assertThat(location()).startsWith("ward/d001-");
        assertThat(breadcrumb()).startsWith("Đảng bộ tỉnh mẫu (3 quận)›Đảng bộ quận mẫu 001›");

        clickCategory("chart-cell-levels", 0);
        assertThat(location()).startsWith("cell/");
        Breadcrumb trail = _get(Breadcrumb.class);
        List<RouterLink> links = _find(trail, RouterLink.class);
        assertThat(links).extracting(RouterLink::getText).hasSize(3)
                .startsWith("Đảng bộ tỉnh mẫu (3 quận)", "Đảng bộ quận mẫu 001");
        assertThat(links.get(1).getHref()).isEqualTo("district/q-mau-001?year=2017");
        assertThat(links.get(0).getHref()).isEqualTo("?year=2017");
    }

    @Test
    void theRemediationPageOfTheProvinceComparesDistrictsToo() {
        login(PROVINCE_LEADER);
        open("remediation?year=2017");

        assertThat(categories("chart-plan-status")).containsExactlyElementsOf(DISTRICTS);
        assertThat(option("chart-plan-status").title().text())
                .isEqualTo("Tiến độ kế hoạch khắc phục theo quận, huyện");
        clickCategory("chart-plan-status", categoryIndex("chart-plan-status", "Quận mẫu 002"));
        assertThat(location()).isEqualTo("district/q-mau-002?year=2017");
    }

    @Test
    void theManifestationsPageOfTheProvinceComparesDistrictsAndADistrictLeaderSeesTheirOrganizations() {
        login(PROVINCE_LEADER);
        open("indicators?year=2017&indicator=A5");

        assertThat(categories("chart-findings-by-organization")).isSubsetOf(DISTRICTS).isNotEmpty();
        assertThat(option("chart-findings-by-organization").fileName()).startsWith("bieu-hien-theo-quan-huyen_tinh-mau");

        login("lanhdao");
        open("indicators?year=2017&indicator=A5");
        assertThat(categories("chart-findings-by-organization")).isNotEmpty()
                .noneMatch(DISTRICTS::contains).noneMatch(label -> label.contains("Q00"));
    }

    @Test
    void theUnitPickerFindsDistrictsAndOpensTheirPage() {
        login(PROVINCE_LEADER);
        open("?year=2017");
        ComboBox<UnitHit> picker = _get(ComboBox.class, spec -> spec.withId("unit-picker"));

        ComboBoxKt.setUserInput(picker, "mau 002");
        assertThat(ComboBoxKt.getSuggestions(picker)).first().isEqualTo("Đảng bộ quận mẫu 002");
        picker.setValue(ComboBoxKt.getSuggestionItems(picker).getFirst());

        assertThat(location()).isEqualTo("district/q-mau-002?year=2017");
        // beside a district, the districts before and after it
        assertThat(_get(RouterLink.class, spec -> spec.withId("unit-previous")).getText()).contains("quận mẫu 001");
    }

    @Test
    void theRootIsNotADistrictPageAndAnUnknownDistrictIsNotFound() {
        login(PROVINCE_LEADER);

        open("district/t-mau-x3?year=2017");
        assertThat(_find(DistrictView.class)).isEmpty();
        open("district/p-long-tuyen?year=2017");
        assertThat(_find(DistrictView.class)).isEmpty();
        assertThat(units.districtByCode("q-mau-001")).isPresent();
    }
}
