package vn.binhthuy.partybuilding.dashboard;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.base.ui.Breadcrumb;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.classification.ClassificationSummary;
import vn.binhthuy.partybuilding.classification.MemberRatingEntry;
import vn.binhthuy.partybuilding.classification.ui.OrganizationRatingEditor;
import vn.binhthuy.partybuilding.remediation.RemediationService;
import vn.binhthuy.partybuilding.reviews.ReviewService;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.card;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.categoryIndex;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.clickCategory;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.kpi;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.kpiCard;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.option;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.total;

class WardViewTest extends KaribuTest {

    @Autowired vn.binhthuy.partybuilding.classification.MemberRatingService memberRatings;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired ClassificationService classification;
    @Autowired RemediationService remediation;
    @Autowired ReviewService reviews;
    @Autowired UnitService units;

    @Test
    void longTuyenIn2017() {
        open("ward/p-long-tuyen?year=2017");
        Unit ward = units.byCode("p-long-tuyen").orElseThrow();
        ClassificationSummary summary = classification.organizationSummary(2017, ward.id());

        assertThat(kpi("kpi-organization-rating")).isEqualTo("Trong sạch, vững mạnh");
        assertThat(kpiCard("kpi-organization-rating").getDetail()).isEqualTo("Tiêu biểu");
        assertThat(kpi("kpi-members-rated")).isEqualTo(String.valueOf(summary.membersRated()));
        assertThat(kpi("kpi-violations")).isEqualTo("0");
        assertThat(option("chart-cell-levels").yAxis().getFirst().data()).hasSize(18).startsWith("Khu vực 1");
        assertThat(total(option("chart-cell-levels"))).isEqualTo(summary.membersRated());
        assertThat(option("chart-cell-levels").series()).noneMatch(s -> s.name().equals("Không hoàn thành nhiệm vụ")
                && total(s) > 0);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Đảng bộ phường Long Tuyền - năm 2017");
    }

    @Test
    void cellChartsInSharesByValueAndTheClickStillOpensThatCell() {
        open("ward/p-long-tuyen?year=2017&show=share&sort=value");
        var table = card("chart-cell-levels").getTable();
        List<Double> firstLevel = table.rows().stream().map(r -> r.values().getFirst().doubleValue()).toList();
        assertThat(firstLevel).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(option("chart-cell-groups").xAxis().getFirst().name()).isEqualTo("%");
        assertThat(_get(Select.class, spec -> spec.withId("display-measure")).getValue()).isEqualTo(true);

        String best = table.rows().getFirst().label();
        clickCategory("chart-cell-levels", 0);
        assertThat(location()).startsWith("cell/");
        long cellId = Long.parseLong(location().substring(5, location().indexOf('?')));
        assertThat(units.byId(cellId).orElseThrow().shortName()).isEqualTo(best);
    }

    @Test
    void cellTableAddsUpToTheWardAndOpensACell() {
        open("ward/p-tra-noc?year=2019");
        Unit ward = units.byCode("p-tra-noc").orElseThrow();
        @SuppressWarnings("unchecked")
        Grid<UnitScorecard> cells = _get(Grid.class, spec -> spec.withId("cell-table"));

        long members = 0;
        long plans = 0;
        for (int i = 0; i < GridKt._size(cells); i++) {
            members += GridKt._get(cells, i).membersRated();
            plans += GridKt._get(cells, i).plans();
        }
        assertThat(members).isEqualTo(classification.organizationSummary(2019, ward.id()).membersRated());
        assertThat(plans).isEqualTo(remediation.organizationSummary(2019, ward.id()).plans());
        boolean ownRow = GridKt._get(cells, 0).unitId() == ward.id();
        for (int i = 0; i < GridKt._size(cells); i++) {
            UnitScorecard row = GridKt._get(cells, i);
            assertThat(row.unitId() == ward.id() || row.unitCode().startsWith("p-tra-noc-kv")).isTrue();
        }
        if (ownRow) {
            UnitScorecard own = GridKt._get(cells, 0);
            assertThat(own.membersRated() + own.findings() + own.plans()).isPositive();
            assertThat(GridKt._getFormattedRow(cells, 0).getFirst()).isEqualTo("Phường Trà Nóc (tập thể)");
        }

        GridKt._clickItem(cells, ownRow ? 1 : 0, 1, false, false, false, false);
        Unit firstCell = units.byCode("p-tra-noc-kv1").orElseThrow();
        assertThat(location()).isEqualTo("cell/" + firstCell.id() + "?year=2019");
    }

