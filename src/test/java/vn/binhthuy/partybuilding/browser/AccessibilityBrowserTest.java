package vn.binhthuy.partybuilding.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core over the main pages: no violation of the WCAG 2.1 A/AA rules, and every page has one main landmark with
 * all content inside landmarks (axe's "landmark-one-main" and "region").
 */
class AccessibilityBrowserTest extends BrowserTest {

    @Autowired UnitService units;

    @Test
    void loginPage() {
        page.navigate(url("/login"));
        page.locator("vaadin-login-form input[name='username']").waitFor();
        assertAccessible("login");
    }

    @Test
    void dashboardPages() {
        loginAsLeadership();
        long cell = units.byCode("p-an-thoi-kv2").orElseThrow().id();
        // every page is checked before the test fails, so one run lists all that is wrong
        String violations = Stream.of(
                        check("overview", "/?year=2017", 9),
                        check("ward", "/ward/p-long-tuyen?year=2017", 6),
                        check("cell", "/cell/" + cell + "?year=2017", 1),
                        check("indicators", "/indicators?year=2017", 1),
                        check("remediation", "/remediation?year=2017", 1),
                        check("overview in shares, by value", "/?year=2017&show=share&sort=value&compare=2016", 9),
                        check("overview compared with 2019", "/?year=2018&group=A&compare=2019", 9),
                        check("ward compared with 2016", "/ward/p-long-tuyen?year=2018&compare=2016", 6),
                        check("indicators compared", "/indicators?year=2018&group=A&show=share&compare=2017", 2),
                        check("remediation compared", "/remediation?year=2019&overdue=true&compare=2018", 2),
                        tableTwin())
                .filter(found -> !found.isEmpty())
                .collect(Collectors.joining("\n"));
        assertThat(violations).as("axe-core violations").isEmpty();
    }

    /** A chart shown as its table twin: the table with its caption and header cells. */
    private String tableTwin() {
        page.navigate(url("/ward/p-long-tuyen?year=2017"));
        page.locator("pb-echart[rendered]").nth(5).waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));
        page.locator("#chart-cell-levels .chart-card-toggle").click();
        page.locator("#chart-cell-levels table.chart-table").waitFor();
        return violations("ward with a table twin");
    }

    private String check(String name, String path, int charts) {
        page.navigate(url(path));
        page.locator("pb-echart[rendered]").nth(charts - 1).waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));
        return violations(name);
    }

    private void assertAccessible(String name) {
        assertThat(violations(name)).as("axe-core violations").isEmpty();
    }

    private String violations(String name) {
        return AxeCheck.violations(page, name);
    }
}
