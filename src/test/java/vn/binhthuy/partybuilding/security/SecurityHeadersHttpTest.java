package vn.binhthuy.partybuilding.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.binhthuy.partybuilding.ApplicationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers and the session cookie as a browser receives them from the running server: a nonce-based
 * Content-Security-Policy on pages, the login page, Vaadin's requests and static files; SameSite session cookies;
 * never a session id in a URL.
 */
@ApplicationTest
class SecurityHeadersHttpTest {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String policy(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Security-Policy").orElseThrow();
    }

    private static String directive(String policy, String name) {
        return Pattern.compile("(?:^|;\\s*)" + name + " ([^;]*)").matcher(policy).results()
                .map(m -> m.group(1)).findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + policy));
    }

    @Test
    void theLoginPageRunsOnlyItsOwnNoncedScripts() throws Exception {
        HttpResponse<String> login = get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        String policy = policy(login);
        String scripts = directive(policy, "script-src");
        assertThat(scripts).startsWith("'self' 'nonce-").doesNotContain("unsafe-inline").doesNotContain("*");
        assertThat(directive(policy, "object-src")).isEqualTo("'none'");
        assertThat(directive(policy, "base-uri")).isEqualTo("'self'");
        assertThat(directive(policy, "frame-ancestors")).isEqualTo("'none'");
        assertThat(directive(policy, "form-action")).isEqualTo("'self'");
        assertThat(directive(policy, "connect-src")).isEqualTo("'self'");
        assertThat(directive(policy, "img-src")).isEqualTo("'self' data: blob:");
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(scripts);
        assertThat(nonce.find()).isTrue();
        List<String> scriptTags = Pattern.compile("<script[^>]*>").matcher(login.body()).results()
                .map(m -> m.group()).toList();
        assertThat(scriptTags).isNotEmpty().allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce.group(1) + "\""));
        // a fresh nonce for every response
        assertThat(directive(policy(get("/login")), "script-src")).isNotEqualTo(scripts);
    }

    @Test
    void theSessionCookieIsSameSiteAndHttpOnly() throws Exception {
        HttpResponse<String> login = get("/login");

        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
    }

    @Test
    void redirectsNeverCarryTheSessionIdAndStillCarryThePolicy() throws Exception {
        for (String path : List.of("/VAADIN/dynamic/resource/0/00000000-0000-0000-0000-000000000000/chart.png",
                "/?year=2017", "/admin/users")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(path)
                    .endsWith("/login").doesNotContainIgnoringCase("jsessionid");
            assertThat(policy(response)).contains("script-src 'self' 'nonce-");
        }
    }

    @Test
    void vaadinRequestsAndStaticFilesCarryThePolicyToo() throws Exception {
        assertThat(policy(get("/js/pb-echart.js"))).contains("object-src 'none'");
        HttpResponse<String> uidl = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/?v-r=uidl&v-uiId=0"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(policy(uidl)).contains("frame-ancestors 'none'");
    }
}
