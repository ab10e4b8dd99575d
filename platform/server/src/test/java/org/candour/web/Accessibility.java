package org.candour.web;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

import static org.junit.jupiter.api.Assertions.fail;

/** Checks a page with axe-core against WCAG 2.2 A and AA. */
public final class Accessibility {

	static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private Accessibility() {
	}

	/** Fails with one line per violation: rule id, impact, and the offending elements. */
	public static void assertNoViolations(Page page) {
		List<String> violations = violations(page);
		if (!violations.isEmpty()) {
			fail("Accessibility violations on " + page.url() + ":\n  " + String.join("\n  ", violations));
		}
	}

	/**
	 * The violations on the page, one readable line each; empty when there are none. A
	 * page without frames is checked in axe's legacy mode (one {@code axe.run} in the
	 * page): the same rules and results without the extra blank page and injections the
	 * frame-by-frame mode needs, which made each check take seconds.
	 */
	public static List<String> violations(Page page) {
		return new AxeBuilder(page).withTags(WCAG)
			.setLegacyMode(page.frames().size() == 1)
			.analyze()
			.getViolations()
			.stream()
			.map(Accessibility::describe)
			.toList();
	}

	private static String describe(Rule rule) {
		String targets = rule.getNodes()
			.stream()
			.map(CheckedNode::getTarget)
			.map(String::valueOf)
			.collect(Collectors.joining(", "));
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + targets;
	}

}
