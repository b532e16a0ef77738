package vn.binhthuy.partybuilding.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class OverviewBrowserTest extends BrowserTest {

    private void waitForCharts(int count) {
        page.locator("pb-echart[rendered]").nth(count - 1).waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));
    }

    /** Signs in as the district leadership, opens the page and waits until its first charts are drawn. */
    private void openAsLeadership(String pathAndQuery, int charts) {
        loginAsLeadership();
        page.navigate(url(pathAndQuery));
        waitForCharts(charts);
    }

    @Test
    void overviewDrawsItsChartsWithTheArticleFigures() throws Exception {
        List<String> consoleErrors = consoleErrors();
        loginAsLeadership();
        long started = System.nanoTime();
        page.navigate(url("/?year=2017"));
        waitForCharts(9);
        long drawnMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Overview: 9 charts drawn %d ms after navigation%n", drawnMillis);

        assertThat(page.locator("#kpi-members-rated").innerText()).contains("4.389");
        assertThat(page.locator("#kpi-members-good").innerText()).contains("94,87%");
        assertThat(page.locator("#kpi-top-level").innerText()).contains("30").contains("8 TCCSĐ tiêu biểu");
        // every chart fills its card: the canvas follows the layout's width
        @SuppressWarnings("unchecked")
        var widths = (List<List<Number>>) page.evaluate("""
                () => [...document.querySelectorAll('pb-echart')].map(el =>
                    [el.getBoundingClientRect().width, el.querySelector('canvas').getBoundingClientRect().width])""");
        assertThat(widths).hasSize(9);
        for (var pair : widths) {
            assertThat(pair.get(0).doubleValue()).isGreaterThan(300);
            assertThat(pair.get(1).doubleValue()).isCloseTo(pair.get(0).doubleValue(), Offset.offset(2.0));
        }
        assertThat(page.title()).isEqualTo("Tổng quan Đảng bộ quận Bình Thủy - năm 2017");
        assertThat(consoleErrors).as("browser console errors (a missing favicon showed up here)").isEmpty();
        screenshot("overview-2017");
    }

    @Test
    void sharesAreDrawnAsLocalizedPercentages() throws Exception {
        List<String> consoleErrors = consoleErrors();
        openAsLeadership("/?year=2017&show=share&sort=value", 9);

        @SuppressWarnings("unchecked")
        var drawn = (List<Object>) page.evaluate("""
                () => {
                  const option = echarts.getInstanceByDom(document.querySelector('#chart-member-levels pb-echart'))
                      .getOption();
                  return [option.xAxis[0].max, option.xAxis[0].axisLabel.formatter(50),
                          option.tooltip[0].valueFormatter(12.5)];
                }""");
        assertThat(drawn).containsExactly(100, "50%", "12,5%");
        assertThat(consoleErrors).isEmpty();
        screenshot("overview-2017-shares");
    }

    @Test
    void heatmapTooltipsNameTheOrganizationTheManifestationAndTheCountEscaped() throws Exception {
        List<String> consoleErrors = consoleErrors();
        openAsLeadership("/?year=2017", 9);

        @SuppressWarnings("unchecked")
        var drawn = (List<String>) page.evaluate("""
                () => {
                  const el = document.querySelector('#chart-heatmap pb-echart');
                  const option = echarts.getInstanceByDom(el).getOption();
                  const series = option.series[0];
                  // a cell is [x, y, count] (its row's drill key is sent once per row)
                  const cell = series.data.find(d => d[2] > 1);
                  const crafted = {yAxis: [{data: ['<img src=x onerror=alert(1)>']}], series: [{type: 'heatmap',
                      cellTooltip: {columns: ['A1 · "x" & y'], one: '{title}: {count} lượt', other: '{title}: {count} lượt'}}]};
                  el._heatmapTooltip(crafted, crafted.series[0], v => new Intl.NumberFormat('vi-VN').format(v));
                  return [series.tooltip.formatter({value: cell}), option.yAxis[0].data[cell[1]],
                          option.xAxis[0].data[cell[0]], String(cell[2]),
                          crafted.series[0].tooltip.formatter({value: [0, 0, 4164]})];
                }""");
        assertThat(drawn.get(0)).startsWith(drawn.get(1) + "<br/>" + drawn.get(2) + " · ")
                .endsWith(": " + drawn.get(3) + " lượt ghi nhận");
        assertThat(drawn.get(4)).isEqualTo("&lt;img src=x onerror=alert(1)&gt;<br/>A1 · &quot;x&quot; &amp; y: 4.164 lượt");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void clickingAWardBarOpensTheWardAndBackReturns() throws Exception {
        openAsLeadership("/?year=2017", 8);

        // the pixel of Long Tuyền's bar (5th category), as ECharts itself computes it
        @SuppressWarnings("unchecked")
        var point = (List<Number>) page.evaluate("""
                () => {
                  const el = document.querySelector('#chart-member-levels pb-echart');
                  el.scrollIntoView({block: 'center'});
                  const [x, y] = echarts.getInstanceByDom(el).convertToPixel({seriesIndex: 1}, [150, 4]);
                  const box = el.getBoundingClientRect();
                  return [box.left + x, box.top + y];
                }""");
        page.mouse().click(point.get(0).doubleValue(), point.get(1).doubleValue());

        page.waitForURL(Pattern.compile(".*/ward/p-long-tuyen\\?year=2017$"));
        waitForCharts(6);
        assertThat(page.locator("h2").innerText()).isEqualTo("Đảng bộ phường Long Tuyền - năm 2017");
        assertThat(page.locator("#kpi-violations").innerText()).contains("0");
        screenshot("ward-long-tuyen-2017");

        page.goBack();
        page.waitForURL(Pattern.compile(".*/\\?year=2017$"));
        waitForCharts(8);
        assertThat(page.locator("#kpi-members-rated").innerText()).contains("4.389");
    }

    @Test
    void echartsIsRequestedByThePageHeadOnceAndTheChartsAreDrawnAgainAfterAReload() {
        List<String> consoleErrors = consoleErrors();
        loginAsLeadership();
        var pageResponse = page.navigate(url("/?year=2017"));
        waitForCharts(9);

        String nonce = pageResponse.headers().get("content-security-policy").replaceAll(".*'nonce-([^']+)'.*", "$1");
        @SuppressWarnings("unchecked")
        var headScripts = (List<String>) page.evaluate("""
                () => [...document.head.querySelectorAll('script[src]')]
                    .filter(s => /echarts\\.min\\.js|pb-echart\\.js/.test(s.src))
                    .map(s => s.src.replace(location.origin, '') + ' async=' + s.async + ' nonce=' + s.nonce)""");
        assertThat(headScripts).containsExactly(
                "/_static/echarts/" + vn.binhthuy.partybuilding.base.chart.EChartsLibrary.VERSION
                        + "/dist/echarts.min.js async=true nonce=" + nonce,
                "/js/pb-echart.js async=true nonce=" + nonce);
        assertThat(((Number) page.evaluate("() => document.querySelectorAll('script[src*=\"echarts.min.js\"]').length"))
                .intValue()).as("Flow counts the head's script as loaded and does not add it again").isEqualTo(1);
        assertThat(((Number) page.evaluate("() => performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('echarts.min.js')).length")).intValue()).isEqualTo(1);

        // a reload builds the page again: every chart gets its option again (it is sent, not kept in the page's state)
        page.reload();
        waitForCharts(9);
        assertThat(((Number) page.evaluate("() => [...document.querySelectorAll('pb-echart')]"
                + ".filter(e => typeof e.option === 'string' && e.option.startsWith('{')).length")).intValue())
                .isEqualTo(9);
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void everyChartIsDrawnOnceAtItsFinalSizeWhenThePageOpens() {
        // counts the drawings of each chart (the element's own redraw, which also follows a change of its width)
        page.addInitScript("""
                window.drawings = {};
                customElements.whenDefined('pb-echart').then(() => {
                  const element = customElements.get('pb-echart').prototype;
                  const render = element._render;
                  element._render = function () {
                    if (this._chart && this._option) {
                      const id = this.parentElement.id;
                      window.drawings[id] = (window.drawings[id] || 0) + 1;
                    }
                    return render.apply(this, arguments);
                  };
                });""");
        loginAsLeadership();
        page.navigate(url("/?year=2017"));
        waitForCharts(9);
        page.waitForTimeout(1_000);

        @SuppressWarnings("unchecked")
        var drawings = (java.util.Map<String, Number>) page.evaluate("() => window.drawings");
        assertThat(drawings).hasSize(9);
        assertThat(drawings.values()).as("not drawn before the layout settled (the drawer's width) and again after it: %s",
                drawings).allSatisfy(count -> assertThat(count.intValue()).isEqualTo(1));
        assertThat(((Number) page.evaluate("() => [...document.querySelectorAll('pb-echart')]"
                + ".filter(e => e._chart.getWidth() !== e.clientWidth).length")).intValue()).isZero();
    }

    /** The excellent-cap lines are links the application follows itself: no new page, the organization's opened. */
    @Test
    void anExcellentCapLineIsALinkToItsOrganizationFollowedWithoutReloadingThePage() {
        openAsLeadership("/?year=2019", 9);
        page.evaluate("() => window.beforeTheLink = true");

        Locator traNoc = page.locator("#rule-checks a.rule-check-item").filter(
                new Locator.FilterOptions().setHasText("Phường Trà Nóc"));
        assertThat(traNoc.getAttribute("href")).isEqualTo("ward/p-tra-noc?year=2019");
        traNoc.focus();
        page.keyboard().press("Enter");

        page.waitForURL(u -> u.endsWith("/ward/p-tra-noc?year=2019"));
        page.locator("#chart-cell-levels pb-echart[rendered]").waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));
        assertThat(page.evaluate("() => window.beforeTheLink === true")).isEqualTo(true);
    }

    @Test
    void clickingAHeatmapCellOpensItsRowsOrganization() {
        loginAsLeadership();
        page.navigate(url("/?year=2017"));
        waitForCharts(9);

        // a cell of Long Tuyền's row, where the heatmap drew it: the key comes from the row (sent once per row)
        @SuppressWarnings("unchecked")
        var at = (java.util.Map<String, Number>) page.evaluate("""
                () => {
                  const el = document.querySelector('#chart-heatmap pb-echart');
                  const option = JSON.parse(el.option);
                  const row = option.yAxis[0].data.findIndex(label => label.includes('Long Tuyền'));
                  const cell = option.series[0].data.find(c => c[1] === row && c[2] > 0);
                  const [x, y] = el._chart.convertToPixel({seriesIndex: 0}, [cell[0], cell[1]]);
                  const marker = document.createElement('div');
                  marker.style.cssText = 'position:absolute;width:1px;height:1px;left:' + x + 'px;top:' + y + 'px';
                  el.style.position = 'relative';
                  el.appendChild(marker);
                  marker.scrollIntoView({block: 'center'});
                  const box = marker.getBoundingClientRect();
                  marker.remove();
                  return {x: box.left, y: box.top};
                }""");
        page.mouse().click(at.get("x").doubleValue(), at.get("y").doubleValue());

        page.waitForURL(u -> u.contains("/ward/p-long-tuyen"));
    }

    @Test
    void aPageOnADeeperPathFindsTheScriptsFromThePageHead() {
        loginAsLeadership();
        page.navigate(url("/ward/p-long-tuyen?year=2017"));
        waitForCharts(5);

        assertThat(((Number) page.evaluate("() => performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('echarts.min.js') && e.responseStatus === 200).length")).intValue())
                .as("resolved against the page's base, not the route's path").isEqualTo(1);
    }

    @Test
    void withoutEChartsEveryChartSaysSoInItsPlaceInsteadOfWaitingForever() throws Exception {
        loginAsLeadership();
        page.route("**/_static/echarts/**", route -> route.abort());
        page.clock().install();
        page.navigate(url("/ward/p-long-tuyen?year=2017"));
        page.locator("#chart-cell-levels pb-echart").waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));
        page.waitForFunction("() => customElements.get('pb-echart') !== undefined");

        // past the element's wait for ECharts (15 s), without spending it
        page.clock().fastForward(20_000);

        Locator message = page.locator("#chart-cell-levels pb-echart[unavailable] > .chart-unavailable");
        message.waitFor(new Locator.WaitForOptions().setTimeout(10_000));
        assertThat(message.innerText()).isEqualTo("Không tải được thư viện vẽ biểu đồ. Hãy tải lại trang; số liệu vẫn "
                + "xem được ở \"Xem bảng số liệu\".");
        assertThat(message.getAttribute("role")).isEqualTo("alert");
        assertThat(page.locator("pb-echart:not([unavailable])").count()).as("every chart of the page says so").isZero();
        assertThat(page.locator("pb-echart[rendered]").count()).isZero();
        screenshot("charts-without-echarts");
    }

    /** A chart's option comes from an address only its own session is served: not another user, not a stranger. */
    @Test
    void aChartsOptionIsServedToItsSessionOnly() {
        openAsLeadership("/ward/p-long-tuyen?year=2017", 6);
        String source = page.locator("#chart-cell-levels pb-echart").getAttribute("option-src");
        assertThat(source).startsWith("VAADIN/dynamic/resource/");
        @SuppressWarnings("unchecked")
        var own = (java.util.Map<String, Object>) page.evaluate("""
                async (src) => { const r = await fetch(src);
                  return { status: r.status, text: await r.text(),
                           drawn: document.querySelector('#chart-cell-levels pb-echart').option }; }""", source);
        assertThat(own.get("status")).isEqualTo(200);
        assertThat((String) own.get("text")).isEqualTo(own.get("drawn")).contains("Khu vực 1");

        for (String other : List.of("secretary", "anonymous")) {
            try (var context = page.context().browser().newContext()) {
                Page stranger = context.newPage();
                if (other.equals("secretary")) {
                    stranger.navigate(url("/login"));
                    stranger.locator("input[name='username']").fill("bithu.tranoc");
                    stranger.locator("input[name='password']").fill(
                            vn.binhthuy.partybuilding.demo.DemoDataLoader.DEMO_PASSWORD);
                    stranger.locator("vaadin-login-form vaadin-button").first().click();
                    stranger.waitForURL(u -> !u.contains("/login"));
                }
                var response = stranger.request().get(url("/" + source));
                assertThat(response.text()).as(other).doesNotContain("Khu vực 1");
            }
        }
    }

    /** The option's request failed (say, the session expired): each chart says so instead of staying empty. */
    @Test
    void aChartWhoseFiguresCannotBeFetchedSaysSoInItsPlace() {
        loginAsLeadership();
        page.route("**/VAADIN/dynamic/resource/**", route -> route.fulfill(
                new com.microsoft.playwright.Route.FulfillOptions().setStatus(500)));
        page.navigate(url("/ward/p-long-tuyen?year=2017"));

        Locator message = page.locator("#chart-cell-levels pb-echart > .chart-failed");
        message.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        assertThat(message.innerText()).startsWith("Không tải được số liệu của biểu đồ");
        assertThat(message.getAttribute("role")).isEqualTo("alert");
        page.locator("pb-echart > .chart-failed").nth(5).waitFor();
        assertThat(page.evaluate("() => [...document.querySelectorAll('pb-echart')].filter(e => e.option).length"))
                .as("no chart drew anything").isEqualTo(0);
    }

    @Test
    void tableTwinIsAnAccessibleTable() {
        openAsLeadership("/ward/p-long-tuyen?year=2017", 6);

        page.locator("#chart-cell-levels .chart-card-toggle").click();

        Locator table = page.locator("#chart-cell-levels table.chart-table");
        table.waitFor();
        assertThat(table.locator("caption").innerText()).isEqualTo("Xếp loại đảng viên theo chi bộ");
        assertThat(table.locator("tbody tr")).satisfies(rows -> assertThat(rows.count()).isEqualTo(18));
        assertThat(table.locator("tbody tr").first().locator("th[scope=row]").innerText()).isEqualTo("Khu vực 1");
    }
}
