package org.candour.definition.normal;

import org.candour.definition.ConfigKind;
import org.candour.definition.MergePatch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fieldset's questions as UI schema elements where it is used. A lean UI schema places
 * them with {@code {"type": "Fieldset", "fieldset": "contact-details"}} (with
 * {@code "scope": "#/properties/riskAssessment"} when the fieldset is a property, and
 * {@code "controls": {"email": {"options": {"hint": …}}}} to change one of its controls);
 * the placeholder is replaced by the fieldset's elements, their scopes made relative to
 * where it is used.
 */
final class FieldsetUi {

	static final String PLACEHOLDER = "Fieldset";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private FieldsetUi() {
	}

	/** Replaces every placeholder in a UI schema (in place). */
	static void expandPlaceholders(JsonNode element, Library library) {
		if (!(element.path("elements") instanceof ArrayNode elements)) {
			return;
		}
		ArrayNode expanded = NODES.arrayNode();
		for (JsonNode child : elements) {
			ArrayNode replacement = PLACEHOLDER.equals(child.path("type").asString("")) ? elements(child, library)
					: null;
			if (replacement == null) {
				expandPlaceholders(child, library);
				expanded.add(child);
			}
			else {
				expanded.addAll(replacement);
			}
		}
		((ObjectNode) element).set("elements", expanded);
	}

	private static ArrayNode elements(JsonNode placeholder, Library library) {
		return library.spec(ConfigKind.FIELDSET, placeholder.path("fieldset").asString(""))
			.map(fieldset -> elements(fieldset, placeholder.path("scope").asString("#"), placeholder.path("controls")))
			.orElse(null);
	}

	/**
	 * The fieldset's elements (or one control per property when it has none), scoped
	 * under {@code scope} ({@code "#"} at the top level), with {@code controls} merged
	 * over the control of each named property.
	 */
	static ArrayNode elements(JsonNode fieldset, String scope, JsonNode controls) {
		ArrayNode elements = NODES.arrayNode();
		if (fieldset.path("elements").isArray()) {
			fieldset.path("elements").forEach(element -> elements.add(element.deepCopy()));
		}
		else {
			fieldset.path("schema")
				.path("properties")
				.propertyNames()
				.forEach(name -> elements.addObject().put("type", "Control").put("scope", "#/properties/" + name));
		}
		ArrayNode result = NODES.arrayNode();
		for (JsonNode element : elements) {
			result.add(rescoped(element, scope, controls));
		}
		return result;
	}

	private static JsonNode rescoped(JsonNode element, String scope, JsonNode controls) {
		ObjectNode copy = (ObjectNode) element.deepCopy();
		String own = copy.path("scope").asString(null);
		if (own != null) {
			String name = own.startsWith("#/properties/") ? own.substring("#/properties/".length()) : null;
			copy.put("scope", scope + own.substring(1));
			if (name != null && controls.path(name).isObject()) {
				copy = (ObjectNode) MergePatch.apply(copy, controls.path(name));
			}
		}
		JsonNode condition = copy.path("rule").path("condition");
		if (condition instanceof ObjectNode object && object.path("scope").isString()) {
			object.put("scope", scope + object.path("scope").asString().substring(1));
		}
		if (copy.path("elements") instanceof ArrayNode children) {
			ArrayNode scoped = NODES.arrayNode();
			children.forEach(child -> scoped.add(rescoped(child, scope, controls)));
			copy.set("elements", scoped);
		}
		return copy;
	}

}
