package org.crossfield.e2e;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque's accessibility engine) run inside the real browser on the page as it is shown: the WCAG 2.0 and 2.1
 * A and AA rules. A violation of impact "serious" or "critical" fails the journey; "moderate" and "minor" ones are
 * reported in docs/accessibility.md, not failed on.
 */
final class Accessibility {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING = Set.of("serious", "critical");

    private Accessibility() {
    }

    /** The serious and critical violations on the current page, one line each (rule, impact, where, how to fix). */
    static List<String> seriousViolations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .filter(rule -> FAILING.contains(rule.getImpact()))
                .map(Accessibility::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        String where = rule.getNodes().stream().limit(3).map(CheckedNode::getTarget).map(String::valueOf)
                .collect(Collectors.joining(", "));
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — " + where
                + (rule.getNodes().size() > 3 ? " and " + (rule.getNodes().size() - 3) + " more" : "");
    }
}
