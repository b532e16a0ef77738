package vn.binhthuy.partybuilding.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.binhthuy.partybuilding.demo.DemoDataLoader;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The click path through every level in a real browser (issue #14), at scale 3 (a province above three districts):
 * a district's bar on the province's overview, an organization's bar on the district's page, then the breadcrumb
 * back to the district.
 */
@TestPropertySource(properties = "partybuilding.demo-data.scale=3")
class ProvinceDrillBrowserTest extends BrowserTest {

    private void waitForCharts(int count) {
        page.locator("pb-echart[rendered]").nth(count - 1).waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));
    }

    /** Clicks the first bar of the category at this index of the member classification chart, where ECharts drew it. */
    private void clickMemberLevelsBar(int categoryIndex) {
        @SuppressWarnings("unchecked")
        var point = (List<Number>) page.evaluate("""
                index => {
                  const el = document.querySelector('#chart-member-levels pb-echart');
                  el.scrollIntoView({block: 'center'});
                  const [x, y] = echarts.getInstanceByDom(el).convertToPixel({seriesIndex: 0}, [1, index]);
                  const box = el.getBoundingClientRect();
                  return [box.left + x + 1, box.top + y];
                }""", categoryIndex);
        page.mouse().click(point.get(0).doubleValue(), point.get(1).doubleValue());
    }

    @Test
    void provinceToDistrictToOrganizationByClicksAndBackByTheBreadcrumb() throws Exception {
        List<String> consoleErrors = consoleErrors();
        login("lanhdao.tinh", DemoDataLoader.DEMO_PASSWORD);
        page.navigate(url("/?year=2017"));
        waitForCharts(8);
        assertThat(page.locator("h2").innerText()).isEqualTo("Tổng quan Đảng bộ tỉnh mẫu (3 quận) - năm 2017");

        clickMemberLevelsBar(1);
        page.waitForURL(Pattern.compile(".*/district/q-mau-001\\?year=2017$"));
        waitForCharts(8);
        assertThat(page.locator("h2").innerText()).isEqualTo("Tổng quan Đảng bộ quận mẫu 001 - năm 2017");
        assertThat(page.locator("#kpi-organizations-rated").innerText()).contains("36");
        screenshot("district-q-mau-001-2017");

        // a district's chart is taller than the window: a bar in its middle is in view once the chart is centred
        clickMemberLevelsBar(18);
        page.waitForURL(Pattern.compile(".*/ward/d001-[^/?]+\\?year=2017$"));
        waitForCharts(6);
        assertThat(page.locator(".breadcrumb").innerText()).contains("Đảng bộ tỉnh mẫu (3 quận)")
                .contains("Đảng bộ quận mẫu 001");

        page.locator(".breadcrumb a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Đảng bộ quận mẫu 001"))
                .click();
        page.waitForURL(Pattern.compile(".*/district/q-mau-001\\?year=2017$"));
        waitForCharts(8);
        assertThat(consoleErrors).isEmpty();
    }

    /** The levels above the demo's, checked by axe-core like the demo's pages (AccessibilityBrowserTest). */
    @Test
    void theProvinceOverviewAndADistrictPageAreAccessible() {
        login("lanhdao.tinh", DemoDataLoader.DEMO_PASSWORD);
        StringBuilder violations = new StringBuilder();
        for (String[] level : List.of(new String[]{"province overview", "/?year=2019", "8"},
                new String[]{"province overview compared with 2017", "/?year=2019&group=B&compare=2017", "8"},
                new String[]{"district page", "/district/q-mau-001?year=2019", "8"})) {
            page.navigate(url(level[1]));
            waitForCharts(Integer.parseInt(level[2]));
            violations.append(AxeCheck.violations(page, level[0]));
        }
        assertThat(violations.toString()).as("axe-core violations").isEmpty();
    }
}
