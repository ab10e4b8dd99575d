package org.candour.definition.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * A feedback type offered as an Open311 service, resolved against its form and workflow:
 * what the service list and its definition say, which field each request parameter fills
 * and which status a state reports. Only types that take new cases are offered.
 *
 * @param feedbackType id of the feedback type
 * @param serviceCode its {@code service_code}
 * @param serviceName its {@code service_name}
 * @param description its description
 * @param group the group it is listed under, or {@code null}
 * @param keywords words to search it by
 * @param fields request parameter → pointer of the field it fills
 * @param attributes the service definition's attributes, in order
 * @param summaryField pointer of the case summary when no parameter fills it (it then
 * takes the start of the description); {@code null} when a parameter fills it
 * @param summaryMaxLength the summary field's maxLength, or {@code null}
 * @param statuses state → reported status, every state of the workflow named
 * @param notices state → what a case entering it tells the reporter: the state's English
 * public label, else its label
 */
public record Open311Offer(String feedbackType, String serviceCode, String serviceName, String description,
		String group, List<String> keywords, Map<String, String> fields, List<Open311Attribute> attributes,
		String summaryField, Integer summaryMaxLength, Map<String, String> statuses, Map<String, String> notices) {

	public Open311Offer {
		keywords = List.copyOf(keywords);
		fields = Map.copyOf(fields);
		attributes = List.copyOf(attributes);
		statuses = Map.copyOf(statuses);
		notices = Map.copyOf(notices);
	}

	/** The services of a configuration, by service code. */
	public static List<Open311Offer> all(CompiledConfiguration configuration) {
		return configuration.view(Open311Offer.class, Open311Offer::resolveAll);
	}

	public static Optional<Open311Offer> byCode(CompiledConfiguration configuration, String serviceCode) {
		return all(configuration).stream().filter(offer -> offer.serviceCode().equals(serviceCode)).findFirst();
	}

	/**
	 * The status a case in {@code state} reports ({@code open} for a state not known).
	 */
	public String status(String state) {
		return this.statuses.getOrDefault(state, "open");
	}

	/**
	 * What a case entering {@code state} tells the reporter ("" for a state not known).
	 */
	public String notice(String state) {
		return this.notices.getOrDefault(state, "");
	}

	private static List<Open311Offer> resolveAll(CompiledConfiguration configuration) {
		List<Open311Offer> offers = new ArrayList<>();
		configuration.feedbackTypes().values().forEach(type -> {
			Form form = configuration.forms().get(type.form());
			WorkflowDefinition workflow = configuration.workflows().get(type.workflow());
			if (type.open311() != null && !type.retired() && form != null && workflow != null) {
				offers.add(resolve(type, form, workflow));
			}
		});
		offers.sort(Comparator.comparing(Open311Offer::serviceCode));
		return List.copyOf(offers);
	}

	static Open311Offer resolve(FeedbackType type, Form form, WorkflowDefinition workflow) {
		Open311Service service = type.open311();
		String name = firstOf(service.serviceName(), english(type.publicTitle()), english(type.title()), type.id());
		String description = firstOf(service.description(), english(type.summary()), name);
		List<Open311Attribute> attributes = new ArrayList<>();
		for (String code : service.attributes()) {
			Open311Attribute.of(question(form, code), attributes.size() + 1).ifPresent(attributes::add);
		}
		boolean summaryMapped = service.fields().containsValue(type.summaryField());
		JsonNode summary = Open311Fields.schemaAt(form.schema(), type.summaryField());
		Integer maxLength = summary.has("maxLength") ? summary.path("maxLength").asInt() : null;
		Map<String, String> statuses = new java.util.LinkedHashMap<>();
		Map<String, String> notices = new java.util.LinkedHashMap<>();
		workflow.states().forEach((id, state) -> {
			statuses.put(id, service.statuses().getOrDefault(id, state.closed() ? "closed" : "open"));
			notices.put(id, firstOf(english(state.publicLabel()), english(state.label()), id));
		});
		return new Open311Offer(type.id(), service.serviceCode(), name, description, service.group(),
				service.keywords(), service.fields(), attributes, summaryMapped ? null : type.summaryField(),
				summaryMapped ? null : maxLength, statuses, notices);
	}

	/** The question of the form's pages with this name, or {@code null}. */
	public static FormQuestion question(Form form, String name) {
		return form.layout()
			.pages()
			.stream()
			.flatMap(page -> page.questions().stream())
			.filter(question -> question.name().equals(name))
			.findFirst()
			.orElse(null);
	}

	static String english(JsonNode text) {
		if (text == null || text.isMissingNode() || text.isNull()) {
			return null;
		}
		if (text.isObject()) {
			return english(text.get("en"));
		}
		return text.isContainer() ? null : text.asString();
	}

	private static String firstOf(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

}
