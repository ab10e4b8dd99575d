package org.candour.web.resident;

import java.util.List;
import java.util.Locale;

import org.candour.definition.model.Form;
import org.candour.surveys.SurveyInvitation;
import org.candour.web.forms.FormPage;
import org.candour.web.forms.FormPages;
import org.candour.web.forms.FormReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The survey's pages as the shared form renderer reads them, in the reader's language:
 * the survey's questions on one page, the question whether to link the answers to the
 * case (asked by the platform, worded by the message bundle), and the equality monitoring
 * questions on a page of their own.
 */
@Component
class SurveyPageForms {

	static final String LINK = "linkToCase";

	private final MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	SurveyPageForms(MessageSource messages) {
		this.messages = messages;
	}

	FormPages survey(SurveyInvitation invitation, Locale locale) {
		return onePage(invitation.form(), text("resident.survey.title", locale), locale);
	}

	FormPages equality(SurveyInvitation invitation, Locale locale) {
		return onePage(invitation.equalityForm(), text("resident.survey.equality.title", locale), locale);
	}

	/** Whether to link the answers to the case: yes or no, required. */
	FormPages link(SurveyInvitation invitation, Locale locale) {
		ObjectNode spec = this.json.createObjectNode();
		ObjectNode property = spec.putObject("schema").put("type", "object");
		property.putArray("required").add(LINK);
		ObjectNode link = property.putObject("properties").putObject(LINK).put("type", "string");
		link.putArray("enum").add("yes").add("no");
		ObjectNode control = spec.putObject("uiSchema").put("type", "VerticalLayout").putArray("elements").addObject();
		control.put("type", "Control")
			.put("scope", "#/properties/" + LINK)
			.put("label", text("resident.survey.link.question", locale));
		ObjectNode options = control.putObject("options").put("widget", "radios");
		options.put("hint", text("resident.survey.link.hint", locale));
		options.putObject("choiceLabels")
			.put("yes", text("resident.survey.link.yes", locale, invitation.reference()))
			.put("no", text("resident.survey.link.no", locale));
		spec.putObject("messages").putObject("/" + LINK).put("required", text("resident.survey.link.required", locale));
		return onePage(Form.of("survey-link", spec), "", locale);
	}

	private static FormPages onePage(Form form, String title, Locale locale) {
		FormPages read = new FormReader(form, locale).read(form.id(), title);
		FormPage page = new FormPage(1, title, List.of(), read.questions());
		return new FormPages(read.type(), title, List.of(page), List.of(), read.schema(), read.messages(),
				read.rules());
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
