package org.candour.web.officer.casework;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.candour.web.forms.FormPage;
import org.candour.web.forms.FormPages;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The part of a case's form data one edit page changes, by its name in the address: a
 * page of the form residents fill in ({@code 1}, {@code 2}…), or {@value #RECORDED}, the
 * staff-only questions no page asks.
 */
@Component
class EditedSections {

	/** The name of the staff-only questions' section. */
	static final String RECORDED = "recorded";

	private final MessageSource messages;

	EditedSections(MessageSource messages) {
		this.messages = messages;
	}

	/** The section called {@code name}, if the case's form has it. */
	Optional<EditedSection> of(OpenCase open, String name) {
		if (RECORDED.equals(name)) {
			FormPages recorded = open.form().recorded();
			if (recorded.questions().isEmpty()) {
				return Optional.empty();
			}
			FormPage page = new FormPage(1, text("casework.data.recorded"), List.of(), recorded.questions());
			return Optional.of(new EditedSection(recorded, page, text("casework.edit.recorded-title"), RECORDED));
		}
		if (!name.matches("[1-9][0-9]{0,3}")) {
			return Optional.empty();
		}
		int number = Integer.parseInt(name);
		return open.form()
			.form()
			.page(number)
			.map(page -> new EditedSection(open.form().form(), page, text("casework.edit.title", page.title()), name));
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	/**
	 * One edit page's part of the form data.
	 *
	 * @param form the form whose schema checks the answers
	 * @param page the questions the page asks
	 * @param heading the page's heading
	 * @param name the section's name in the address ({@code …/edit/{name}}) and on the
	 * case screen (its card is {@code #section-{name}})
	 */
	record EditedSection(FormPages form, FormPage page, String heading, String name) {

		/** The section's questions as an officer's form. */
		InputForm inputs() {
			return new InputForm(this.form, this.page.questions(), "");
		}

	}

}
