package vn.binhthuy.partybuilding.importing.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.importing.ImportKind;
import vn.binhthuy.partybuilding.security.Role;
import vn.binhthuy.partybuilding.security.UserAccountService;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guided start seen by the Board on a new deployment without units (the context of EmptyDatabaseImportTest):
 * the import page opens on the units, says the database has none, and the dashboards' empty state links to it.
 * Rolled back: the Board's account is created in the test's transaction and the views run in the test thread.
 */
@SpringBootTest(properties = {
        "partybuilding.demo-data.enabled=false",
        "partybuilding.security.initial-admin-password=KhoiTao2026x"})
@Transactional
class EmptyDatabaseStartViewTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("vn.binhthuy.partybuilding");

    @Autowired ApplicationContext context;
    @Autowired UserDetailsService userDetails;
    @Autowired UserAccountService accounts;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        MockVaadin.tearDown();
    }

    private void openAsBoard() {
        accounts.create("bantochuc.dau", "Ban Tổ chức", null, Set.of(Role.ORG_BOARD));
        // as if the Board had already replaced the one-time password
        jdbc.update("UPDATE app_user SET must_change_password = FALSE WHERE username = 'bantochuc.dau'");
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
        UserDetails user = userDetails.loadUserByUsername("bantochuc.dau");
        var authentication = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    @SuppressWarnings("unchecked")
    void theBoardStartsOnUnitsAndTheDashboardsEmptyStateLinksToTheImport() {
        openAsBoard();

        UI.getCurrent().navigate("");
        Anchor start = _get(Anchor.class, spec -> spec.withId("empty-start-import"));
        assertThat(start.getHref()).isEqualTo("import");

        UI.getCurrent().navigate(start.getHref());
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-steps-empty")).getText())
                .contains("chưa có đơn vị nào");
        assertThat(((Select<ImportKind>) _get(Select.class, spec -> spec.withId("import-kind"))).getValue().code())
                .isEqualTo("UNITS");
    }
}
