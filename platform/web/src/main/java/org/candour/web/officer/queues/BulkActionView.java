package org.candour.web.officer.queues;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.candour.definition.model.Transition;
import org.candour.web.forms.LocalText;
import org.candour.web.officer.PickLists;
import tools.jackson.databind.JsonNode;

/**
 * An action that may be taken in bulk, with the inputs it asks for: the union of the
 * inputs of every workflow's transition taking it. An input that names a person or a team
 * ({@link PickLists}) is a choice of the tenant's caseworkers or org units.
 *
 * @param action the action's id
 * @param label its name
 * @param fields the inputs to ask for
 */
record BulkActionView(String action, String label, List<BulkField> fields) {

	/** The actions the roles may take in bulk, as choices. */
	static List<Option> offered(QueueVocabulary vocabulary, Collection<String> roles) {
		List<Option> offered = new ArrayList<>();
		vocabulary.bulkActions(roles)
			.forEach((action, transitions) -> offered.add(new Option(action, label(action, transitions))));
		return offered;
	}

	/**
	 * The inputs of a bulk action; team pick-lists as the structure is on {@code today}.
	 */
	static Optional<BulkActionView> of(String action, QueueVocabulary vocabulary, Collection<String> roles,
			List<Option> caseworkers, LocalDate today) {
		List<Transition> transitions = vocabulary.bulkActions(roles).get(action);
		if (transitions == null) {
			return Optional.empty();
		}
		List<Option> units = vocabulary.orgUnits()
			.activeOn(today)
			.stream()
			.map(unit -> new Option(unit.id(), unit.path()))
			.toList();
		Map<String, BulkField> fields = new LinkedHashMap<>();
		for (Transition transition : transitions) {
			JsonNode inputs = transition.inputs();
			if (inputs == null) {
				continue;
			}
			Set<String> required = new LinkedHashSet<>();
			inputs.path("required").forEach(name -> required.add(name.asString()));
			inputs.path("properties").properties().forEach(property -> {
				String name = property.getKey();
				BulkField field = field(name, property.getValue(), control(transition, name), required.contains(name),
						PickLists.sourceOf(transition, name), caseworkers, units);
				fields.merge(name, field, (first, second) -> first.required() || !second.required() ? first : second);
			});
		}
		return Optional.of(new BulkActionView(action, label(action, transitions), List.copyOf(fields.values())));
	}

	private static BulkField field(String name, JsonNode schema, JsonNode control, boolean required, String source,
			List<Option> caseworkers, List<Option> units) {
		String label = LocalText.of(control.path("label"), Locale.ENGLISH,
				LocalText.of(schema.path("title"), Locale.ENGLISH, name));
		JsonNode options = control.path("options");
		String hint = LocalText.of(options.path("hint"), Locale.ENGLISH,
				LocalText.of(schema.path("description"), Locale.ENGLISH, null));
		List<Option> choices = choices(schema);
		if (!choices.isEmpty()) {
			return new BulkField(name, label, hint, BulkField.SELECT, required, choices);
		}
		if (PickLists.OFFICERS.equals(source)) {
			return new BulkField(name, label, hint, BulkField.SELECT, required, caseworkers);
		}
		if (PickLists.TEAMS.equals(source)) {
			return new BulkField(name, label, hint, BulkField.SELECT, required, units);
		}
		String type = schema.path("type").asString("string");
		if ("integer".equals(type) || "number".equals(type)) {
			return new BulkField(name, label, hint, BulkField.NUMBER, required, List.of());
		}
		boolean multiline = "textarea".equals(options.path("widget").asString(""))
				|| schema.path("maxLength").asInt(0) > 500;
		return new BulkField(name, label, hint, multiline ? BulkField.TEXTAREA : BulkField.TEXT, required, List.of());
	}

	private static List<Option> choices(JsonNode schema) {
		List<Option> choices = new ArrayList<>();
		schema.path("oneOf").forEach(choice -> {
			String value = choice.path("const").asString();
			choices.add(new Option(value, LocalText.of(choice.path("title"), Locale.ENGLISH, value)));
		});
		schema.path("enum").forEach(value -> choices.add(new Option(value.asString(), value.asString())));
		if ("boolean".equals(schema.path("type").asString(""))) {
			choices.add(new Option("true", "Yes"));
			choices.add(new Option("false", "No"));
		}
		return choices;
	}

	/** The JSON Forms control of an input in the transition's UI schema, if any. */
	private static JsonNode control(Transition transition, String name) {
		JsonNode ui = transition.inputsUi();
		String scope = "#/properties/" + name;
		if (ui != null) {
			for (JsonNode element : ui.findParents("scope")) {
				if (scope.equals(element.path("scope").asString())) {
					return element;
				}
			}
		}
		return tools.jackson.databind.node.MissingNode.getInstance();
	}

	private static String label(String action, List<Transition> transitions) {
		return LocalText.of(transitions.get(0).label(), Locale.ENGLISH, action);
	}

}
