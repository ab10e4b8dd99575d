package org.candour.web;

import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Getting about a page with the keyboard alone, as keyboard and switch users do. */
final class Keyboard {

	private static final int MOST_TABS = 400;

	private Keyboard() {
	}

	/** Presses Tab until {@code target} has the focus (a bounded number of times). */
	static void tabTo(Page page, Locator target) {
		// found once: a role locator asked again after every Tab computes the page's
		// accessible names each time
		ElementHandle element = target.elementHandle();
		for (int i = 0; i < MOST_TABS; i++) {
			if (Boolean.TRUE.equals(element.evaluate("e => e === document.activeElement"))) {
				return;
			}
			page.keyboard().press("Tab");
		}
		throw new AssertionError("Could not reach " + target + " with the Tab key");
	}

	/**
	 * Presses Tab until a radio of {@code radio}'s group has the focus (a group is one
	 * stop: the arrow keys move within it).
	 */
	static void tabToGroupOf(Page page, Locator radio) {
		String group = radio.getAttribute("name");
		for (int i = 0; i < MOST_TABS; i++) {
			if (Boolean.TRUE.equals(page.evaluate(
					"name => document.activeElement?.type === 'radio' && document.activeElement.name === name",
					group))) {
				return;
			}
			page.keyboard().press("Tab");
		}
		throw new AssertionError("Could not reach the radios " + group + " with the Tab key");
	}

	/** Tabs to a link or button and presses Enter, waiting for the page it leads to. */
	static void press(Page page, Locator control) {
		tabTo(page, control);
		page.waitForNavigation(() -> page.keyboard().press("Enter"));
	}

}
