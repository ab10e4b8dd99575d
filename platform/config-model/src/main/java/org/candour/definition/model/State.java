package org.candour.definition.model;

import tools.jackson.databind.JsonNode;

/**
 * A state a case can be in.
 *
 * @param id id of the state, unique in its workflow
 * @param label name shown to officers (text or per-language object)
 * @param category {@code new}, {@code open}, {@code waiting} or {@code closed}
 * @param publicLabel plain words for residents; {@code null} when not given
 * @param editableData whether officers may edit the form data in this state
 * @param publicLabelWhen resident wordings that depend on the case, each {@code {when,
 * publicLabel}} (first match wins); {@code null} when not given
 */
public record State(String id, JsonNode label, String category, JsonNode publicLabel, boolean editableData,
		JsonNode publicLabelWhen) {

	/** Whether the case is finished; {@code "*"} in a transition's from excludes it. */
	public boolean closed() {
		return "closed".equals(this.category);
	}

	static State read(JsonNode node) {
		return new State(Json.text(node, "id"), Json.node(node, "label"), Json.text(node, "category"),
				Json.node(node, "publicLabel"), node.path("editableData").asBoolean(false),
				Json.node(node, "publicLabelWhen"));
	}

}
