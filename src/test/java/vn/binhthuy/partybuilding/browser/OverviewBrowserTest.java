package vn.binhthuy.partybuilding.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OverviewBrowserTest extends BrowserTest {

    @Test
    void overviewDrawsItsChartsWithTheArticleFigures() throws Exception {
        long started = System.nanoTime();
        page.navigate(url("/?year=2017"));
        page.locator("pb-echart[rendered]").nth(2).waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));
        long drawnMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Overview: 3 charts drawn %d ms after navigation%n", drawnMillis);

        assertThat(page.locator("#kpi-members-rated").innerText()).contains("4.389");
        assertThat(page.locator("#kpi-members-good").innerText()).contains("94,87%");
        assertThat(page.locator("pb-echart canvas").count()).isGreaterThanOrEqualTo(3);
        // the canvas fills its card: the chart follows the layout's width
        Object widths = page.evaluate("""
                () => [...document.querySelectorAll('pb-echart')].map(el =>
                    [el.getBoundingClientRect().width, el.querySelector('canvas').getBoundingClientRect().width])""");
        assertThat(widths.toString()).doesNotContain("[0");
        @SuppressWarnings("unchecked")
        var pairs = (java.util.List<java.util.List<Number>>) widths;
        for (var pair : pairs) {
            assertThat(pair.get(1).doubleValue()).isCloseTo(pair.get(0).doubleValue(), org.assertj.core.data.Offset.offset(2.0));
        }
        assertThat(page.title()).isEqualTo("Tổng quan - năm 2017");
        screenshot("overview-2017");
    }
}
