package vn.binhthuy.partybuilding.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "Chép liên kết" puts the page's URL (year and filters) on the clipboard; a chart card opens in full screen. */
class PageToolsBrowserTest extends BrowserTest {

    @Test
    void copyLinkAndFullScreen() {
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"),
                new BrowserContext.GrantPermissionsOptions().setOrigin(url("")));
        loginAsLeadership();
        page.navigate(url("/?year=2018&kind=WARD&group=B"));
        page.locator("pb-echart[rendered]").nth(3).waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));

        page.locator("#copy-link").click();
        page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("Đã chép liên kết"))
                .waitFor();
        String copied = (String) page.evaluate("() => navigator.clipboard.readText()");
        assertThat(copied).isEqualTo(page.url()).contains("year=2018", "kind=WARD", "group=B");

        page.locator("#chart-trend .chart-card-fullscreen").click();
        page.waitForFunction("() => document.fullscreenElement && document.fullscreenElement.id === 'chart-trend'",
                null, new Page.WaitForFunctionOptions().setTimeout(10_000));
    }

    /** "So sánh với năm" on the manifestations page: the compared year's bars are drawn and the choice is in the URL. */
    @Test
    void comparingTheYearWithAnotherDrawsBothYearsAndKeepsTheChoiceInTheUrl() {
        loginAsLeadership();
        page.navigate(url("/indicators?year=2018&group=A"));
        page.locator("#compare-year").waitFor();
        assertThat(page.locator("#chart-findings-compared").count()).isZero();

        page.locator("#compare-year").click();
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText("2016")).first()
                .click();
        page.waitForURL(u -> u.contains("compare=2016"));
        Locator chart = page.locator("#chart-findings-compared pb-echart[rendered]");
        chart.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));
        assertThat(page.url()).contains("year=2018", "group=A", "compare=2016");
        // two series drawn, the change off until its legend entry is clicked
        Object drawn = chart.evaluate("el => { const o = echarts.getInstanceByDom(el).getOption();"
                + " return o.series.map(s => s.name).join('|') + ';' + JSON.stringify(o.legend[0].selected); }");
        assertThat(String.valueOf(drawn)).isEqualTo("Năm 2018|Năm 2016|Chênh lệch 2018 − 2016;"
                + "{\"Chênh lệch 2018 − 2016\":false}");
        assertThat(consoleErrors()).isEmpty();
    }
}
