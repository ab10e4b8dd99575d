package org.candour.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 15's journey, end to end in real browsers and with no restart: a tenant
 * administrator adds a page of two questions to the compliment form (the second shown
 * only when the first is answered Yes), gives the first its Welsh, changes the
 * acknowledgement's subject, previews the form (the condition works), is stopped from
 * deleting the question the condition needs, meets a second administrator's change as the
 * conflict page, reads the changes in words and publishes; a resident then answers the
 * new questions and an officer reads the answers under their labels on the case screen.
 * Once with the mouse and no JavaScript, once with the keyboard alone; axe checks each
 * kind of administration page on the way, its error and conflict states included.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class AdminPublishJourneyBrowserTests {

	private static final String HELPED = "Did a member of staff help you?";

	private static final String NAME = "What was their name?";

	@Autowired
	AdminTenants adminTenants;

	AdminTenant tenant;

	@BeforeEach
	void countyTenant() {
		this.tenant = this.adminTenants.county();
	}

	@Test
	void withTheMouseAndWithoutJavaScript(@WithoutJavaScript Page admin, @WithoutJavaScript Page colleague,
			@WithoutJavaScript Page resident, @WithoutJavaScript Page officer) {
		journey(Hands.MOUSE, admin, colleague, resident, officer);
	}

	@Test
	void withTheKeyboardOnly(Page admin, Page colleague, Page resident, Page officer) {
		journey(Hands.KEYBOARD, admin, colleague, resident, officer);
	}

	private void journey(Hands hands, Page admin, Page colleague, Page resident, Page officer) {
		String home = this.tenant.admin();
		signIn(hands, admin, AdminTenant.ADMIN);
		assertThat(admin).hasURL(Pattern.compile(home + "$"));

		hands.click(admin, link(admin, "Branding and public pages"));
		hands.choose(admin, admin.getByLabel("Yes, offer English and Welsh (Cymraeg)"));
		hands.click(admin, button(admin, "Save branding"));
		assertThat(admin.locator("#saved")).isVisible();

		admin.navigate(home);
		hands.click(admin, link(admin, "Compliment"));
		hands.click(admin, link(admin, "Form"));
		hands.click(admin, admin.locator("#add-page"));
		hands.fill(admin, admin.getByLabel("Page heading"), "Your visit");
		hands.choose(admin, admin.getByLabel("Yes or no", new Page.GetByLabelOptions().setExact(true)));
		hands.click(admin, button(admin, "Continue"));
		hands.fill(admin, admin.getByLabel("Question", new Page.GetByLabelOptions().setExact(true)), HELPED);
		hands.choose(admin, admin.getByLabel("Residents must answer this question"));
		hands.click(admin, button(admin, "Add page"));
		assertThat(admin.locator("#success")).containsText("‘Your visit’ added");
		int newPage = admin.locator(".govuk-summary-card").count();

		hands.click(admin, admin.locator("a[href$='/pages/" + newPage + "/questions/new']"));
		hands.choose(admin, admin.getByLabel("Short text", new Page.GetByLabelOptions().setExact(true)));
		hands.click(admin, button(admin, "Continue"));
		hands.fill(admin, admin.getByLabel("Question", new Page.GetByLabelOptions().setExact(true)), NAME);
		hands.click(admin, button(admin, "Add question"));
		assertThat(admin.locator("#success")).containsText(NAME);

		hands.click(admin, action(admin, NAME, "/condition"));
		hands.checkAccessibility(admin);
		hands.select(admin, admin.getByLabel("Question", new Page.GetByLabelOptions().setExact(true)), HELPED);
		hands.click(admin, button(admin, "Show the answers"));
		hands.choose(admin, admin.getByLabel("Yes", new Page.GetByLabelOptions().setExact(true)));
		hands.choose(admin, admin.getByLabel("is", new Page.GetByLabelOptions().setExact(true)));
		hands.checkAccessibility(admin);
		hands.click(admin, button(admin, "Save condition"));
		assertThat(admin.locator("[id^='condition-']")).containsText("‘" + HELPED + "’ is Yes");

		hands.click(admin, action(admin, HELPED, "/welsh"));
		hands.checkAccessibility(admin);
		hands.fill(admin, admin.locator("input[lang='cy']").first(), "A wnaeth aelod o staff eich helpu?");
		hands.click(admin, button(admin, "Save Welsh"));
		assertThat(admin.locator("#success")).isVisible();

		hands.click(admin, action(admin, HELPED, "/delete"));
		hands.click(admin, button(admin, "Delete question"));
		assertThat(admin).hasTitle(Pattern.compile("^Error: "));
		Locator refusal = admin.locator(".govuk-error-summary a").first();
		assertThat(refusal).containsText(NAME);
		hands.checkAccessibility(admin);
		hands.click(admin, link(admin, "Back to the form"));
		assertThat(admin.getByText(HELPED).first()).isVisible();

		signIn(hands, colleague, AdminTenant.ADMIN);
		colleague.navigate(home + "/feedback-types/compliment/form");
		hands.click(colleague, action(colleague, NAME, ""));
		hands.click(admin, action(admin, NAME, ""));
		hands.fill(admin, admin.getByLabel("Hint (optional)"), "First name is enough");
		hands.click(admin, button(admin, "Save question"));
		hands.fill(colleague, colleague.getByLabel("Hint (optional)"), "Their full name");
		hands.click(colleague, button(colleague, "Save question"));
		assertThat(colleague.locator("h1")).containsText("changed");
		hands.checkAccessibility(colleague);

		admin.navigate(home);
		hands.click(admin, link(admin, "Notification templates"));
		hands.click(admin, link(admin, "Compliment received"));
		hands.fill(admin, admin.getByLabel("Subject in English"), "Thank you for your kind words ({{reference}})");
		hands.click(admin, button(admin, "Save and preview"));

		admin.navigate(home + "/feedback-types/compliment");
		hands.click(admin, admin.locator("#preview-link"));
		hands.click(admin, button(admin, "Start the preview"));
		answerUpTo(hands, admin);
		assertThat(admin.locator("#preview-banner")).containsText("Preview");
		hands.choose(admin, admin.getByLabel("No", new Page.GetByLabelOptions().setExact(true)));
		if (hands == Hands.MOUSE) {
			// without JavaScript the question under "Yes" shows, as in the GOV.UK pattern
			hands.fill(admin, admin.getByLabel(NAME), "Sam");
		}
		else {
			assertThat(admin.getByLabel(NAME)).isHidden();
		}
		continuePastContactDetails(hands, admin);
		assertThat(admin.locator("main")).containsText("nothing has been sent or stored");
		assertThat(admin.locator("main")).not().containsText("Sam");
		hands.click(admin,
				admin.locator(".govuk-summary-list__row", new Page.LocatorOptions().setHasText(HELPED))
					.locator("a")
					.first());
		hands.choose(admin, admin.getByLabel("Yes", new Page.GetByLabelOptions().setExact(true)));
		assertThat(admin.getByLabel(NAME)).isVisible();
		hands.fill(admin, admin.getByLabel(NAME), "Pat");
		hands.click(admin, button(admin, "Continue"));
		assertThat(admin.locator("main")).containsText("Pat");
		hands.checkAccessibility(admin);

		admin.navigate(home);
		hands.click(admin, link(admin, "Check and publish"));
		Locator changes = admin.locator(".candour-change-sentences");
		assertThat(changes.filter(new Locator.FilterOptions().setHasText("Question '" + HELPED + "' added to page")))
			.hasCount(1);
		assertThat(changes.filter(new Locator.FilterOptions().setHasText("ubject of 'Compliment received' changed")))
			.hasCount(1);
		assertThat(changes.filter(new Locator.FilterOptions().setHasText("Welsh pages turned on"))).hasCount(1);
		hands.fill(admin, admin.getByLabel("What changed and why (optional)"), "Asking who helped");
		hands.click(admin, button(admin, "Publish"));
		assertThat(admin.locator("h1")).hasText("Version 2 is live");

		String reference = residentComplimentsPat(hands, resident);

		signIn(hands, officer, AdminTenant.OFFICER);
		officer.navigate("/t/" + this.tenant.id + "/cases/" + reference);
		Locator answers = officer.locator("#case-details");
		assertThat(answers.locator(".govuk-summary-list__row", new Locator.LocatorOptions().setHasText(HELPED)))
			.containsText("Yes");
		assertThat(answers.locator(".govuk-summary-list__row", new Locator.LocatorOptions().setHasText(NAME)))
			.containsText("Pat");
	}

	/** A resident's compliment, in a browser of their own, naming who helped them. */
	private String residentComplimentsPat(Hands hands, Page resident) {
		resident.navigate("/t/" + this.tenant.id + "/feedback/compliment");
		answerUpTo(hands, resident);
		assertThat(resident.getByText(HELPED)).isVisible();
		hands.choose(resident, resident.getByLabel("Yes", new Page.GetByLabelOptions().setExact(true)));
		hands.fill(resident, resident.getByLabel(NAME), "Pat");
		continuePastContactDetails(hands, resident);
		assertThat(resident.locator("main")).containsText("Pat");
		hands.click(resident, button(resident, "Accept and send"));
		return resident.locator("#reference").innerText().trim();
	}

	/** Continues, and past the contact details page (all optional) when it comes next. */
	private static void continuePastContactDetails(Hands hands, Page page) {
		hands.click(page, button(page, "Continue"));
		if (page.url().endsWith("/contact")) {
			hands.click(page, button(page, "Continue"));
		}
	}

	/**
	 * Answers the compliment form's own pages until the page asking {@link #HELPED}.
	 */
	private static void answerUpTo(Hands hands, Page page) {
		for (int pages = 0; pages < 12; pages++) {
			if (page.getByText(HELPED).count() > 0) {
				return;
			}
			if (page.locator("select#service").count() > 0) {
				hands.select(page, page.locator("select#service"), "Libraries, registration");
			}
			if (page.locator("#summary").count() > 0) {
				hands.fill(page, page.locator("#summary"), "Helpful library staff");
			}
			if (page.locator("#details").count() > 0) {
				hands.fill(page, page.locator("#details"), "Someone found the book I needed.");
			}
			if (page.locator("input[name='publicationPermission']").count() > 0) {
				hands.choose(page, page.getByLabel("No, please keep it within the council"));
			}
			hands.click(page, button(page, "Continue"));
		}
		throw new AssertionError("The page asking ‘" + HELPED + "’ was not reached");
	}

	private void signIn(Hands hands, Page page, String user) {
		page.navigate("/t/" + this.tenant.id + "/login");
		hands.fill(page, page.getByLabel("Username"), user);
		hands.fill(page, page.getByLabel("Password"), OfficerSignIn.PASSWORD);
		hands.click(page, button(page, "Sign in"));
		assertThat(page).not().hasURL(Pattern.compile("/login"));
	}

	/**
	 * The action link ending in {@code suffix} (none: its first, "Change") on the form
	 * page's row of {@code question}.
	 */
	private static Locator action(Page page, String question, String suffix) {
		return page.locator(".govuk-summary-list__row", new Page.LocatorOptions().setHasText(question))
			.first()
			.locator(suffix.isEmpty() ? "a" : "a[href$='" + suffix + "']")
			.first();
	}

	private static Locator link(Page page, String name) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).first();
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).first();
	}

	/** How the person works the pages: a mouse, or the keyboard alone. */
	enum Hands {

		MOUSE {
			@Override
			void click(Page page, Locator control) {
				control.click();
			}

			@Override
			void fill(Page page, Locator field, String text) {
				field.fill(text);
			}

			@Override
			void choose(Page page, Locator radioOrCheckbox) {
				radioOrCheckbox.check();
			}

			@Override
			void select(Page page, Locator select, String label) {
				String value = (String) select
					.evaluate("(s, words) => [...s.options].find(o => o.text.startsWith(words)).value", label);
				select.selectOption(value);
			}
		},

		KEYBOARD {
			@Override
			void click(Page page, Locator control) {
				Keyboard.press(page, control);
			}

			@Override
			void fill(Page page, Locator field, String text) {
				Keyboard.tabTo(page, field);
				page.keyboard().press("Control+A");
				page.keyboard().press("Delete");
				page.keyboard().type(text);
			}

			@Override
			void choose(Page page, Locator radioOrCheckbox) {
				if ("radio".equals(radioOrCheckbox.getAttribute("type"))) {
					Keyboard.tabToGroupOf(page, radioOrCheckbox);
					for (int i = 0; i < 20 && !focused(radioOrCheckbox); i++) {
						page.keyboard().press("ArrowDown");
					}
				}
				else {
					Keyboard.tabTo(page, radioOrCheckbox);
				}
				if (!radioOrCheckbox.isChecked()) {
					page.keyboard().press("Space");
				}
				assertThat(radioOrCheckbox).isChecked();
			}

			@Override
			void select(Page page, Locator select, String label) {
				Keyboard.tabTo(page, select);
				page.keyboard().press("Home");
				for (int i = 0; i < 60; i++) {
					Object chosen = select.evaluate("s => s.options[s.selectedIndex].text");
					if (String.valueOf(chosen).startsWith(label)) {
						return;
					}
					page.keyboard().press("ArrowDown");
				}
				throw new AssertionError("No option ‘" + label + "’ reached with the arrow keys");
			}

			private boolean focused(Locator control) {
				return Boolean.TRUE.equals(control.evaluate("e => e === document.activeElement"));
			}
		};

		/**
		 * axe's checks, which need JavaScript: run on the keyboard's way (scripts on),
		 * not on the mouse's (scripts off).
		 */
		void checkAccessibility(Page page) {
			if (this == KEYBOARD) {
				Accessibility.assertNoViolations(page);
			}
		}

		/** Follows a link or presses a button that leads to another page. */
		abstract void click(Page page, Locator control);

		abstract void fill(Page page, Locator field, String text);

		abstract void choose(Page page, Locator radioOrCheckbox);

		/** Chooses the option whose words start with {@code label}. */
		abstract void select(Page page, Locator select, String label);

	}

}