    @Test
    void theOrganizationsOwnRowIsNamedAsTheCollectiveAndOpensItsPlansOrIsLeftOutWhenEmpty() {
        for (String code : List.of("p-tra-noc", "p-long-tuyen", "p-binh-thuy", "p-an-thoi")) {
            open("ward/" + code + "?year=2018");
            Unit ward = units.byCode(code).orElseThrow();
            @SuppressWarnings("unchecked")
            Grid<UnitScorecard> cells = _get(Grid.class, spec -> spec.withId("cell-table"));
            UnitScorecard first = GridKt._get(cells, 0);
            if (first.unitId() == ward.id()) {
                assertThat(first.findings() + first.plans() + first.membersRated()).isPositive();
                GridKt._clickItem(cells, 0, 1, false, false, false, false);
                assertThat(location()).startsWith("remediation?").contains("organization=" + code, "year=2018");
            } else {
                assertThat(first.unitCode()).startsWith(code + "-");
            }
        }
    }

    @Test
    void clickingACellInAChartDrillsDownToTheCell() {
        open("ward/p-binh-thuy?year=2018");
        Unit cell = units.byCode("p-binh-thuy-kv7").orElseThrow();

        clickCategory("chart-cell-levels", categoryIndex("chart-cell-levels", "Khu vực 7"));

        assertThat(location()).isEqualTo("cell/" + cell.id() + "?year=2018");
        assertThat(_get(CellView.class).getCell().name()).isEqualTo("Chi bộ khu vực 7, phường Bình Thủy");
    }

    @Test
    void breadcrumbLeadsBackToTheDistrictKeepingTheYear() {
        open("ward/p-an-thoi?year=2016");
        Breadcrumb breadcrumb = _get(Breadcrumb.class);
        RouterLink district = _get(breadcrumb, RouterLink.class);

        assertThat(district.getText()).isEqualTo("Đảng bộ quận Bình Thủy");
        assertThat(breadcrumb.getElement().getTextRecursively()).contains("Đảng bộ phường An Thới");
        RouterLinkKt._click(district);

        assertThat(location()).isEqualTo("?year=2016");
        assertThat(_find(OverviewView.class)).hasSize(1);
    }

    @Test
    void changingTheYearStaysOnTheWard() {
        open("ward/p-an-thoi?year=2017");

        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, spec -> spec.withId("year-select"));
        HasValueUtilsKt._setValue(year, 2019);

