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

    @Test
    void plansByOrganizationShowSharesSortedByValueAsOnTheOverview() {
        open("remediation?year=2019");
        var counts = DashboardTestSupport.card("chart-plan-status").getTable();
        DashboardTestSupport.showShares(UnitChartDisplay.Order.VALUE);

        assertThat(location()).contains("year=2019").contains("show=share").contains("sort=value");
        var option = DashboardTestSupport.option("chart-plan-status");
        assertThat(option.xAxis().getFirst().name()).isEqualTo("%");
        assertThat(option.title().subtext()).contains("Tỷ lệ % trên tổng của từng đơn vị");
        assertThat(option.fileName()).contains("ty-le").endsWith("_2019");
        var shares = DashboardTestSupport.card("chart-plan-status").getTable();
        assertThat(shares.header(0)).endsWith("(%)");
        assertThat(shares.rows()).hasSameSizeAs(counts.rows());
        for (var row : shares.rows()) {
            assertThat(row.values().stream().mapToDouble(Number::doubleValue).sum())
                    .isCloseTo(100.0, org.assertj.core.data.Offset.offset(0.05));
        }
        // sorted by the share of the first status, the largest first
        assertThat(shares.rows().stream().map(r -> r.values().getFirst().doubleValue()).toList())
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        // the plan list is not a per-unit chart: it keeps its count
        assertThat(view().getCountText()).isEqualTo(remediation.countPlans(PlanFilter.ofYear(2019))
                + " kế hoạch phù hợp bộ lọc");
    }
}
