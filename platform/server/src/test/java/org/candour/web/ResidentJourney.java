package org.candour.web;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A resident giving feedback in the browser, the way people do: start page, question
 * pages (leaving a required question empty once to see the error, answering a question
 * that reveals another), contact details, check your answers with one change, send. Every
 * page, error states included, is checked with axe and, when asked, photographed.
 */
final class ResidentJourney {

	private final Page page;

	private final Spec spec;

	private final Browsers.Screenshots screenshots;

	private final boolean keyboardOnly;

	private final boolean scripted;

	private final List<String> visited = new ArrayList<>();

	private int shots;

	ResidentJourney(Page page, Spec spec, Browsers.Screenshots screenshots, Mode mode) {
		this.page = page;
		this.spec = spec;
		this.screenshots = screenshots;
		this.keyboardOnly = mode == Mode.KEYBOARD_ONLY;
		this.scripted = mode != Mode.WITHOUT_JAVASCRIPT;
	}

	/** Goes through the whole journey and returns the reference shown on confirmation. */
	String complete() {
		this.page.navigate("/t/" + this.spec.tenant() + "/feedback");
		checked("start");
		press(this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName(this.spec.typeTitle()).setExact(true)));
		boolean errorShown = false;
		while (!this.page.url().endsWith("/check")) {
			assertThat(this.page).hasURL(Pattern.compile("/(page/\\d+|contact)(\\?.*)?$"));
			checked(this.page.url().endsWith("/contact") ? "contact" : "question-page");
			if (!errorShown && isOnPage(this.spec.requiredQuestion())) {
				continueOn();
				assertThat(this.page.locator(".govuk-error-summary")).isVisible();
				assertThat(this.page.locator(".govuk-error-summary")).containsText(this.spec.requiredError());
				assertThat(this.page).hasTitle(Pattern.compile("^Error: "));
				checked("question-page-with-error");
				errorShown = true;
			}
			for (Answer answer : this.spec.answers()) {
				if (isOnPage(answer.question()) && !answer.revealed()) {
					give(answer);
				}
			}
			for (Answer answer : this.spec.answers()) {
				if (answer.revealed() && isOnPage(answer.question())) {
					assertThat(field(answer.question())).isVisible();
					give(answer);
				}
			}
			continueOn();
		}
		if (!errorShown) {
			throw new AssertionError("The question " + this.spec.requiredQuestion() + " was never asked");
		}
		checked("check-your-answers");
		assertThat(this.page.locator("main")).containsText(answerTo(this.spec.changed().question()));
		press(this.page.locator("a#change-" + this.spec.changedField()));
		checked("change-answer");
		Answer changed = new Answer(this.spec.changed().question(), "text", this.spec.changedTo(), false);
		give(changed);
		continueOn();
		assertThat(this.page).hasURL(Pattern.compile("/check$"));
		assertThat(this.page.locator("main")).containsText(this.spec.changedTo());
		press(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept and send")));
		assertThat(this.page).hasURL(Pattern.compile("/confirmation$"));
		checked("confirmation");
		return this.page.locator("#reference").innerText().trim();
	}

	/** Answers questions on the current page (a tracking page's request, say). */
	void answer(List<Answer> answers) {
		answers.forEach(this::give);
	}

