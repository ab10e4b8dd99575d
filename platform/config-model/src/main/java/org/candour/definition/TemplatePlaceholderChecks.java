package org.candour.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.Form;
import org.candour.definition.model.NotificationTemplate;
import org.candour.definition.model.Transition;
import tools.jackson.databind.JsonNode;

/**
 * Every placeholder a notification template uses is one Candour fills: the case's
 * reference, the tenant's name, the nearest due date, the resident's tracking link, the
 * link to the service survey once the case is closed, or {@code data.<name>}, an answer
 * the case holds (a question of a form whose feedback type sends the template, or an
 * input a workflow records). A misspelt name would be sent as blank text; an unknown
 * answer is blank for every case.
 */
final class TemplatePlaceholderChecks {

	/** The names filled for every case. */
	static final List<String> CASE_VALUES = List.of("reference", "tenantName", "dueDate", "trackingLink", "surveyLink");

	/**
	 * The names filled in staff templates: a staff message never carries a resident's
	 * tracking link, but links to the case screen and names the action or the risk.
	 */
	static final List<String> STAFF_VALUES = List.of("reference", "tenantName", "dueDate", "caseLink", "learning",
			"action", "actionDescription", "actionDueDate", "actionLink", "riskFlags");

	private final CompiledConfiguration configuration;

	TemplatePlaceholderChecks(CompiledConfiguration configuration) {
		this.configuration = configuration;
	}

	List<Problem> check() {
		Set<String> answers = answers();
		List<Problem> problems = new ArrayList<>();
		this.configuration.notificationTemplates().values().forEach(template -> {
			String document = ReferenceChecks.key(ConfigKind.NOTIFICATION_TEMPLATE, template.id());
			List<String> known = template.forStaff() ? STAFF_VALUES : CASE_VALUES;
			texts(template).forEach((pointer, text) -> NotificationTemplate.namesIn(text)
				.forEach(name -> problem(name, known, answers, document, pointer).ifPresent(problems::add)));
		});
		return problems;
	}

	private static Optional<Problem> problem(String name, List<String> known, Set<String> answers, String document,
			String pointer) {
		if (name.startsWith("data.") && known != STAFF_VALUES) {
			String answer = name.substring("data.".length());
			return answers.contains(answer) ? Optional.empty() : Optional.of(Problem.warning(
					"template.placeholder-unbound", document, pointer,
					"'{{" + name + "}}' is always blank: no form question or action input is called '" + answer + "'"));
		}
		return known.contains(name) ? Optional.empty()
				: Optional.of(Problem.error("template.placeholder-unknown", document, pointer,
						"'{{" + name + "}}' is not a placeholder Candour fills in a template for "
								+ (known == STAFF_VALUES ? "staff" : "residents") + ": use " + String.join(", ", known)
								+ (known == STAFF_VALUES
										? " (staff emails carry no case data: the case link leads to it)"
										: " or data.<question name>")));
	}

	/** The subject and body texts, by pointer ({@code /spec/body/cy}). */
	private static Map<String, String> texts(NotificationTemplate template) {
		Map<String, String> texts = new LinkedHashMap<>();
		put(texts, "/spec/subject", template.subject());
		put(texts, "/spec/body", template.body());
		return texts;
	}

	private static void put(Map<String, String> texts, String pointer, JsonNode text) {
		if (text == null) {
			return;
		}
		if (text.isString()) {
			texts.put(pointer, text.asString());
		}
		else {
			text.properties()
				.forEach(language -> texts.put(pointer + "/" + language.getKey(), language.getValue().asString("")));
		}
	}

	/**
	 * The names case data can hold: the forms' questions (not the contact details kept
	 * apart from the case) and the workflows' action inputs.
	 */
	private Set<String> answers() {
		Set<String> answers = new LinkedHashSet<>();
		for (Form form : this.configuration.forms().values()) {
			form.schema()
				.path("properties")
				.propertyNames()
				.stream()
				.filter(name -> !form.people().contains(name))
				.forEach(answers::add);
		}
		this.configuration.workflows()
			.values()
			.forEach(workflow -> workflow.transitions().forEach(transition -> inputs(transition, answers)));
		return answers;
	}

	private static void inputs(Transition transition, Set<String> answers) {
		if (transition.inputs() != null) {
			transition.inputs().path("properties").propertyNames().forEach(answers::add);
		}
	}

}
