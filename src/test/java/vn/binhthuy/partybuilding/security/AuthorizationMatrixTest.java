package vn.binhthuy.partybuilding.security;

import vn.binhthuy.partybuilding.security.ui.PasswordView;
import vn.binhthuy.partybuilding.security.ui.UsersView;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.binhthuy.partybuilding.KaribuTest;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import vn.binhthuy.partybuilding.audit.ui.AccessChangesView;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditEvent;
import vn.binhthuy.partybuilding.audit.AuditFilter;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.audit.ui.AuditView;
import vn.binhthuy.partybuilding.security.ui.AccessDeniedView;
import vn.binhthuy.partybuilding.base.ui.KpiCard;
import vn.binhthuy.partybuilding.base.ui.NotFoundView;
import vn.binhthuy.partybuilding.dashboard.CellView;
import vn.binhthuy.partybuilding.dashboard.IndicatorsView;
import vn.binhthuy.partybuilding.dashboard.OverviewView;
import vn.binhthuy.partybuilding.dashboard.RemediationView;
import vn.binhthuy.partybuilding.dashboard.WardView;
import vn.binhthuy.partybuilding.export.ui.ExportView;
import vn.binhthuy.partybuilding.importing.ui.ImportView;
import vn.binhthuy.partybuilding.indicators.ui.IndicatorCatalogView;
import vn.binhthuy.partybuilding.members.ui.MembersView;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every role × every route, with deep links into the user's own and another organization: which view the user
 * ends up on. "Denied" means either Vaadin's role check refusing the route or the service refusing the data;
 * in neither case is a single figure of the other organization rendered. "Narrowed" means a parameter naming
 * another organization was refused out loud and the page opened without it. Every refusal writes exactly one
 * ACCESS_DENIED audit row naming the user and the route; nothing else writes one.
 */
class AuthorizationMatrixTest extends KaribuTest {

    @Autowired UnitService units;
    @Autowired AuditLog audit;

    enum Outcome { SHOWN, DENIED, NARROWED }

    record Case(String user, String route, Outcome outcome, Class<? extends Component> view) {
        @Override
        public String toString() {
            return user + " → /" + route + " : " + outcome;
        }
    }

