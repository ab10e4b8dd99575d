package org.candour.definition.model;

import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * How far a clock's due date may be extended.
 *
 * @param maxAmount maximum total extension, in the units of the clock's duration (e.g.
 * calendar months)
 * @param reasonRequired whether each extension needs a reason
 * @param roles roles that may extend the clock; empty when the workflow names none
 */
public record Extension(int maxAmount, boolean reasonRequired, Set<String> roles) {

	public Extension {
		roles = Json.ordered(roles);
	}

	static Extension read(JsonNode node) {
		if (node == null) {
			return null;
		}
		return new Extension(node.path("maxAmount").asInt(), node.path("reasonRequired").asBoolean(true),
				Json.stringSet(node, "roles"));
	}

}
