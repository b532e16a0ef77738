package vn.binhthuy.partybuilding.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user signed in through the real login form loses their live session as soon as an administrator withdraws a
 * role, moves them to another unit, disables the account or resets its password; a mere rename leaves it alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionEndingHttpTest {

    private static final String USER = "kiem.tra.phien";
    private static final String PASSWORD = "MatKhauPhien2026";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired UserAccountService accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired SessionRegistry sessions;

    @BeforeEach
    void createUserAndSignInAsAdministrator() {
        jdbc.update("DELETE FROM app_user WHERE username = ?", USER);
        jdbc.update("""
                INSERT INTO app_user (username, password_hash, display_name, unit_id, enabled, must_change_password)
                VALUES (?, ?, 'Phiên thử', (SELECT id FROM unit WHERE code = 'q-binh-thuy'), TRUE, FALSE)""",
                USER, encoder.encode(PASSWORD));
        jdbc.update("INSERT INTO app_user_role (user_id, role_code) SELECT id, 'LEADERSHIP' FROM app_user WHERE username = ?",
                USER);
        UserDetails admin = userDetails.loadUserByUsername("quantri");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }

    @AfterEach
    void signOutAdministrator() {
        SecurityContextHolder.clearContext();
    }

    /** A browser of its own: its own cookies, no redirects followed. */
    private final class Browser {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        Browser signIn() throws Exception {
            String page = get("/login").body();
            Matcher csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
            assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
            String form = "username=" + USER + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                    + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
            assertThat(signedIn()).as("signed in").isTrue();
            return this;
        }

        HttpResponse<String> heartbeat() throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=heartbeat&v-uiId=0"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        }

        boolean signedIn() throws Exception {
            HttpResponse<String> page = get("/indicators");
            if (page.statusCode() == 302) {
                assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
                return false;
            }
            assertThat(page.statusCode()).isEqualTo(200);
            return true;
        }
    }

    private UserAccount account() {
        return accounts.list().stream().filter(u -> u.username().equals(USER)).findFirst().orElseThrow();
    }

    /** Saves the account as read now, changed by the given edit. */
    private void edit(UnaryOperator<UserAccount> change) {
        accounts.update(change.apply(account()));
    }

    private static UserAccount with(UserAccount a, String displayName, Long unitId, Set<Role> roles, boolean enabled) {
        return new UserAccount(a.id(), a.username(), displayName, unitId, null, roles, enabled, a.mustChangePassword(),
                a.locked(), a.lastLoginAt(), a.version());
    }

    private long unit(String code) {
        return jdbc.queryForObject("SELECT id FROM unit WHERE code = ?", Long.class, code);
    }

    @Test
    void aPasswordResetEndsEverySessionOfTheUser() throws Exception {
        Browser office = new Browser().signIn();
        Browser home = new Browser().signIn();
        assertThat(sessions.getAllPrincipals()).anyMatch(p -> p instanceof PartyUser u && u.username().equals(USER));

        accounts.resetPassword(account().id());

        // Vaadin's heartbeat does not keep the ended session alive: it is sent to the login page, like any request
        // of a signed-out browser
        HttpResponse<String> heartbeat = office.heartbeat();
        assertThat(heartbeat.statusCode()).isEqualTo(302);
        assertThat(heartbeat.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(office.signedIn()).isFalse();
        assertThat(home.signedIn()).isFalse();
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsButKeepsThisOne() throws Exception {
        Browser office = new Browser().signIn();
        Set<String> before = sessionIdsOf(USER);
        Browser home = new Browser().signIn();
        String homeSession = sessionIdsOf(USER).stream().filter(id -> !before.contains(id)).findFirst().orElseThrow();

        // the change is made from the home browser: its request carries its session
        UserDetails user = userDetails.loadUserByUsername(USER);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession(null, homeSession));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            accounts.changeOwnPassword(PASSWORD, "MatKhauMoi2026phien", "MatKhauMoi2026phien");
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }

        assertThat(office.signedIn()).as("the other browser, which only knew the old password").isFalse();
        assertThat(home.signedIn()).as("the browser that changed it").isTrue();
    }

    private Set<String> sessionIdsOf(String username) {
        return sessions.getAllPrincipals().stream()
                .filter(p -> p instanceof PartyUser u && u.username().equals(username))
                .flatMap(p -> sessions.getAllSessions(p, false).stream())
                .map(org.springframework.security.core.session.SessionInformation::getSessionId)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aRenameKeepsTheSessionARoleUnitOrStateChangeEndsIt() throws Exception {
        Browser browser = new Browser().signIn();
        edit(a -> with(a, "Phiên thử (đổi tên)", a.unitId(), a.roles(), true));
        assertThat(browser.signedIn()).as("after a rename").isTrue();

        edit(a -> with(a, a.displayName(), a.unitId(), Set.of(Role.LEADERSHIP, Role.ORG_BOARD), true));
        assertThat(browser.signedIn()).as("after a role change").isFalse();

        browser.signIn();
        edit(a -> with(a, a.displayName(), unit("p-long-tuyen"), a.roles(), true));
        assertThat(browser.signedIn()).as("after a unit change").isFalse();

        browser.signIn();
        edit(a -> with(a, a.displayName(), a.unitId(), a.roles(), false));
        assertThat(browser.signedIn()).as("after disabling").isFalse();
        assertThat(account().enabled()).isFalse();
    }
}