    static Stream<Arguments> matrix() {
        List<Case> cases = new ArrayList<>();
        String[] readers = {"lanhdao", "bantochuc"};
        for (String reader : readers) {
            cases.add(new Case(reader, "?year=2017", Outcome.SHOWN, OverviewView.class));
            cases.add(new Case(reader, "ward/p-long-tuyen?year=2017", Outcome.SHOWN, WardView.class));
            cases.add(new Case(reader, "ward/p-tra-noc?year=2017", Outcome.SHOWN, WardView.class));
            cases.add(new Case(reader, "cell/{p-long-tuyen-kv1}?year=2017", Outcome.SHOWN, CellView.class));
            cases.add(new Case(reader, "cell/{p-tra-noc-kv1}?year=2017", Outcome.SHOWN, CellView.class));
            cases.add(new Case(reader, "indicators?year=2017", Outcome.SHOWN, IndicatorsView.class));
            cases.add(new Case(reader, "remediation?year=2017&organization=p-tra-noc", Outcome.SHOWN, RemediationView.class));
            cases.add(new Case(reader, "admin/users", Outcome.DENIED, null));
            cases.add(new Case(reader, "admin/audit", Outcome.DENIED, null));
            cases.add(new Case(reader, "password", Outcome.SHOWN, PasswordView.class));
        }
        cases.add(new Case("bantochuc", "export", Outcome.SHOWN, ExportView.class));
        cases.add(new Case("lanhdao", "export", Outcome.DENIED, null));
        cases.add(new Case("bithu.longtuyen", "export", Outcome.DENIED, null));
        cases.add(new Case("quantri", "export", Outcome.DENIED, null));
        cases.add(new Case("bantochuc", "import", Outcome.SHOWN, ImportView.class));
        cases.add(new Case("bithu.longtuyen", "import", Outcome.SHOWN, ImportView.class));
        cases.add(new Case("lanhdao", "import", Outcome.DENIED, null));
        cases.add(new Case("quantri", "import", Outcome.DENIED, null));
        cases.add(new Case("bantochuc", "catalog/indicators", Outcome.SHOWN, IndicatorCatalogView.class));
        cases.add(new Case("lanhdao", "catalog/indicators", Outcome.DENIED, null));
        cases.add(new Case("bithu.longtuyen", "catalog/indicators", Outcome.DENIED, null));
        cases.add(new Case("bantochuc", "catalog/units", Outcome.SHOWN,
                vn.binhthuy.partybuilding.units.catalog.ui.UnitCatalogView.class));
        cases.add(new Case("lanhdao", "catalog/units", Outcome.DENIED, null));
        cases.add(new Case("bithu.longtuyen", "catalog/units", Outcome.DENIED, null));
        cases.add(new Case("quantri", "catalog/units", Outcome.DENIED, null));
        cases.add(new Case("bantochuc", "catalog/scales", Outcome.SHOWN,
                vn.binhthuy.partybuilding.classification.scales.ui.RatingScalesView.class));
        cases.add(new Case("lanhdao", "catalog/scales", Outcome.DENIED, null));
        cases.add(new Case("bithu.tranoc", "catalog/scales", Outcome.DENIED, null));
        cases.add(new Case("bantochuc", "members", Outcome.SHOWN, MembersView.class));
        cases.add(new Case("bithu.longtuyen", "members", Outcome.SHOWN, MembersView.class));
        cases.add(new Case("lanhdao", "members", Outcome.DENIED, null));
        cases.add(new Case("quantri", "members", Outcome.DENIED, null));
        String secretary = "bithu.longtuyen";
        cases.add(new Case(secretary, "?year=2017", Outcome.SHOWN, WardView.class));
        cases.add(new Case(secretary, "ward/p-long-tuyen?year=2017", Outcome.SHOWN, WardView.class));
        cases.add(new Case(secretary, "ward/p-tra-noc?year=2017", Outcome.DENIED, null));
        cases.add(new Case(secretary, "cell/{p-long-tuyen-kv1}?year=2017", Outcome.SHOWN, CellView.class));
        cases.add(new Case(secretary, "cell/{p-tra-noc-kv1}?year=2017", Outcome.DENIED, null));
        cases.add(new Case(secretary, "indicators?year=2017", Outcome.SHOWN, IndicatorsView.class));
        cases.add(new Case(secretary, "remediation?year=2017", Outcome.SHOWN, RemediationView.class));
        cases.add(new Case(secretary, "remediation?year=2017&organization=p-tra-noc", Outcome.NARROWED, RemediationView.class));
        cases.add(new Case(secretary, "remediation?year=2017&organization=p-long-tuyen", Outcome.SHOWN, RemediationView.class));
        cases.add(new Case(secretary, "access-changes", Outcome.DENIED, null));
        // a route the secretary may not open, with another organization in the query: refused once, by the route
        cases.add(new Case("bithu.tranoc", "access-changes?organization=p-long-tuyen", Outcome.DENIED, null));
        cases.add(new Case("bithu.tranoc", "access-changes?organization=p-tra-noc", Outcome.DENIED, null));
        cases.add(new Case(secretary, "admin/audit?organization=p-tra-noc", Outcome.DENIED, null));
        cases.add(new Case("bithu.tranoc", "catalog/units", Outcome.DENIED, null));
        cases.add(new Case(secretary, "admin/users", Outcome.DENIED, null));
        cases.add(new Case(secretary, "admin/audit", Outcome.DENIED, null));
        cases.add(new Case(secretary, "password", Outcome.SHOWN, PasswordView.class));
        String admin = "quantri";
        // the administrator's home is the user list, not the overview they may not read
        cases.add(new Case(admin, "?year=2017", Outcome.SHOWN, UsersView.class));
        cases.add(new Case(admin, "ward/p-long-tuyen?year=2017", Outcome.DENIED, null));
        cases.add(new Case(admin, "cell/{p-tra-noc-kv1}?year=2017", Outcome.DENIED, null));
        cases.add(new Case(admin, "indicators?year=2017", Outcome.DENIED, null));
        cases.add(new Case(admin, "remediation?year=2017", Outcome.DENIED, null));
        cases.add(new Case(admin, "admin/users", Outcome.SHOWN, UsersView.class));
        cases.add(new Case(admin, "admin/audit", Outcome.SHOWN, AuditView.class));
        cases.add(new Case(admin, "password", Outcome.SHOWN, PasswordView.class));
        cases.add(new Case(admin, "members", Outcome.DENIED, null));
        cases.add(new Case(admin, "access-changes", Outcome.DENIED, null));
        cases.add(new Case("bantochuc", "access-changes", Outcome.SHOWN, AccessChangesView.class));
        cases.add(new Case("lanhdao", "access-changes", Outcome.DENIED, null));
        return cases.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void route(Case c) {
        login(c.user());
        String route = resolveCellIds(c.route());
        long refusalsBefore = refusals(c.user());
        NotificationsKt.clearNotifications();

        boolean refusedByRole = false;
        try {
            open(route);
        } catch (Throwable e) {
            // Karibu reports Vaadin's role-based refusal as an exception instead of rendering the error page
            assertThat(e.getClass().getSimpleName()).isEqualTo("MockAccessDeniedException");
            refusedByRole = true;
        }

        if (c.outcome() != Outcome.DENIED) {
            assertThat(refusedByRole).as("refused by role").isFalse();
            LocatorJ._assertOne(c.view());
            assertThat(LocatorJ._find(AccessDeniedView.class)).isEmpty();
        }
        if (c.outcome() == Outcome.SHOWN) {
            assertThat(refusals(c.user())).as("no refusal audited").isEqualTo(refusalsBefore);
            assertThat(NotificationsKt.getNotifications()).noneMatch(n -> "access-denied-parameter".equals(n.getId().orElse("")));
            return;
        }
        assertThat(refusals(c.user())).as("one refusal audited").isEqualTo(refusalsBefore + 1);
        AuditEvent refusal = audit.find(new AuditFilter(c.user(), AuditAction.ACCESS_DENIED, null, null), 0, 1).getFirst();
        assertThat(refusal.username()).isEqualTo(c.user());
        assertThat(refusal.summary()).startsWith("/" + route.split("\\?")[0]).contains(" - ");
        if (c.outcome() == Outcome.NARROWED) {
            assertThat(refusal.entityId()).isEqualTo("organization=p-tra-noc");
            assertThat(NotificationsKt.getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                    .startsWith("Tham số organization=p-tra-noc bị từ chối"));
            assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                    .doesNotContainKey("organization");
        } else {
            assertThat(refusedByRole || !LocatorJ._find(AccessDeniedView.class).isEmpty()
                    || !LocatorJ._find(NotFoundView.class).isEmpty()).as("denied").isTrue();
            assertThat(LocatorJ._find(KpiCard.class)).as("no figure rendered").isEmpty();
        }
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
