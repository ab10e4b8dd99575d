package org.candour.definition.model;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A state a case can be in.
 *
 * @param id id of the state, unique in its workflow
 * @param label name shown to officers (text or per-language object)
 * @param description what the state means, for officers (shown on the case screen);
 * {@code null} when not given
 * @param category {@code new}, {@code open}, {@code waiting} or {@code closed}
 * @param publicLabel plain words for residents; {@code null} when not given
 * @param editableData whether officers may edit the form data in this state
 * @param publicLabelWhen resident wordings that depend on the case, each {@code {when,
 * publicLabel}} (first match wins); {@code null} when not given
 * @param conditionalLabels the same wordings read, in order; empty when not given
 */
public record State(String id, JsonNode label, JsonNode description, String category, JsonNode publicLabel,
		boolean editableData, JsonNode publicLabelWhen, List<ConditionalLabel> conditionalLabels) {

	public State {
		conditionalLabels = List.copyOf(conditionalLabels);
	}

	/**
	 * Resident wording that applies when the case view matches a JSON Schema.
	 *
	 * @param when JSON Schema the case view must match
	 * @param publicLabel plain words for residents
	 */
	public record ConditionalLabel(JsonNode when, JsonNode publicLabel) {
	}

	/** Whether the case is finished; {@code "*"} in a transition's from excludes it. */
	public boolean closed() {
		return "closed".equals(this.category);
	}

	static State read(JsonNode node) {
		return new State(Json.text(node, "id"), Json.node(node, "label"), Json.node(node, "description"),
				Json.text(node, "category"), Json.node(node, "publicLabel"), node.path("editableData").asBoolean(false),
				Json.node(node, "publicLabelWhen"), conditionalLabels(node.path("publicLabelWhen")));
	}

	private static List<ConditionalLabel> conditionalLabels(JsonNode wordings) {
		List<ConditionalLabel> read = new ArrayList<>();
		wordings.forEach(wording -> read
			.add(new ConditionalLabel(Json.node(wording, "when"), Json.node(wording, "publicLabel"))));
		return read;
	}

}
