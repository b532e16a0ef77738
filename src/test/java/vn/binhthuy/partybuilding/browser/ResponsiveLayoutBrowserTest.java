package vn.binhthuy.partybuilding.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Phone (390×844) and tablet (768×1024): every dashboard page fits the width, the header keeps one line with the
 * account menu in reach, every chart is drawn within the width, and the names on per-unit charts are readable.
 * Every page is checked before the test fails, so one run lists all that is wrong.
 */
class ResponsiveLayoutBrowserTest extends BrowserTest {

    @Autowired UnitService units;

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"390, 844, phone", "768, 1024, tablet"})
    void dashboardPagesFitTheScreen(int width, int height, String device) throws Exception {
        page.setViewportSize(width, height);
        loginAsLeadership();
        long cell = units.byCode("p-an-thoi-kv2").orElseThrow().id();
        List<String> problems = new ArrayList<>();
        check(problems, device, "overview", "/?year=2017", 9);
        check(problems, device, "ward", "/ward/p-long-tuyen?year=2017", 6);
        check(problems, device, "cell", "/cell/" + cell + "?year=2017", 1);
        check(problems, device, "indicators", "/indicators?year=2017", 1);
        check(problems, device, "remediation", "/remediation?year=2017", 1);
        assertThat(problems).as("layout problems at %d×%d", width, height).isEmpty();
    }

    private void check(List<String> problems, String device, String name, String path, int charts) throws Exception {
        page.navigate(url(path));
        page.locator("pb-echart[rendered]").nth(charts - 1).waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED).setTimeout(30_000));
        // let the charts follow the layout's final width
        page.waitForTimeout(500);
        screenshot("layout-" + device + "-" + name);
        String page = device + " " + name + ": ";

        @SuppressWarnings("unchecked")
        Map<String, Number> widths = (Map<String, Number>) this.page.evaluate("""
                () => ({document: document.documentElement.scrollWidth, window: window.innerWidth,
                        content: window.pbScroll.element().scrollWidth,
                        contentBox: window.pbScroll.element().clientWidth})""");
        int innerWidth = widths.get("window").intValue();
        if (widths.get("document").intValue() > innerWidth) {
            problems.add(page + "the page is " + widths.get("document") + " px wide in a " + innerWidth + " px window");
        }
        if (widths.get("content").intValue() > widths.get("contentBox").intValue()) {
            problems.add(page + "the content scrolls sideways: " + widths.get("content") + " px in "
                    + widths.get("contentBox") + " px, past the edge: " + this.page.evaluate("""
                    () => { const chain = el => { const out = []; for (let p = el.parentElement; p && p.tagName !== 'VAADIN-APP-LAYOUT'; p = p.parentElement) out.push(p.tagName.toLowerCase() + '.' + p.className + ':' + Math.round(p.getBoundingClientRect().width) + ':' + getComputedStyle(p).display); return out.join(' < '); };
                    return [...document.querySelectorAll('vaadin-app-layout > :not([slot]) *')]
                        .filter(el => el.getBoundingClientRect().right > window.innerWidth + 0.5)
                        .filter(el => !el.parentElement.closest('vaadin-grid'))
                        .slice(0, 5).map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                            + (el.className && el.className.baseVal === undefined ? '.' + el.className : '')
                            + ' ' + Math.round(el.getBoundingClientRect().right) + ' in ' + chain(el)).join(', '); }"""));
        }

        @SuppressWarnings("unchecked")
        List<Number> headerTops = (List<Number>) this.page.evaluate("""
                () => [...document.querySelectorAll('.app-header > *, .app-header-tools > *')]
                        .filter(el => el.getBoundingClientRect().height > 0)
                        .map(el => { const box = el.getBoundingClientRect(); return box.top + box.height / 2; })""");
        double first = headerTops.getFirst().doubleValue();
        if (headerTops.stream().anyMatch(top -> Math.abs(top.doubleValue() - first) > 8)) {
            problems.add(page + "the header wraps: centres at " + headerTops);
        }
        Number headerHeight = (Number) this.page.evaluate(
                "() => document.querySelector('.app-header').getBoundingClientRect().height");
        if (headerHeight.doubleValue() > 72) {
            problems.add(page + "the header is " + headerHeight + " px high");
        }

        // on a phone the menu bar may fold the user's name into its overflow button (⋯): either one opens it
        Locator account = this.page.locator("#account-menu vaadin-menu-bar-button:visible").first();
        var box = account.boundingBox();
        if (box == null || box.x < 0 || box.x + box.width > innerWidth + 0.5 || box.width < 24) {
            problems.add(page + "the account menu is out of reach: " + (box == null ? "hidden"
                    : box.x + "+" + box.width));
        } else {
            account.click();
            Locator logout = this.page.locator("#menu-logout");
            if (!logout.isVisible()) {
                this.page.waitForTimeout(300);
            }
            if (!logout.isVisible()) {
                this.page.locator("vaadin-menu-bar-item:visible").first().click();
            }
            logout.waitFor(new Locator.WaitForOptions().setTimeout(5_000));
            var item = logout.boundingBox();
            if (item == null || item.x < 0 || item.x + item.width > innerWidth + 0.5) {
                problems.add(page + "the account menu's items are off-screen");
            }
            this.page.keyboard().press("Escape");
            this.page.keyboard().press("Escape");
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> chartBoxes = (List<Map<String, Object>>) this.page.evaluate("""
                () => [...document.querySelectorAll('pb-echart')].map(el => {
                    const box = el.getBoundingClientRect();
                    const card = el.closest('[id]');
                    return {id: card ? card.id : '?', left: box.left, right: box.right, width: box.width,
                            height: box.height};
                })""");
        for (var chart : chartBoxes) {
            double left = ((Number) chart.get("left")).doubleValue();
            double right = ((Number) chart.get("right")).doubleValue();
            double chartWidth = ((Number) chart.get("width")).doubleValue();
            double chartHeight = ((Number) chart.get("height")).doubleValue();
            if (chartWidth < 200 || chartHeight < 100 || left < 0 || right > innerWidth + 0.5) {
                problems.add(page + chart.get("id") + " is drawn at " + left + "…" + right + " (" + chartWidth + "×"
                        + chartHeight + ")");
            }
        }

        // long names: horizontal bars (names on the vertical axis, wrapped, never truncated), each wrapped line
        // of the name within the space the grid leaves for it
        @SuppressWarnings("unchecked")
        List<String> unreadable = (List<String>) this.page.evaluate("""
                () => {
                  const found = [];
                  const measure = document.createElement('canvas').getContext('2d');
                  for (const el of document.querySelectorAll('pb-echart')) {
                    const chart = echarts.getInstanceByDom(el);
                    if (!chart) continue;
                    const option = chart.getOption();
                    const id = (el.closest('[id]') || {}).id;
                    const axes = [...(option.xAxis || []).map(a => ['x', a]), ...(option.yAxis || []).map(a => ['y', a])];
                    for (const [dim, axis] of axes) {
                      if (axis.type !== 'category' || !axis.data) continue;
                      const names = axis.data.map(d => typeof d === 'object' ? String(d.value) : String(d));
                      const longest = Math.max(...names.map(n => n.length));
                      const label = axis.axisLabel || {};
                      if (label.overflow === 'truncate') { found.push(id + ': names truncated'); continue; }
                      if (dim === 'x' && longest > 12 && option.series.some(s => s.type === 'bar')) {
                        found.push(id + ': long names under vertical bars (' + longest + ' characters)');
                      }
                      if (dim === 'y' && option.series.some(s => s.type === 'bar')) {
                        measure.font = (label.fontSize || 12) + 'px sans-serif';
                        const words = names.flatMap(n => n.split(' '));
                        const widest = Math.max(...words.map(w => measure.measureText(w).width));
                        const room = label.width || Math.max(...names.map(n => measure.measureText(n).width));
                        const grid = chart.getModel().getComponent('grid').coordinateSystem.getRect();
                        if (widest > room + 1 || grid.x < Math.min(room, widest) - 1) {
                          found.push(id + ': names need ' + Math.round(widest) + ' px, the grid leaves '
                              + Math.round(grid.x) + ' px');
                        }
                      }
                    }
                  }
                  return found;
                }""");
        unreadable.forEach(problem -> problems.add(page + problem));
    }
}
