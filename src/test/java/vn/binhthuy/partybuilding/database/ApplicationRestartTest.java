package vn.binhthuy.partybuilding.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.binhthuy.partybuilding.Application;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as an IT officer runs it: data in a folder that outlives the process. An edit survives a stop
 * and start, demo data is loaded only once, and a stop (what SIGTERM does: close the context) lets a write in
 * flight finish before the database goes down.
 */
class ApplicationRestartTest {

    @Test
    void anEditSurvivesARestartAndAStopLetsTheWriteInFlightFinish(@TempDir Path temp) throws Exception {
        Path folder = temp.resolve("data");
        CompletableFuture<HttpResponse<String>> inFlight;
        try (ConfigurableApplicationContext first = start(folder)) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            jdbc.update("UPDATE indicator SET title_en = 'Edited before the restart' WHERE code = 'C9'");
            int port = ((WebServerApplicationContext) first).getWebServer().getPort();
            // background work (an import's write) started just before the stop: the executor is waited for first
            first.getBean("applicationTaskExecutor", org.springframework.core.task.AsyncTaskExecutor.class).submit(() -> {
                Thread.sleep(2000);
                return jdbc.update("""
                        INSERT INTO audit_event (occurred_at, username, action, summary)
                        VALUES (NOW(3), 'test', 'IMPORT', 'background write finished')""");
            });
            inFlight = HttpClient.newHttpClient().sendAsync(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/test/slow-write")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(700);
        }
        HttpResponse<String> response = inFlight.join();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("written");
        assertThat(KilledApplicationTest.serversOn(folder)).as("the database stopped with the application").isEmpty();
        assertThat(folder.resolve("run")).doesNotExist();

        try (ConfigurableApplicationContext second = start(folder)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT title_en FROM indicator WHERE code = 'C9'", String.class))
                    .isEqualTo("Edited before the restart");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE summary LIKE 'slow write %'",
                    Integer.class)).isEqualTo(2);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM demo_data_load", Integer.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE summary = 'background write finished'",
                    Integer.class)).as("background work finished before the database stopped").isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(Path folder) {
        return new SpringApplicationBuilder(Application.class, SlowWrite.class)
                .run("--partybuilding.database.embedded.throwaway=false",
                        "--partybuilding.database.embedded.data-dir=" + folder,
                        "--partybuilding.backup.scheduled=false",
                        "--server.port=0");
    }

    /** A request whose transaction writes, waits 3 s and writes again: in flight when the stop begins. */
    @Configuration(proxyBeanMethods = false)
    @RestController
    static class SlowWrite {

        private final JdbcTemplate jdbc;
        private final TransactionTemplate transaction;

        SlowWrite(JdbcTemplate jdbc, TransactionTemplate transaction) {
            this.jdbc = jdbc;
            this.transaction = transaction;
        }

        @GetMapping("/test/slow-write")
        String slowWrite() {
            transaction.executeWithoutResult(status -> {
                insert("slow write started");
                jdbc.queryForObject("SELECT SLEEP(3)", Integer.class);
                insert("slow write finished");
            });
            return "written";
        }

        private void insert(String summary) {
            jdbc.update("INSERT INTO audit_event (occurred_at, username, action, summary) VALUES (NOW(3), 'test', 'EXPORT', ?)",
                    summary);
        }

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        SecurityFilterChain slowWriteChain(HttpSecurity http) throws Exception {
            return http.securityMatcher("/test/**").authorizeHttpRequests(r -> r.anyRequest().permitAll()).build();
        }
    }
}