        assertThat(location()).isEqualTo("ward/p-an-thoi?year=2019");
        assertThat(kpi("kpi-organization-rating")).isNotEmpty();
    }

    @Test
    void reviewDelegationsAndNotebookOfTheYear() {
        open("ward/p-tra-noc?year=2017");
        Unit ward = units.byCode("p-tra-noc").orElseThrow();

        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("delegations"))))
                .isEqualTo(reviews.delegations(2017, ward.id()).size());
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("notebook"))))
                .isEqualTo(reviews.notebook(2017, ward.id()).size()).isPositive();
    }

    @Test
    void anUnknownWardSaysSoInVietnamese() {
        open("ward/khong-co?year=2017");

        assertThat(_get(Paragraph.class, spec -> spec.withId("not-found-message")).getText())
                .isEqualTo("Không tìm thấy tổ chức cơ sở đảng có mã \"khong-co\".");
        assertThat(_find(WardView.class)).isEmpty();
    }

    @Test
    void aGrassrootsCellWithoutCellsShowsItselfAsTheOnlyRow() {
        open("ward/cb-kho-bac?year=2017");

        assertThat(option("chart-cell-levels").yAxis().getFirst().data()).containsExactly("Kho bạc");
        assertThat(card("chart-cell-levels").isEmpty()).isFalse();
    }

    @Test
    void theOrganizationBoardMayEditTheRatingLeadershipMayNot() {
        open("ward/p-long-tuyen?year=2017");
        assertThat(_find(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("edit-organization-rating"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("add-delegation"))).isEmpty();

        login("bantochuc");
        open("ward/p-long-tuyen?year=2017");
        assertThat(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("add-notebook-entry")))
                .hasSize(1);
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("edit-organization-rating")));

        OrganizationRatingEditor editor = _get(OrganizationRatingEditor.class);
        assertThat(editor.level().getValue()).isEqualTo("TSVM");
        assertThat(editor.exemplary().getValue()).isTrue();
        assertThat(editor.exemplary().isVisible()).isTrue();
    }

    // rolled back: the save runs in the test thread, inside the test's transaction
    @Transactional
    @Test
    void theBoardAddsCorrectsAndDeletesANotebookEntryFromTheWardPage() {
        addCorrectAndDeleteANotebookEntry();
    }

    private void addCorrectAndDeleteANotebookEntry() {
        login("bantochuc");
        open("ward/p-long-tuyen?year=2019");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("add-notebook-entry")));
        HasValueUtilsKt._setValue(_get(DatePicker.class, spec -> spec.withId("entry-date")),
                java.time.LocalDate.of(2019, 6, 1));
        HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withId("entry-text")),
                "Ghi chép thử nghiệm giao diện");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("entry-save")));

        @SuppressWarnings("unchecked")
        Grid<vn.binhthuy.partybuilding.reviews.NotebookEntry> notebook = _get(Grid.class, spec -> spec.withId("notebook"));
        int row = rowOf(notebook, "Ghi chép thử nghiệm giao diện");
        GridKt._clickItem(notebook, row, 1, false, false, false, false);
        _get(vn.binhthuy.partybuilding.reviews.ui.ReviewEntryDialog.class);
        TextArea text = _get(TextArea.class, spec -> spec.withId("entry-text"));
        assertThat(text.getValue()).isEqualTo("Ghi chép thử nghiệm giao diện");
        assertThat(_get(DatePicker.class, spec -> spec.withId("entry-date")).getValue())
                .isEqualTo(java.time.LocalDate.of(2019, 6, 1));
        HasValueUtilsKt._setValue(text, "Ghi chép đã sửa");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("entry-save")));

        @SuppressWarnings("unchecked")
        Grid<vn.binhthuy.partybuilding.reviews.NotebookEntry> refreshed = _get(Grid.class, spec -> spec.withId("notebook"));
        int changedRow = rowOf(refreshed, "Ghi chép đã sửa");
        int size = GridKt._size(refreshed);
        GridKt._clickItem(refreshed, changedRow, 1, false, false, false, false);
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("entry-delete")));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));

        @SuppressWarnings("unchecked")
        Grid<vn.binhthuy.partybuilding.reviews.NotebookEntry> after = _get(Grid.class, spec -> spec.withId("notebook"));
        assertThat(GridKt._size(after)).isEqualTo(size - 1);
        assertThat(reviews.notebook(2019, units.byCode("p-long-tuyen").orElseThrow().id()))
                .noneMatch(n -> n.content().startsWith("Ghi chép"));
    }

    private static int rowOf(Grid<vn.binhthuy.partybuilding.reviews.NotebookEntry> grid, String content) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).content().equals(content)) {
                return i;
            }
        }
        throw new AssertionError("no notebook row " + content);
    }

    @Test
    void anIndividualReviewOffersTheMembersOfTheChosenCell() {
        login("bithu.longtuyen");
        open("ward/p-long-tuyen?year=2017");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("add-delegation")));
        @SuppressWarnings("unchecked")
        Select<Boolean> individual = _get(Select.class, spec -> spec.withId("entry-individual"));
        @SuppressWarnings("unchecked")
        Select<Unit> unit = _get(Select.class, spec -> spec.withId("entry-unit"));
        assertThat(_find(ComboBox.class, spec -> spec.withId("entry-member"))).isEmpty(); // none visible

        Unit cell = units.byCode("p-long-tuyen-kv4").orElseThrow();
        HasValueUtilsKt._setValue(individual, true);
        HasValueUtilsKt._setValue(unit, unit.getListDataView().getItems()
                .filter(u -> u.id() == cell.id()).findFirst().orElseThrow());

        @SuppressWarnings("unchecked")
        ComboBox<MemberRatingEntry> member = _get(ComboBox.class, spec -> spec.withId("entry-member"));
        assertThat(member.isVisible()).isTrue();
        assertThat(member.getListDataView().getItems().map(m -> m.memberId()).toList())
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(memberRatings.entries(2017, cell.id()).stream()
                        .map(m -> m.memberId()).toList());
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("entry-save")));
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "Hãy chọn đảng viên được kiểm điểm (hoặc chọn \"Tập thể\").");
    }
}
