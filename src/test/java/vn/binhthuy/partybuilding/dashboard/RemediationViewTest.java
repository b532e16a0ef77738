package vn.binhthuy.partybuilding.dashboard;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.remediation.PlanFilter;
import vn.binhthuy.partybuilding.remediation.PlanListItem;
import vn.binhthuy.partybuilding.remediation.PlanStatus;
import vn.binhthuy.partybuilding.remediation.RemediationService;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class RemediationViewTest extends KaribuTest {

    @Autowired RemediationService remediation;
    @Autowired UnitService units;

    private static RemediationView view() {
        return _get(RemediationView.class);
    }

    @Test
    void overduePlansOfTheYearFromTheUrl() {
        open("remediation?year=2019&overdue=true");
        long expected = remediation.countPlans(PlanFilter.ofYear(2019).withOverdueOnly(true));

        assertThat(view().getFilter().overdueOnly()).isTrue();
        assertThat(GridKt._size(view().getGrid())).isEqualTo((int) expected);
        assertThat(view().getCountText()).isEqualTo(expected + " kế hoạch phù hợp bộ lọc");
        List<PlanListItem> page = GridKt._fetch(view().getGrid(), 0, 30);
        assertThat(page).isNotEmpty().allMatch(PlanListItem::overdue)
                .extracting(PlanListItem::deadline).isSorted();
    }

    @Test
    void filtersCombineAndLiveInTheUrl() {
        long wardId = units.byCode("p-tra-noc").orElseThrow().id();
        open("remediation?year=2018&organization=p-tra-noc");

        @SuppressWarnings("unchecked")
        Select<String> status = _get(Select.class, spec -> spec.withId("filter-status"));
        HasValueUtilsKt._setValue(status, "IN_PROGRESS");

        assertThat(location()).contains("status=IN_PROGRESS").contains("organization=p-tra-noc").contains("year=2018");
        PlanFilter expected = PlanFilter.ofYear(2018).withOrganization(wardId).withStatus(PlanStatus.IN_PROGRESS);
        assertThat(view().getFilter()).isEqualTo(expected);
        assertThat(GridKt._size(view().getGrid())).isEqualTo((int) remediation.countPlans(expected)).isPositive();
        assertThat(GridKt._fetch(view().getGrid(), 0, 100)).allMatch(p -> p.status() == PlanStatus.IN_PROGRESS
                && p.organizationName().equals("Phường Trà Nóc"));
        // the organization has its own column, so the unit column shows the cell's short name ("Khu vực 3")
        assertThat(GridKt._fetch(view().getGrid(), 0, 100)).allMatch(p -> p.unitName().startsWith("Khu vực ")
                || p.unitName().equals("Phường Trà Nóc"));
    }

    @Test
    void theGridLoadsLazilyPageByPage() {
        open("remediation?year=2016");
        int size = GridKt._size(view().getGrid());

        assertThat(size).isEqualTo((int) remediation.countPlans(PlanFilter.ofYear(2016))).isGreaterThan(100);
        List<PlanListItem> secondPage = GridKt._fetch(view().getGrid(), 50, 50);
        assertThat(secondPage).hasSize(50).doesNotContainAnyElementsOf(GridKt._fetch(view().getGrid(), 0, 50));
    }

    @Test
    void unknownFilterValuesAreIgnoredWithAMessage() {
        open("remediation?year=2018&status=LOST&organization=nowhere");

        assertThat(view().getFilter()).isEqualTo(PlanFilter.ofYear(2018));
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "Trạng thái \"LOST\" không có; đang hiển thị mọi trạng thái.",
                "Không tìm thấy TCCSĐ \"nowhere\"; đang hiển thị mọi TCCSĐ.");
    }
}
