package vn.binhthuy.partybuilding.database;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.binhthuy.partybuilding.ApplicationTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Monitoring reads health, liveness and readiness without signing in, and learns nothing else. */
@ApplicationTest
class HealthEndpointTest {

    @LocalServerPort int port;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void healthLivenessAndReadinessAnswerAnonymously() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"").contains("\"db\"").contains("readinessState");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).doesNotContain("MariaDB", "validationQuery", "database\"");
    }

    @Test
    void nothingElseOfTheActuatorIsOpen() throws Exception {
        for (String path : new String[]{"/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isNotEqualTo(200);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
