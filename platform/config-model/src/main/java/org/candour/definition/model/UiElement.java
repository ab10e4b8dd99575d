package org.candour.definition.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One element of a UI schema (JSON Forms): a layout, category, group or control, with the
 * options the platform itself acts on and its elements in order.
 *
 * @param scope for a control, the property it edits, e.g. {@code #/properties/email};
 * otherwise {@code null}
 * @param widget the input it asks for ({@code options.widget}); {@code null} when derived
 * from the schema
 * @param needs the cross-field rule ({@code options.needs}): answer → top-level property
 * it needs answered too; empty when none
 * @param source the tenant's staff or teams to pick from ({@code options.source});
 * {@code null} when none
 * @param elements the elements inside it, in order
 */
public record UiElement(String scope, String widget, Map<String, String> needs, String source,
		List<UiElement> elements) {

	public UiElement {
		needs = Collections.unmodifiableMap(new LinkedHashMap<>(needs));
		elements = List.copyOf(elements);
	}

	/** The element, or {@code null} when there is no UI schema. */
	static UiElement read(JsonNode node) {
		if (node == null || node.isMissingNode()) {
			return null;
		}
		JsonNode options = node.path("options");
		Map<String, String> needs = new LinkedHashMap<>();
		options.path("needs").properties().forEach(need -> needs.put(need.getKey(), need.getValue().asString("")));
		List<UiElement> elements = new ArrayList<>();
		node.path("elements").forEach(element -> elements.add(read(element)));
		return new UiElement(Json.text(node, "scope"), Json.text(options, "widget"), needs,
				Json.text(options, "source"), elements);
	}

}
