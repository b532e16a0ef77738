package vn.binhthuy.partybuilding.security;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditFilter;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.base.chart.ChartClickEvent;
import vn.binhthuy.partybuilding.base.chart.EChart;
import vn.binhthuy.partybuilding.base.ui.ChartCard;
import vn.binhthuy.partybuilding.base.ui.KpiCard;
import vn.binhthuy.partybuilding.base.ui.NotFoundView;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.dashboard.CellView;
import vn.binhthuy.partybuilding.dashboard.DistrictView;
import vn.binhthuy.partybuilding.dashboard.IndicatorsView;
import vn.binhthuy.partybuilding.dashboard.OverviewView;
import vn.binhthuy.partybuilding.dashboard.RemediationView;
import vn.binhthuy.partybuilding.dashboard.UnitNavigation;
import vn.binhthuy.partybuilding.dashboard.WardView;
import vn.binhthuy.partybuilding.indicators.IndicatorService;
import vn.binhthuy.partybuilding.remediation.RemediationService;
import vn.binhthuy.partybuilding.security.ui.AccessDeniedView;
import vn.binhthuy.partybuilding.units.UnitHit;
import vn.binhthuy.partybuilding.units.UnitScope;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Leadership scoped to a subtree (issue #14), at scale 3 (a province above Bình Thủy and two synthetic districts):
 * the province's leadership, Bình Thủy's leadership, the Organization Board and a secretary × the root, a district,
 * an organization and a cell of their own and of another district; crafted chart clicks; the services' scope;
 * exported labels; the unit picker.
 */
@TestPropertySource(properties = "partybuilding.demo-data.scale=3")
class DistrictScopeMatrixTest extends KaribuTest {

    static final String PROVINCE = "lanhdao.tinh";
    static final String DISTRICT = "lanhdao";
    static final String BOARD = "bantochuc";
    static final String SECRETARY = "bithu.longtuyen";

    @Autowired UnitService units;
    @Autowired AuditLog audit;
    @Autowired ClassificationService classification;
    @Autowired IndicatorService indicators;
    @Autowired RemediationService remediation;
    @Autowired UnitNavigation navigation;
    @Autowired AccessGuard guard;
    @Autowired UserAccountService accounts;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    enum Outcome { SHOWN, DENIED, NARROWED }

    record Case(String user, String route, Outcome outcome, Class<? extends Component> view, String landsOn) {
        @Override
        public String toString() {
            return user + " → /" + route + " : " + outcome;
        }
    }

    static Stream<Arguments> matrix() {
        List<Case> cases = new ArrayList<>();
        for (String reader : List.of(PROVINCE, BOARD)) {
            cases.add(new Case(reader, "?year=2017", Outcome.SHOWN, OverviewView.class, "?year=2017"));
            cases.add(new Case(reader, "district/q-binh-thuy?year=2017", Outcome.SHOWN, DistrictView.class, null));
            cases.add(new Case(reader, "district/q-mau-001?year=2017", Outcome.SHOWN, DistrictView.class, null));
            cases.add(new Case(reader, "ward/p-long-tuyen?year=2017", Outcome.SHOWN, WardView.class, null));
            cases.add(new Case(reader, "ward/d001-p-long-tuyen?year=2017", Outcome.SHOWN, WardView.class, null));
            cases.add(new Case(reader, "cell/{d001-p-tra-noc-kv1}?year=2017", Outcome.SHOWN, CellView.class, null));
            cases.add(new Case(reader, "remediation?year=2017&organization=d001-p-tra-noc", Outcome.SHOWN,
                    RemediationView.class, null));
        }
        // Bình Thủy's leadership: the root's overview is their district's page; another district is refused
        cases.add(new Case(DISTRICT, "?year=2017", Outcome.SHOWN, DistrictView.class, "district/q-binh-thuy?year=2017"));
        cases.add(new Case(DISTRICT, "district/q-binh-thuy?year=2017", Outcome.SHOWN, DistrictView.class, null));
        cases.add(new Case(DISTRICT, "district/q-mau-001?year=2017", Outcome.DENIED, null, null));
        cases.add(new Case(DISTRICT, "ward/p-long-tuyen?year=2017", Outcome.SHOWN, WardView.class, null));
        cases.add(new Case(DISTRICT, "ward/d001-p-long-tuyen?year=2017", Outcome.DENIED, null, null));
        cases.add(new Case(DISTRICT, "cell/{p-tra-noc-kv1}?year=2017", Outcome.SHOWN, CellView.class, null));
        cases.add(new Case(DISTRICT, "cell/{d001-p-tra-noc-kv1}?year=2017", Outcome.DENIED, null, null));
        cases.add(new Case(DISTRICT, "indicators?year=2017", Outcome.SHOWN, IndicatorsView.class, null));
        cases.add(new Case(DISTRICT, "remediation?year=2017&organization=p-tra-noc", Outcome.SHOWN,
                RemediationView.class, null));
        cases.add(new Case(DISTRICT, "remediation?year=2017&organization=d001-p-tra-noc", Outcome.NARROWED,
                RemediationView.class, null));
        // a secretary: their own organization, wherever they start
        cases.add(new Case(SECRETARY, "?year=2017", Outcome.SHOWN, WardView.class, "ward/p-long-tuyen?year=2017"));
        cases.add(new Case(SECRETARY, "district/q-binh-thuy?year=2017", Outcome.SHOWN, WardView.class,
                "ward/p-long-tuyen?year=2017"));
        cases.add(new Case(SECRETARY, "district/q-mau-001?year=2017", Outcome.DENIED, null, null));
        cases.add(new Case(SECRETARY, "ward/d001-p-long-tuyen?year=2017", Outcome.DENIED, null, null));
        cases.add(new Case(SECRETARY, "cell/{d001-p-long-tuyen-kv1}?year=2017", Outcome.DENIED, null, null));
        return cases.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void route(Case c) {
        login(c.user());
        String route = resolveCellIds(c.route());
        long refusalsBefore = refusals(c.user());
        NotificationsKt.clearNotifications();

        open(route);

        if (c.outcome() == Outcome.DENIED) {
            assertThat(LocatorJ._find(AccessDeniedView.class).size() + LocatorJ._find(NotFoundView.class).size())
                    .as("denied").isPositive();
            assertThat(LocatorJ._find(KpiCard.class)).as("no figure rendered").isEmpty();
            assertThat(refusals(c.user())).as("one refusal audited").isEqualTo(refusalsBefore + 1);
            return;
        }
        LocatorJ._assertOne(c.view());
        assertThat(LocatorJ._find(AccessDeniedView.class)).isEmpty();
        if (c.landsOn() != null) {
            assertThat(location()).isEqualTo(c.landsOn());
        }
        if (c.outcome() == Outcome.SHOWN) {
            assertThat(refusals(c.user())).as("no refusal audited").isEqualTo(refusalsBefore);
        } else {
            assertThat(refusals(c.user())).as("one refusal audited").isEqualTo(refusalsBefore + 1);
            assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                    .doesNotContainKey("organization");
        }
    }

    @Test
    void aDistrictLeadersPagesAndExportsNameTheirDistrictAndCoverOnlyIt() {
        login(DISTRICT);
        open("?year=2017");

        assertThat(_get(Paragraph.class, spec -> spec.withId("page-scope")).getText())
                .contains("Đơn vị: Đảng bộ quận Bình Thủy");
        assertThat(_get(KpiCard.class, spec -> spec.withId("kpi-organizations-rated")).getValue()).isEqualTo("36");
        ChartCard members = _get(ChartCard.class, spec -> spec.withId("chart-member-levels"));
        assertThat(members.getChart().getOption().fileName()).isEqualTo("xep-loai-dang-vien_quan-binh-thuy_2017");
        assertThat(members.getTable().rows()).hasSize(36);

        // pages with a province-wide scope are narrowed to the district, and say so
        open("indicators?year=2017");
        assertThat(_get(Paragraph.class, spec -> spec.withId("page-scope")).getText())
                .contains("Đơn vị: Đảng bộ quận Bình Thủy");
    }

    @Test
    void aCraftedChartClickOnAnotherDistrictOrItsOrganizationIsIgnored() {
        login(DISTRICT);
        open("district/q-binh-thuy?year=2017");
        EChart chart = _get(ChartCard.class, spec -> spec.withId("chart-member-levels")).getChart();

        ComponentUtil.fireEvent(chart, new ChartClickEvent(chart, true, "Quận mẫu 001", "", 0, 0, "q-mau-001"));
        ComponentUtil.fireEvent(chart, new ChartClickEvent(chart, true, "", "", 0, 0, "d001-p-long-tuyen"));

        assertThat(location()).isEqualTo("district/q-binh-thuy?year=2017");
    }

    @Test
    void theServicesNarrowTheDistrictLeaderAndRefuseAnotherDistrict() {
        long binhThuy = units.byCode("q-binh-thuy").orElseThrow().id();
        long other = units.byCode("q-mau-001").orElseThrow().id();
        long otherOrganization = units.byCode("d001-p-long-tuyen").orElseThrow().id();
        login(PROVINCE);
        long binhThuyMembers = classification.summary(2017, UnitScope.district(binhThuy)).membersRated();
        long provinceMembers = classification.summary(2017, UnitScope.DISTRICT).membersRated();

        login(DISTRICT);

        assertThat(classification.summary(2017, UnitScope.DISTRICT).membersRated()).isEqualTo(binhThuyMembers)
                .isEqualTo(4389).isLessThan(provinceMembers);
        assertThat(classification.memberLevelsByOrganization(2017, UnitScope.DISTRICT))
                .allMatch(row -> units.byId(row.unitId()).orElseThrow().parentId() == binhThuy);
        assertThat(remediation.statusByOrganization(2017, UnitScope.kind("WARD")))
                .allMatch(row -> units.byId(row.unitId()).orElseThrow().parentId() == binhThuy);
        assertThatThrownBy(() -> classification.summary(2017, UnitScope.district(other)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> indicators.groupsByCell(2017, otherOrganization))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classification.organizationLevels(2017)).isInstanceOf(AccessDeniedException.class);
        assertThat(guard.mayRead(other)).isFalse();
        assertThat(guard.mayRead(binhThuy)).isTrue();
    }

    @Test
    void theUnitPickerOfADistrictLeaderFindsOnlyTheirDistrict() {
        login(DISTRICT);
        assertThat(navigation.find("long tuyen", 2017, 0, 50)).extracting(UnitHit::code)
                .isNotEmpty().noneMatch(code -> code.startsWith("d00"));
        assertThat(navigation.find("mau", 2017, 0, 50)).isEmpty();

        login(PROVINCE);
        assertThat(navigation.find("long tuyen", 2017, 0, 50)).extracting(UnitHit::code)
                .anyMatch(code -> code.startsWith("d001-")).anyMatch(code -> code.startsWith("d002-"));

        login(DISTRICT);
        open("district/q-binh-thuy?year=2017");
        ComboBox<UnitHit> picker = _get(ComboBox.class, spec -> spec.withId("unit-picker"));
        ComboBoxKt.setUserInput(picker, "quan");
        assertThat(ComboBoxKt.getSuggestions(picker)).noneMatch(label -> label.contains("mẫu"));
        // no neighbouring district offered beside their own
        assertThat(LocatorJ._find(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("unit-next"))).isEmpty();
    }

    @Test
    void theAdministratorGrantsLeadershipOnADistrictOnTheUsersPage() {
        try {
            login("quantri");
            UI.getCurrent().navigate(vn.binhthuy.partybuilding.security.ui.UsersView.class);
            com.github.mvysny.kaributesting.v10.ButtonKt._click(_get(com.vaadin.flow.component.button.Button.class,
                    spec -> spec.withId("user-add")));
            com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(
                    _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("user-username")),
                    "kiem.tra.quan");
            com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(
                    _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("user-display-name")),
                    "Lãnh đạo quận mẫu 001");
            @SuppressWarnings("unchecked")
            ComboBox<vn.binhthuy.partybuilding.units.Unit> unit = _get(ComboBox.class, spec -> spec.withId("user-unit"));
            com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(unit, unit.getListDataView().getItems()
                    .filter(u -> u.code().equals("q-mau-001")).findFirst().orElseThrow());
            @SuppressWarnings("unchecked")
            com.vaadin.flow.component.checkbox.CheckboxGroup<Role> roles =
                    _get(com.vaadin.flow.component.checkbox.CheckboxGroup.class, spec -> spec.withId("user-roles"));
            com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(roles, java.util.Set.of(Role.LEADERSHIP));
            com.github.mvysny.kaributesting.v10.ButtonKt._click(_get(com.vaadin.flow.component.button.Button.class,
                    spec -> spec.withId("user-save")));

            signedInBefore("kiem.tra.quan");
            login("kiem.tra.quan");
            assertThat(guard.confinedToDistrict()).contains(units.byCode("q-mau-001").orElseThrow().id());
            open("?year=2017");
            assertThat(location()).isEqualTo("district/q-mau-001?year=2017");
            open("district/q-binh-thuy?year=2017");
            assertThat(LocatorJ._find(KpiCard.class)).isEmpty();
        } finally {
            jdbc.update("DELETE FROM app_user WHERE username LIKE 'kiem.tra%'");
        }
    }

    @Test
    void leadershipIsGrantedOnTheWholeTreeOrADistrictNotOnAnOrganization() {
        login("quantri");
        long organization = units.byCode("d001-p-long-tuyen").orElseThrow().id();
        long root = units.district().orElseThrow().id();
        try {
            assertThatThrownBy(() -> accounts.create("kiem.tra.phuong", "Thử", organization,
                    java.util.Set.of(Role.LEADERSHIP)))
                    .isInstanceOf(vn.binhthuy.partybuilding.base.InvalidInputException.class)
                    .hasMessageContaining("user.unit.leadership");
            accounts.create("kiem.tra.tinh", "Thử", root, java.util.Set.of(Role.LEADERSHIP));
            accounts.create("kiem.tra.toan", "Thử", null, java.util.Set.of(Role.LEADERSHIP));

            for (String user : List.of("kiem.tra.tinh", "kiem.tra.toan")) {
                signedInBefore(user);
                login(user);
                assertThat(guard.confinedToDistrict()).as(user).isEmpty();
                open("district/q-mau-002?year=2017");
                LocatorJ._assertOne(DistrictView.class);
            }
        } finally {
            jdbc.update("DELETE FROM app_user WHERE username LIKE 'kiem.tra%'");
        }
    }

    /** A new account must change its temporary password first; the test skips that step. */
    private void signedInBefore(String user) {
        jdbc.update("UPDATE app_user SET must_change_password = FALSE WHERE username = ?", user);
    }

    private long refusals(String user) {
        return audit.count(new AuditFilter(user, AuditAction.ACCESS_DENIED, null, null));
    }

    private String resolveCellIds(String route) {
        int open = route.indexOf('{');
        if (open < 0) {
            return route;
        }
        int close = route.indexOf('}');
        long id = units.byCode(route.substring(open + 1, close)).orElseThrow().id();
        return route.substring(0, open) + id + route.substring(close + 1);
    }
}
