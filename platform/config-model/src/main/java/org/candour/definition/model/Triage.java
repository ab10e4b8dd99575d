package org.candour.definition.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * A workflow's {@code triage}: the actions that classify a new case (complaint, service
 * request, signpost, not a complaint…), each optionally followed at once by the action
 * that allocates it. Triage takes the classification and the allocation as one change.
 *
 * @param classifications the classifying actions, in the workflow's order
 */
public record Triage(List<Classification> classifications) {

	public Triage {
		classifications = List.copyOf(classifications);
	}

	/** The workflow's {@code triage} member; {@code null} when it declares none. */
	static Triage read(JsonNode triage) {
		if (triage == null || !triage.isObject()) {
			return null;
		}
		List<Classification> classifications = new ArrayList<>();
		triage.path("classifications")
			.forEach(node -> classifications
				.add(new Classification(node.path("action").asString(), node.path("allocateWith").asString(null))));
		return new Triage(classifications);
	}

	/** The classification taken by {@code action}, if it is one. */
	public Optional<Classification> classification(String action) {
		return this.classifications.stream().filter(each -> each.action().equals(action)).findFirst();
	}

	/**
	 * One way to classify a case.
	 *
	 * @param action the classifying action
	 * @param allocateWith the action that allocates the case after it, or null
	 */
	public record Classification(String action, String allocateWith) {
	}

}
