package vn.binhthuy.partybuilding.dashboard;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.base.ui.Breadcrumb;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.indicators.IndicatorFrequency;
import vn.binhthuy.partybuilding.indicators.IndicatorService;
import vn.binhthuy.partybuilding.remediation.PlanFilter;
import vn.binhthuy.partybuilding.remediation.RemediationService;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.card;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.kpi;

class CellViewTest extends KaribuTest {

    @Autowired ClassificationService classification;
    @Autowired IndicatorService indicators;
    @Autowired RemediationService remediation;
    @Autowired UnitService units;

    @Test
    void aCellShowsItsMembersFindingsAndPlans() {
        Unit cell = units.byCode("p-tra-noc-kv3").orElseThrow();
        open("cell/" + cell.id() + "?year=2018");

        long rated = classification.memberSummaryOfUnit(2018, cell.id()).membersRated();
        long findings = indicators.frequenciesOfUnit(2018, cell.id()).stream().mapToLong(IndicatorFrequency::findings).sum();
        long plans = remediation.countPlans(PlanFilter.ofYear(2018).withUnit(cell.id()));

        assertThat(kpi("kpi-members-rated")).isEqualTo(String.valueOf(rated));
        assertThat(card("chart-member-levels-unit").getTable().rows().stream()
                .mapToLong(r -> r.values().getFirst().longValue()).sum()).isEqualTo(rated);
        assertThat(kpi("kpi-findings")).isEqualTo(String.valueOf(findings));
        assertThat(card("chart-indicators-unit").getTable().rows()).hasSize(27);
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("plans")))).isEqualTo((int) plans);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("plans"));
        assertThat(grid.getColumns().stream().map(Grid.Column::getHeaderText).toList())
                .contains("Đối tượng", "Hạn hoàn thành", "Trạng thái").doesNotContain("Họ và tên");
    }

    @Test
    void breadcrumbHasDistrictWardAndCell() {
        Unit cell = units.byCode("p-long-hoa-kv2").orElseThrow();
        open("cell/" + cell.id() + "?year=2017");

        Breadcrumb breadcrumb = _get(Breadcrumb.class);
        assertThat(_find(breadcrumb, RouterLink.class)).extracting(RouterLink::getText)
                .containsExactly("Đảng bộ quận Bình Thủy", "Đảng bộ phường Long Hòa");
        assertThat(_find(breadcrumb, RouterLink.class).get(1).getHref()).isEqualTo("ward/p-long-hoa?year=2017");
        assertThat(breadcrumb.getElement().getTextRecursively()).endsWith("Chi bộ khu vực 2, phường Long Hòa");
        assertThat(location()).isEqualTo("cell/" + cell.id() + "?year=2017");
    }

    @Test
    void aGrassrootsOrganizationThatIsItselfACellOpensAsACell() {
        Unit school = units.byCode("cb-thpt-binh-thuy").orElseThrow();
        open("cell/" + school.id() + "?year=2017");

        assertThat(_get(CellView.class).getCell().code()).isEqualTo("cb-thpt-binh-thuy");
        assertThat(_find(_get(Breadcrumb.class), RouterLink.class)).hasSize(1);
    }

    @Test
    void notACellIsNotFound() {
        Unit ward = units.byCode("p-long-hoa").orElseThrow();
        open("cell/" + ward.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("not-found-message")).getText())
                .isEqualTo("Không tìm thấy chi bộ có mã số \"" + ward.id() + "\".");

        open("cell/abc");
        assertThat(_get(Paragraph.class, spec -> spec.withId("not-found-message")).getText())
                .isEqualTo("Không tìm thấy chi bộ có mã số \"abc\".");
    }
}
