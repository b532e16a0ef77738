package vn.binhthuy.partybuilding.benchmark;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.binhthuy.partybuilding.Application;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scale benchmark: for each scale of the demo data, starts the application on a fresh embedded MariaDB, loads the
 * data and measures (a) the dashboard aggregates through their services and as plain JDBC, (b) the server time of the
 * overview and ward views, (d) heap per session, (c) charts drawn in Chromium against a static ECharts page, (e) a load
 * run of concurrent sessions, and on request ({@code -Dbenchmark.parts=import}) (f) a whole-committee member-rating
 * import. Prints Markdown tables of medians and writes them under target/benchmark/.
 * Not part of {@code mvn verify}; run with {@code mvn -Pbenchmark verify -Dbenchmark.scales=1,10} (see docs/benchmarks.md).
 */
class ScaleBenchmark {

    private static final int WARMUPS = Integer.getInteger("benchmark.warmups", 5);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 15);
    private static final int BROWSER_RUNS = Integer.getInteger("benchmark.browser.runs", 5);
    private static final int HEAP_SESSIONS = Integer.getInteger("benchmark.heap.sessions", 50);
    private static final String LOAD_SESSIONS = System.getProperty("benchmark.load.sessions", "50,200");
    private static final int LOAD_SECONDS = Integer.getInteger("benchmark.load.seconds", 60);
    private static final int LOAD_THINK_MS = Integer.getInteger("benchmark.load.think-ms", 5000);
    private static final Set<String> PARTS = Set.of(System.getProperty("benchmark.parts",
            "aggregates,views,heap,browser,load").split(","));

    private final StringBuilder report = new StringBuilder();

    @Test
    void measureEveryScale() throws Exception {
        List<Integer> scales = Arrays.stream(System.getProperty("benchmark.scales", "1,10").split(","))
                .map(String::trim).map(Integer::valueOf).toList();
        line("# Scale benchmark, " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        line("");
        line("JDK " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB; warm-up " + WARMUPS + ", runs " + RUNS
                + " (browser " + BROWSER_RUNS + "); medians unless stated.");
        for (int scale : scales) {
            measure(scale);
        }
        Path out = Path.of("target", "benchmark", "results-" + System.currentTimeMillis() + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("\n" + report + "\nWritten to " + out.toAbsolutePath());
        assertThat(report).contains("## Scale " + scales.getFirst());
    }

    private void measure(int scale) throws Exception {
        AtomicReference<DataSource> raw = new AtomicReference<>();
        long started = System.nanoTime();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                    @Override
                    public Object postProcessAfterInitialization(Object bean, String name) {
                        if (bean instanceof DataSource dataSource && raw.compareAndSet(null, dataSource)) {
                            return SqlRecorder.wrap(dataSource);
                        }
                        return bean;
                    }
                }))
                // arguments, not default properties: they must win over application.properties (its port, its
                // data directory that may hold data already)
                .run("--partybuilding.demo-data.scale=" + scale, "--server.port=0", "--vaadin.productionMode=true",
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                        "--logging.level.vn.binhthuy.partybuilding.demo=INFO",
                        "--partybuilding.database.embedded.throwaway=true")) {
            double startSeconds = (System.nanoTime() - started) / 1e9;
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            JdbcTemplate jdbc = new JdbcTemplate(raw.get());
            line("");
            line("## Scale " + scale);
            line("");
            line("Data: %,d units, %,d members, %,d member ratings, %,d findings, %,d plans; MariaDB %s. Start-up with loading: %.1f s."
                    .formatted(count(jdbc, "unit"), count(jdbc, "party_member"), count(jdbc, "member_rating"),
                            count(jdbc, "finding"), count(jdbc, "remediation_plan"),
                            jdbc.queryForObject("SELECT VERSION()", String.class), startSeconds));
            String user = rootUser(scale);
            signIn(app, user);
            if (PARTS.contains("aggregates")) {
                aggregates(app, raw.get());
            }
            SessionBenchmark sessions = new SessionBenchmark(base, user);
            List<SessionBenchmark.Level> levels = SessionBenchmark.levels(scale);
            if (PARTS.contains("views")) {
                line("");
                line("(b) Server time of each level's page, one session (" + user
                        + ") navigating over HTTP from one to the next (build + UIDL):");
                line("");
                line("| page | server ms, data unchanged since the last opening | server ms, after a write (figures read anew) | UIDL bytes |");
                line("|---|---:|---:|---:|");
                List<SessionBenchmark.ViewTime> unchanged = sessions.viewTimes(levels, WARMUPS, RUNS, () -> { });
                // a write to a table the overviews read makes every cached overview unreachable (V17)
                List<SessionBenchmark.ViewTime> changed = sessions.viewTimes(levels, WARMUPS, RUNS,
                        () -> jdbc.update("UPDATE figures_version SET version = version + 1 WHERE id = 1"));
                for (int i = 0; i < levels.size(); i++) {
                    line("| %s | %.1f | %.1f | %,d |".formatted(levels.get(i).name(), unchanged.get(i).millis(),
                            changed.get(i).millis(), unchanged.get(i).bytes()));
                }
            }
            if (PARTS.contains("heap")) {
                line("");
                line("(d) Heap retained per signed-in session showing one page (%d sessions, after GC):".formatted(HEAP_SESSIONS));
                line("");
                line("| page | KB per session |");
                line("|---|---:|");
                for (SessionBenchmark.Level level : levels) {
                    line("| %s | %,d |".formatted(level.name(), sessions.heapPerSession(level, HEAP_SESSIONS) / 1024));
                }
            }
            if (PARTS.contains("browser") && BrowserBenchmark.available()) {
                browser(base, user, levels);
            }
            if (PARTS.contains("import")) {
                ImportBenchmark.Result r = new ImportBenchmark(app, raw.get()).run();
                line("");
                line(("(f) Member-rating import of the whole committee, %,d rows (%,d KB XLSX), year 2020: check %.1f s"
                        + " (peak heap ≤ %,d MB), write %.1f s (peak heap ≤ %,d MB; %s); the same file again, check and"
                        + " confirm %.1f s (%s).").formatted(r.rows(), r.fileKilobytes(), r.checkSeconds(),
                        r.checkPeakMegabytes(), r.writeSeconds(), r.writePeakMegabytes(), r.written(),
                        r.againSeconds(), r.again()));
                signIn(app, user);
            }
            for (String count : PARTS.contains("load") ? LOAD_SESSIONS.split(",") : new String[0]) {
                LoadBenchmark.Result load = new LoadBenchmark(base, user).run(Integer.parseInt(count.trim()),
                        Duration.ofSeconds(LOAD_SECONDS), Duration.ofMillis(LOAD_THINK_MS));
                line("");
                line(("(e) Load: %d sessions for %d s, think time %d ms ±50%%, alternating overview and a ward view: %,d navigations"
                        + " (%.1f/s), p50 %.0f ms, p95 %.0f ms, max %.0f ms, %d errors%s.").formatted(load.sessions(),
                        LOAD_SECONDS, LOAD_THINK_MS, load.requests(), load.perSecond(), load.p50Millis(),
                        load.p95Millis(), load.maxMillis(), load.errors(),
                        load.errors() > 0 ? " (first: " + load.firstError() + ")" : ""));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        System.out.println(report);
    }

    private void aggregates(ConfigurableApplicationContext app, DataSource raw) {
        List<AggregateBenchmark.Result> results = new AggregateBenchmark(app, raw).run(WARMUPS, RUNS);
        line("");
        line("(a) Aggregates, service vs the same SQL through plain JDBC:");
        line("");
        line("| aggregate | rows | service ms | JDBC ms | ratio |");
        line("|---|---:|---:|---:|---:|");
        double service = 0;
        double jdbc = 0;
        for (AggregateBenchmark.Result r : results) {
            line("| %s | %d | %.2f | %.2f | %.2f |".formatted(r.name(), r.rows(), r.serviceMillis(), r.jdbcMillis(), r.ratio()));
            service += r.serviceMillis();
            jdbc += r.jdbcMillis();
        }
        line("| **sum** | | **%.1f** | **%.1f** | **%.2f** |".formatted(service, jdbc, service / jdbc));
    }

    private void browser(String base, String user, List<SessionBenchmark.Level> levels) {
        try (BrowserBenchmark browser = new BrowserBenchmark(base, user)) {
            line("");
            line("(c) Chromium, cache off: navigation start → every chart drawn, and JS+CSS transferred:");
            line("");
            line("| page | charts | Vaadin ms | static ECharts page ms | ratio | Vaadin JS+CSS KB | static KB | ratio |");
            line("|---|---:|---:|---:|---:|---:|---:|---:|");
            for (SessionBenchmark.Level level : levels) {
                BrowserBenchmark.Comparison c = browser.compare(level.name(),
                        "/" + level.route() + "?" + level.query(), 1, BROWSER_RUNS);
                line("| %s | %d | %.0f | %.0f | %.2f | %,d | %,d | %.2f |".formatted(c.page(), c.vaadin().charts(),
                        c.vaadin().chartsDrawnMillis(), c.staticPage().chartsDrawnMillis(),
                        c.vaadin().chartsDrawnMillis() / c.staticPage().chartsDrawnMillis(),
                        c.vaadin().scriptAndStyleBytes() / 1024, c.staticPage().scriptAndStyleBytes() / 1024,
                        (double) c.vaadin().scriptAndStyleBytes() / c.staticPage().scriptAndStyleBytes()));
            }
        }
    }

    /** The leadership of the root: at scale 1 the district's, above it the province's (lanhdao is Bình Thủy's there). */
    private static String rootUser(int scale) {
        return scale > 1 ? "lanhdao.tinh" : "lanhdao";
    }

    private static void signIn(ConfigurableApplicationContext app, String username) {
        UserDetails user = app.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
