package vn.binhthuy.partybuilding.dashboard;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import vn.binhthuy.partybuilding.KaribuTest;

import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.kpiCard;

/** The demo's committee wording, derived from its root district, reads as before: "Quận ủy Bình Thủy". */
class CommitteeWordingTest extends KaribuTest {

    @Test
    void theDemoDistrictsCommitteeNamesHeaderKpiAndRoles() {
        open("?year=2017");
        assertThat(_get(Span.class, spec -> spec.withId("app-subtitle")).getText()).isEqualTo("Quận ủy Bình Thủy");
        assertThat(kpiCard("kpi-reviews").getLabel()).isEqualTo("Đoàn kiểm điểm của BTV Quận ủy");

        login("quantri");
        open("admin/users");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("user-grid"));
        assertThat(IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormattedRow(grid, i)))
                .anySatisfy(row -> assertThat(row).startsWith("lanhdao").contains("Lãnh đạo Quận ủy"))
                .anySatisfy(row -> assertThat(row).startsWith("bantochuc").contains("Ban Tổ chức Quận ủy"));
    }
}
