package vn.binhthuy.partybuilding.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.google.gson.JsonObject;
import vn.binhthuy.partybuilding.base.chart.EChartsLibrary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * (c) In Chromium, with the HTTP cache off (a first visit): time from navigation start until every chart on the page
 * has drawn its first frame, and the JS/CSS bytes transferred; the same for a static page that loads only ECharts
 * and draws the very same options (collected from the Vaadin page), as the floor to compare with.
 */
final class BrowserBenchmark implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    record PageResult(double chartsDrawnMillis, long scriptAndStyleBytes, int charts) {}

    record Comparison(String page, PageResult vaadin, PageResult staticPage) {}

    private static final String ALL_DRAWN = """
            n => { const c = document.querySelectorAll('pb-echart, .static-chart');
                   return c.length >= n && [...c].every(e => e.hasAttribute('rendered')); }""";
    private static final String SCRIPT_AND_STYLE_BYTES = """
            () => performance.getEntriesByType('resource')
                    .filter(e => /\\.(m?js|css)(\\?|$)/.test(e.name))
                    .reduce((sum, e) => sum + e.transferSize, 0)""";

    private final String base;
    private final String user;
    private final Playwright playwright;
    private final Browser browser;

    static boolean available() {
        return Files.isExecutable(CHROMIUM);
    }

    BrowserBenchmark(String base, String user) {
        this.base = base;
        this.user = user;
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    Comparison compare(String name, String path, int warmups, int runs) {
        int[] charts = new int[1];
        String[] options = new String[1];
        long[] bytes = new long[2];
        long[] vaadin = Stats.sampleReported(warmups, runs, () -> {
            try (BrowserContext context = signedInContext()) {
                Page page = context.newPage();
                noCache(page);
                page.navigate(base + path);
                page.waitForSelector("pb-echart", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
                page.waitForTimeout(50);
                charts[0] = Math.max(charts[0], ((Number) page.evaluate("() => document.querySelectorAll('pb-echart').length")).intValue());
                page.waitForFunction(ALL_DRAWN, charts[0], new Page.WaitForFunctionOptions().setPollingInterval(10).setTimeout(120_000));
                long drawn = Math.round(((Number) page.evaluate("() => performance.now()")).doubleValue() * 1e6);
                bytes[0] = ((Number) page.evaluate(SCRIPT_AND_STYLE_BYTES)).longValue();
                options[0] = (String) page.evaluate("() => JSON.stringify([...document.querySelectorAll('pb-echart')].map(e => e.option))");
                return drawn;
            }
        });
        String html = staticPage(options[0]);
        long[] plain = Stats.sampleReported(warmups, runs, () -> {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800))) {
                Page page = context.newPage();
                noCache(page);
                page.route(base + "/benchmark-static.html", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                        .setStatus(200).setContentType("text/html; charset=utf-8").setBody(html)));
                page.navigate(base + "/benchmark-static.html");
                page.waitForFunction(ALL_DRAWN, charts[0], new Page.WaitForFunctionOptions().setPollingInterval(10).setTimeout(120_000));
                long drawn = Math.round(((Number) page.evaluate("() => performance.now()")).doubleValue() * 1e6);
                bytes[1] = ((Number) page.evaluate(SCRIPT_AND_STYLE_BYTES)).longValue();
                return drawn;
            }
        });
        return new Comparison(name, new PageResult(Stats.medianMillis(vaadin), bytes[0], charts[0]),
                new PageResult(Stats.medianMillis(plain), bytes[1], charts[0]));
    }

    private BrowserContext signedInContext() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        Page login = context.newPage();
        login.navigate(base + "/login");
        login.locator("input[name='username']").fill(user);
        login.locator("input[name='password']").fill(SessionBenchmark.PASSWORD);
        login.locator("vaadin-button[slot='submit'], vaadin-login-form vaadin-button").first().click();
        login.waitForURL(u -> !u.contains("/login"));
        login.close();
        return context;
    }

    /**
     * A first visit: nothing from the HTTP cache. The CDP session's network domain must be on for the setting to
     * apply; without it the Vaadin page took its scripts from the cache its sign-in had filled (the static page, in a
     * context of its own, never had one), and the more of them the sign-in's redirect loaded, the faster it looked.
     */
    private static void noCache(Page page) {
        JsonObject disabled = new JsonObject();
        disabled.addProperty("cacheDisabled", true);
        CDPSession session = page.context().newCDPSession(page);
        session.send("Network.enable");
        session.send("Network.setCacheDisabled", disabled);
    }

    /** One div per chart, as wide as the dashboard's cards, drawing the options with nothing but ECharts. */
    private static String staticPage(String optionsJson) {
        return """
                <!doctype html><html><head><meta charset="utf-8">
                <script src="%s"></script>
                <style>.static-chart{width:600px;height:360px;display:inline-block}</style></head><body>
                <div id="charts"></div>
                <script>
                const options = %s;
                for (const json of options) {
                  const div = document.createElement('div');
                  div.className = 'static-chart';
                  document.getElementById('charts').appendChild(div);
                  const chart = echarts.init(div, null, {renderer: 'canvas'});
                  chart.on('finished', () => div.setAttribute('rendered', ''));
                  chart.setOption(JSON.parse(json));
                }
                </script></body></html>""".formatted(EChartsLibrary.SCRIPT_PATH, optionsJson);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