	/** Clicks, or with the keyboard only, tabs to the button and presses Enter. */
	void pressButton(String name) {
		press(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)));
	}

	/**
	 * Checks the page with axe (which needs scripts: the other journeys check the same
	 * pages with them) and, when photographing, saves it.
	 */
	void checked(String name) {
		if (this.scripted) {
			Accessibility.assertNoViolations(this.page);
		}
		this.visited.add(name);
		if (this.screenshots != null) {
			this.screenshots.save(this.page, String.format("%02d-%s", ++this.shots, name));
		}
	}

	private boolean isOnPage(String question) {
		return field(question).count() > 0;
	}

	private String answerTo(String question) {
		return this.spec.answers()
			.stream()
			.filter(answer -> answer.question().equals(question))
			.findFirst()
			.orElseThrow()
			.value();
	}

	/** The question's input (or its group of radios), optional questions included. */
	private Locator field(String question) {
		for (String label : List.of(question, question + " (optional)")) {
			Locator labelled = this.page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
			if (labelled.count() > 0) {
				return labelled.first();
			}
			Locator group = this.page.getByRole(AriaRole.GROUP,
					new Page.GetByRoleOptions().setName(label).setExact(true));
			if (group.count() > 0) {
				return group;
			}
		}
		return this.page.getByLabel(question, new Page.GetByLabelOptions().setExact(true));
	}

	private void give(Answer answer) {
		Locator field = field(answer.question());
		switch (answer.kind()) {
			case "select" -> {
				if (this.keyboardOnly) {
					Keyboard.tabTo(this.page, field);
					String wanted = answer.value();
					for (int i = 0; i < 40 && !wanted.equals(selectedLabel(field)); i++) {
						this.page.keyboard().press("ArrowDown");
					}
				}
				else {
					field.selectOption(new SelectOption().setLabel(answer.value()));
				}
			}
			case "file" -> {
				field.setInputFiles(Paths.get("src/test/resources/attachments", answer.value()));
				pressButton("Upload file");
				assertThat(this.page.locator("main")).containsText(answer.value());
			}
			case "choice" -> {
				Locator option = field.getByLabel(answer.value(), new Locator.GetByLabelOptions().setExact(true));
				if (this.keyboardOnly) {
					Keyboard.tabTo(this.page, field.locator("input").first());
					for (int i = 0; i < 20 && !option.isChecked(); i++) {
						this.page.keyboard().press(i == 0 ? "Space" : "ArrowDown");
					}
				}
				else {
					option.check();
				}
				assertThat(option).isChecked();
			}
			default -> {
				if (this.keyboardOnly) {
					Keyboard.tabTo(this.page, field);
					this.page.keyboard().press("ControlOrMeta+A");
					this.page.keyboard().type(answer.value());
				}
				else {
					field.fill(answer.value());
				}
			}
		}
	}

	private static String selectedLabel(Locator select) {
		return String
			.valueOf(select.evaluate("s => s.options[s.selectedIndex] ? s.options[s.selectedIndex].text : ''"));
	}

	private void continueOn() {
		pressButton("Continue");
	}

	/** Clicks, or with the keyboard only, tabs to the control and presses Enter. */
	private void press(Locator control) {
		if (!this.keyboardOnly) {
			control.click();
			return;
		}
		Keyboard.press(this.page, control);
	}

	/** How the resident gets about. */
	enum Mode {

		MOUSE, KEYBOARD_ONLY, WITHOUT_JAVASCRIPT

	}

	/**
	 * One answer: {@code kind} is text (also long text), select, choice (radios and yes
	 * or no) or file; {@code revealed} answers are asked only after the one that reveals
	 * them.
	 */
	record Answer(String question, String kind, String value, boolean revealed) {

		static Answer text(String question, String value) {
			return new Answer(question, "text", value, false);
		}

		static Answer select(String question, String value) {
			return new Answer(question, "select", value, false);
		}

		static Answer choice(String question, String value) {
			return new Answer(question, "choice", value, false);
		}

		/** A file from the test fixtures, uploaded. */
		static Answer file(String question, String fixture) {
			return new Answer(question, "file", fixture, false);
		}

		static Answer revealed(String question, String value) {
			return new Answer(question, "text", value, true);
		}

	}

	/**
	 * One tenant's main journey.
	 *
	 * @param tenant the tenant
	 * @param typeTitle the link to the feedback type on the start page
	 * @param answers what the resident answers
	 * @param requiredQuestion a required question first left empty
	 * @param requiredError part of the message that then shows
	 * @param changed the answer changed from check your answers
	 * @param changedField its field name
	 * @param changedTo its new value
	 */
	record Spec(String tenant, String typeTitle, List<Answer> answers, String requiredQuestion, String requiredError,
			Answer changed, String changedField, String changedTo) {
	}

}
