package org.candour.definition.model;

import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * An action that moves a case from one of the {@code from} states ({@code "*"}: any state
 * that is not closed) to the {@code to} state. Optional members the workflow leaves out
 * are {@code null}.
 *
 * @param action id of the action, e.g. {@code acknowledge}
 * @param label button text
 * @param from states the action can be taken from, possibly {@code "*"}
 * @param to state the case moves to
 * @param roles roles allowed to take the action
 * @param guard JSON Schema the case view must match
 * @param guardMessages message per pointer at which the guard can fail
 * @param inputs JSON Schema of what the officer supplies
 * @param inputsUi UI schema laying out the inputs
 * @param effects what happens, in order
 * @param bulk whether the action may be taken on many cases at once
 * @param publicAction whether a resident may request it from the tracking page
 * @param confirm question the user must confirm first
 * @param publicLabel words on the resident's button for a public action
 * @param inputsLayout the inputs' UI schema read as elements; {@code null} when none
 * @param comparisons rules of the guard comparing two values ({@code guardCompare})
 */
public record Transition(String action, JsonNode label, List<String> from, String to, Set<String> roles, JsonNode guard,
		JsonNode guardMessages, JsonNode inputs, JsonNode inputsUi, List<Effect> effects, boolean bulk,
		boolean publicAction, JsonNode confirm, JsonNode publicLabel, UiElement inputsLayout,
		List<GuardComparison> comparisons) {

	static final String ANY_OPEN_STATE = "*";

	public Transition {
		from = (from != null) ? List.copyOf(from) : List.of();
		roles = Json.ordered(roles);
		effects = (effects != null) ? List.copyOf(effects) : List.of();
		comparisons = (comparisons != null) ? List.copyOf(comparisons) : List.of();
	}

	/** Whether the system can take it: it asks no required input. */
	public boolean asksNothingRequired() {
		return this.inputs == null || this.inputs.path("required").isEmpty();
	}

	/**
	 * Whether residents are offered it: it is {@code public} and has resident wording (an
	 * officer's label such as "Record that the complaint is withdrawn" is not).
	 */
	public boolean offeredToResidents() {
		return this.publicAction && this.publicLabel != null;
	}

	/** Whether the action can be taken from the given state. */
	boolean takeableFrom(State state) {
		return this.from.contains(state.id()) || (this.from.contains(ANY_OPEN_STATE) && !state.closed());
	}

	static Transition read(JsonNode node) {
		return new Transition(Json.text(node, "action"), Json.node(node, "label"), Json.strings(node, "from"),
				Json.text(node, "to"), Json.stringSet(node, "roles"), Json.node(node, "guard"),
				Json.node(node, "guardMessages"), Json.node(node, "inputs"), Json.node(node, "inputsUi"),
				Effects.read(Json.node(node, "effects")), node.path("bulk").asBoolean(false),
				node.path("public").asBoolean(false), Json.node(node, "confirm"), Json.node(node, "publicLabel"),
				UiElement.read(Json.node(node, "inputsUi")), GuardComparison.readAll(Json.node(node, "guardCompare")));
	}

}
