package org.candour.definition.normal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.candour.definition.ConfigKind;
import org.candour.definition.MergePatch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The UI schema of a transition's inputs. Without one, the renderer asks every input in
 * order with a widget derived from its schema, so none is written unless something must
 * be said: {@code inputOptions} (control options by input name, e.g. {@code {"learning":
 * {"hint": "…", "rule": {…}}}}), a fieldset's controls, or the translated labels of a
 * code list's choices. Then a {@code VerticalLayout} of one control per input is written,
 * in the order of the inputs' properties; an input made of a fieldset becomes a
 * {@code Group} of the fieldset's controls.
 */
final class InputsUi {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final Set<String> ON_CONTROL = Set.of("label", "rule");

	private InputsUi() {
	}

	static void write(ObjectNode transition, SchemaExpansion inputs, Library library) {
		JsonNode options = transition.remove("inputOptions");
		if (transition.path("inputsUi").isObject()) {
			FieldsetUi.expandPlaceholders(transition.get("inputsUi"), library);
			addChoiceLabels(transition.get("inputsUi"), inputs.choiceLabels());
			return;
		}
		JsonNode properties = transition.path("inputs").path("properties");
		boolean needed = options != null || !inputs.choiceLabels().isEmpty() || !inputs.fieldsets().isEmpty();
		if (!needed || properties.isEmpty()) {
			return;
		}
		Map<String, List<String>> fieldsets = inputs.fieldsets();
		ArrayNode topLevel = NODES.arrayNode();
		fieldsets.getOrDefault("", List.of())
			.forEach(id -> library.spec(ConfigKind.FIELDSET, id)
				.ifPresent(fieldset -> topLevel.addAll(FieldsetUi.elements(fieldset, "#", NODES.missingNode()))));
		ObjectNode layout = NODES.objectNode().put("type", "VerticalLayout");
		ArrayNode elements = layout.putArray("elements");
		for (String name : properties.propertyNames()) {
			JsonNode own = options == null ? NODES.missingNode() : options.path(name);
			List<String> used = fieldsets.getOrDefault("/" + name, List.of());
			elements.add(used.isEmpty() ? control(name, topLevel, own)
					: group(name, properties.path(name), used, own, library));
		}
		transition.set("inputsUi", layout);
		addChoiceLabels(layout, inputs.choiceLabels());
	}

	private static ObjectNode control(String name, ArrayNode fromFieldsets, JsonNode own) {
		String scope = "#/properties/" + name;
		ObjectNode control = NODES.objectNode().put("type", "Control").put("scope", scope);
		for (JsonNode element : fromFieldsets) {
			if (scope.equals(element.path("scope").asString(""))) {
				control = (ObjectNode) element.deepCopy();
			}
		}
		return withOwn(control, own);
	}

	private static ObjectNode group(String name, JsonNode property, List<String> fieldsets, JsonNode own,
			Library library) {
		ObjectNode group = NODES.objectNode().put("type", "Group");
		group.set("label", property.has("title") ? property.get("title").deepCopy() : NODES.stringNode(name));
		ArrayNode elements = group.putArray("elements");
		fieldsets.forEach(id -> library.spec(ConfigKind.FIELDSET, id)
			.ifPresent(fieldset -> elements
				.addAll(FieldsetUi.elements(fieldset, "#/properties/" + name, own.path("controls")))));
		own.properties().forEach(entry -> {
			if (ON_CONTROL.contains(entry.getKey())) {
				group.set(entry.getKey(), entry.getValue().deepCopy());
			}
		});
		return group;
	}

	private static ObjectNode withOwn(ObjectNode control, JsonNode own) {
		ObjectNode options = NODES.objectNode();
		own.properties().forEach(entry -> {
			if (ON_CONTROL.contains(entry.getKey())) {
				control.set(entry.getKey(), entry.getValue().deepCopy());
			}
			else {
				options.set(entry.getKey(), entry.getValue().deepCopy());
			}
		});
		if (!options.isEmpty()) {
			control.set("options", MergePatch.apply(control.path("options"), options));
		}
		return control;
	}

	/**
	 * Adds {@code choiceLabels} to the controls of inputs whose choices are translated.
	 */
	static void addChoiceLabels(JsonNode element, Map<String, ObjectNode> labels) {
		if (labels.isEmpty()) {
			return;
		}
		String scope = element.path("scope").asString("");
		String name = scope.startsWith("#/properties/") ? scope.substring("#/properties/".length()) : null;
		if ("Control".equals(element.path("type").asString("")) && element instanceof ObjectNode control && name != null
				&& labels.containsKey(name) && !control.path("options").has("choiceLabels")) {
			ObjectNode options = control.path("options") instanceof ObjectNode existing ? existing
					: control.putObject("options");
			options.set("choiceLabels", labels.get(name).deepCopy());
		}
		element.path("elements").forEach(child -> addChoiceLabels(child, labels));
	}

}
