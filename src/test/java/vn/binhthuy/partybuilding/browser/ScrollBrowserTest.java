package vn.binhthuy.partybuilding.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content scrolls inside the app layout: a new page starts at its top, and Back returns to where the reader
 * was on the previous page.
 */
class ScrollBrowserTest extends BrowserTest {

    private static final int POSITION = 1200;

    private void waitForCharts(int count) {
        page.locator("pb-echart[rendered]").nth(count - 1).waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));
    }

    private int scrollTop() {
        return ((Number) page.evaluate("() => window.pbScroll.element().scrollTop")).intValue();
    }

    private void waitForScrollTop(int expected) {
        page.waitForFunction("expected => Math.abs(window.pbScroll.element().scrollTop - expected) <= 2", expected,
                new Page.WaitForFunctionOptions().setTimeout(15_000));
    }

    @Test
    void aNewPageStartsAtTheTopAndBackRestoresThePosition() {
        loginAsLeadership();
        page.navigate(url("/?year=2017"));
        waitForCharts(8);
        // the layout's content is the scroller, not the window
        assertThat((Boolean) page.evaluate("() => window.pbScroll.element() !== document.scrollingElement")).isTrue();
        page.evaluate("top => { window.pbScroll.element().scrollTop = top; }", POSITION);
        waitForScrollTop(POSITION);

        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Biểu hiện suy thoái"))
                .first().click();
        page.waitForURL(u -> u.contains("/indicators"));
        page.locator("#indicator-catalog").waitFor();
        waitForScrollTop(0);
        assertThat(scrollTop()).isZero();

        page.goBack();
        page.waitForURL(u -> !u.contains("/indicators"));
        waitForCharts(8);
        waitForScrollTop(POSITION);
        assertThat(scrollTop()).isBetween(POSITION - 2, POSITION + 2);
    }
}
