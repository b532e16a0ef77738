package vn.binhthuy.partybuilding;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/**
 * Server-side UI tests: real views, services and embedded MariaDB, with a mocked browser (Karibu-Testing).
 * Each test starts signed in as the district leadership demo user; {@link #login(String)} switches user.
 */
@ApplicationTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("vn.binhthuy.partybuilding");

    @Autowired
    private ApplicationContext context;
    @Autowired
    private UserDetailsService userDetails;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
        login("lanhdao");
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    /** Signs in as a demo user, as the login form would (Spring Security context and the request's principal). */
    protected void login(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        var authentication = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    /**
     * Signs in as another user the way the browser would: in a new session with a new UI (a sign-in changes the
     * session; Flow keeps the view it shows when the same route is opened again in the same UI).
     */
    protected void newSession(String username) {
        logout();
        MockVaadin.tearDown();
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
        login(username);
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }

    /** Opens a URL such as "ward/p-long-tuyen?year=2017", as a typed or pasted link would. */
    public static void open(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(url);
        } else {
            UI.getCurrent().navigate(url.substring(0, query), QueryParameters.fromString(url.substring(query + 1)));
        }
    }

    /** Where the browser is now: the view's path with its query parameters, e.g. "ward/p-long-tuyen?year=2017". */
    public static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    /** Navigates to the view, as a menu link would, and returns it. */
    public static <T extends Component> T navigateTo(Class<T> view) {
        UI.getCurrent().navigate(view);
        return _get(view);
    }
}
