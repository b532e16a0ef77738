package vn.binhthuy.partybuilding.base.chart;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.binhthuy.partybuilding.ApplicationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page head requests the chart scripts on the application's pages (OverviewBrowserTest checks them in Chromium,
 * with the nonce), but the login page, which draws no chart, stays without them.
 */
@ApplicationTest
class EChartScriptsHttpTest {

    @LocalServerPort int port;

    @Test
    void theLoginPageDoesNotLoadTheChartScripts() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<script").doesNotContain(EChartScripts.ECHARTS, EChartScripts.ELEMENT);
    }
}
