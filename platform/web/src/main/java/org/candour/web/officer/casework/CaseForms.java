package org.candour.web.officer.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.candour.cases.CaseConfiguration;
import org.candour.definition.model.Form;
import org.candour.definition.model.Transition;
import org.candour.web.forms.FormPages;
import org.candour.web.forms.FormReader;
import org.candour.web.forms.LocalText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Forms read from configuration with the shared form reader ({@code web.forms}): a
 * feedback type's form (its pages, contact fields, and the recorded fields no page asks)
 * and each action's input form. Configuration versions are immutable, so each is read
 * once per version and language, and kept with the compiled version.
 */
@Component
class CaseForms {

	private final JsonMapper json;

	CaseForms(JsonMapper json) {
		this.json = json;
	}

	/** The form of the case's feedback type, as pinned. */
	CaseForm caseForm(CaseConfiguration configuration, Locale locale) {
		return configuration.version()
			.model()
			.view(new CaseFormKey(configuration.feedbackType().id(), LocalText.supported(locale)),
					unused -> read(configuration, locale));
	}

	/** The input form of an action (empty when the action asks for nothing). */
	FormPages actionForm(CaseConfiguration configuration, Transition transition, Locale locale) {
		return configuration.version()
			.model()
			.view(new ActionFormKey(configuration.workflow().id(), transition.action(), transition.from(),
					LocalText.supported(locale)),
					unused -> FormReader.inputsOf(transition, label(transition, locale), locale));
	}

	static String label(Transition transition, Locale locale) {
		String label = LocalText.of(transition.label(), locale);
		return label == null ? transition.action() : label;
	}

	private CaseForm read(CaseConfiguration configuration, Locale locale) {
		String title = LocalText.of(configuration.feedbackType().title(), locale);
		FormPages full = new FormReader(configuration.form(), locale).read(configuration.feedbackType().id(), title);
		List<String> asked = new ArrayList<>();
		full.questions().forEach(question -> asked.add(question.name()));
		FormPages form = full.withoutFiles();
		form.questions().forEach(question -> asked.add(question.name()));
		form.contact().forEach(question -> asked.add(question.name()));
		ObjectNode rest = this.json.createObjectNode();
		ObjectNode properties = rest.putObject("schema").put("type", "object").putObject("properties");
		configuration.form().schema().path("properties").properties().forEach(property -> {
			if (!asked.contains(property.getKey())) {
				properties.set(property.getKey(), property.getValue());
			}
		});
		FormPages recorded = new FormReader(Form.of(configuration.form().id(), rest), locale)
			.read(configuration.feedbackType().id(), title);
		return new CaseForm(form, recorded);
	}

	/**
	 * @param form the questions residents are asked, by page, and the contact details
	 * @param recorded fields of the form's schema that no page asks (staff-only
	 * questions: set by actions or recorded by officers on the case screen)
	 */
	record CaseForm(FormPages form, FormPages recorded) {
	}

	private record CaseFormKey(String feedbackType, Locale locale) {
	}

	private record ActionFormKey(String workflow, String action, List<String> from, Locale locale) {
	}

}
