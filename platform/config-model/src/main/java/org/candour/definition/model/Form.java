package org.candour.definition.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
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
 * @param layout the UI schema read as elements; {@code null} when the form has none
 */
public record Form(String id, JsonNode schema, JsonNode uiSchema, JsonNode messages, List<String> people,
		JsonNode storedDataSchema, Set<String> fields, UiElement layout) {

	public Form {
		people = List.copyOf(people);
		fields = Json.ordered(fields);
	}

	static Form read(ConfigDocument document) {
		JsonNode spec = document.spec();
		List<String> people = Json.strings(spec, "people");
		return new Form(document.id(), spec.path("schema"), spec.path("uiSchema"), spec.path("messages"), people,
				storedData(spec.path("schema"), new LinkedHashSet<>(people)), FormFields.of(document),
				UiElement.read(spec.path("uiSchema")));
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
