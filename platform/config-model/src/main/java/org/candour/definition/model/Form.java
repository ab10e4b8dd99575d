package org.candour.definition.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

import org.candour.definition.ConfigDocument;
import org.candour.definition.FormFields;

/**
 * A form: the JSON Schema of the answers, its UI schema (JSON Forms: pages, controls,
 * rules) and the fields asked on the contact page.
 *
 * @param id id of the document
 * @param schema JSON Schema of the answers
 * @param uiSchema layout and hints (a missing node when the form has none)
 * @param messages plain-words messages per pointer (a missing node when none)
 * @param people the contact fields, kept apart from case data
 * @param storedDataSchema the schema for the data a case keeps: the contact fields are
 * stored in the people part, so they are not required of case data
 * @param fields the data fields the schema declares, as pointers ({@code /summary},
 * {@code /address/postcode})
 * @param ui the UI schema read as elements; {@code null} when the form has none
 * @param layout the form's pages and questions
 */
public record Form(String id, JsonNode schema, JsonNode uiSchema, JsonNode messages, List<String> people,
		JsonNode storedDataSchema, Set<String> fields, UiElement ui, FormLayout layout) {

	public Form {
		people = List.copyOf(people);
		fields = Json.ordered(fields);
	}

	static Form read(ConfigDocument document) {
		return of(document.id(), document.spec());
	}

	/**
	 * A form from the {@code spec} of a form document, or of a form made up of part of
	 * one (e.g. the fields no page asks).
	 */
	public static Form of(String id, JsonNode spec) {
		List<String> people = Json.strings(spec, "people");
		JsonNode schema = spec.path("schema");
		Set<String> fields = new LinkedHashSet<>();
		FormFields.collect(schema, "", fields);
		return new Form(id, schema, spec.path("uiSchema"), spec.path("messages"), people,
				storedData(schema, new LinkedHashSet<>(people)), fields, UiElement.read(spec.path("uiSchema")),
				FormLayout.of(schema, spec.path("uiSchema"), people));
	}

	/**
	 * The schema of an action that asks for nothing (one node, so it is compiled once).
	 */
	private static final JsonNode NO_INPUTS = JsonNodeFactory.instance.objectNode();

	/** A workflow action's inputs as a form. */
	public static Form inputsOf(Transition transition) {
		JsonNode schema = (transition.inputs() != null) ? transition.inputs() : NO_INPUTS;
		JsonNode ui = (transition.inputsUi() != null) ? transition.inputsUi() : MissingNode.getInstance();
		Set<String> fields = new LinkedHashSet<>();
		FormFields.collect(schema, "", fields);
		return new Form(transition.action(), schema, ui, MissingNode.getInstance(), List.of(), schema, fields,
				UiElement.read(ui), FormLayout.of(schema, ui, List.of()));
	}

	private static JsonNode storedData(JsonNode schema, Set<String> people) {
		if (!schema.isObject()) {
			return schema;
		}
		ObjectNode stored = ((ObjectNode) schema).deepCopy();
		if (schema.path("required").isArray()) {
			ArrayNode required = JsonNodeFactory.instance.arrayNode();
			schema.path("required").forEach(field -> {
				if (!people.contains(field.asString())) {
					required.add(field);
				}
			});
			stored.set("required", required);
		}
		return stored;
	}

}
