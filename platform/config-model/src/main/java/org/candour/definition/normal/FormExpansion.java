package org.candour.definition.normal;

import java.util.List;
import java.util.Map;

import org.candour.definition.ConfigKind;
import org.candour.definition.MergePatch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A form in canonical form: code lists and fieldsets in its schema expanded, fieldset
 * placeholders in its UI schema replaced by the fieldsets' controls, the fieldsets'
 * messages added under the form's own (which win, keyword by keyword) and the contact
 * details ({@code people}) of fieldsets used at the top level added before the form's
 * own.
 */
final class FormExpansion {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final Library library;

	FormExpansion(Library library) {
		this.library = library;
	}

	ObjectNode expand(JsonNode form) {
		ObjectNode copy = (ObjectNode) form.deepCopy();
		if (!(copy.path("spec") instanceof ObjectNode spec)) {
			return copy;
		}
		SchemaExpansion schema = SchemaExpansion.offering(this.library);
		schema.expand(spec.path("schema"));
		FieldsetUi.expandPlaceholders(spec.path("uiSchema"), this.library);
		InputsUi.addChoiceLabels(spec.path("uiSchema"), schema.choiceLabels());
		for (Map.Entry<String, List<String>> use : schema.fieldsets().entrySet()) {
			for (String id : use.getValue()) {
				this.library.spec(ConfigKind.FIELDSET, id).ifPresent(fieldset -> {
					addMessages(spec, use.getKey(), fieldset.path("messages"));
					if (use.getKey().isEmpty()) {
						addPeople(spec, fieldset.path("people"));
					}
				});
			}
		}
		return copy;
	}

	private static void addMessages(ObjectNode spec, String prefix, JsonNode messages) {
		if (messages.isEmpty()) {
			return;
		}
		ObjectNode merged = NODES.objectNode();
		messages.properties().forEach(entry -> merged.set(prefix + entry.getKey(), entry.getValue().deepCopy()));
		spec.path("messages")
			.properties()
			.forEach(entry -> merged.set(entry.getKey(), merged.has(entry.getKey())
					? MergePatch.apply(merged.get(entry.getKey()), entry.getValue()) : entry.getValue()));
		spec.set("messages", merged);
	}

	private static void addPeople(ObjectNode spec, JsonNode people) {
		if (people.isEmpty()) {
			return;
		}
		ArrayNode merged = NODES.arrayNode();
		people.forEach(merged::add);
		spec.path("people").forEach(person -> {
			if (merged.valueStream().noneMatch(person::equals)) {
				merged.add(person);
			}
		});
		spec.set("people", merged);
	}

}
