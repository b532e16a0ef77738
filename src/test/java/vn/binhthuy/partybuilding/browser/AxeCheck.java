package vn.binhthuy.partybuilding.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core's WCAG 2.1 A/AA rules and landmark rules over the page as it is now; the violations as text, empty when
 * there are none. Vaadin's connection indicator (a loading bar of the framework, appended to the body, outside any
 * view) is left out of the landmark rules.
 */
final class AxeCheck {

    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final List<String> LANDMARKS = List.of("landmark-one-main", "region", "landmark-unique",
            "landmark-no-duplicate-main", "page-has-heading-one");

    private AxeCheck() {
    }

    static String violations(Page page, String name) {
        AxeResults wcag = new AxeBuilder(page).withTags(WCAG).analyze();
        AxeResults landmarks = new AxeBuilder(page).withRules(LANDMARKS).exclude("vaadin-connection-indicator").analyze();
        // the rules did run: colour contrast, the language and the title were checked and passed on this page
        assertThat(wcag.getPasses()).extracting(Rule::getId).as("WCAG rules passed on the %s page", name)
                .contains("color-contrast", "html-has-lang", "document-title");
        return Stream.concat(wcag.getViolations().stream(), landmarks.getViolations().stream())
                .map(rule -> name + ": " + describe(rule))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n" + rule.getNodes().stream()
                .limit(8)
                .map(node -> "    " + node.getTarget() + " " + String.valueOf(node.getFailureSummary()).replace('\n', ' '))
                .collect(Collectors.joining("\n"));
    }
}
