package org.candour.definition.model;

import java.math.BigDecimal;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.candour.definition.ConfigDocument;

/**
 * A tenant's own role, built on one of the platform's base roles.
 *
 * @param id id of the document (the role's name)
 * @param baseRole the platform role it extends
 * @param description what it is for; {@code null} when not given
 * @param permissions extra permissions
 * @param groupClaims identity-provider groups that carry it
 * @param remedyLimit the highest financial remedy, in pounds, its holders may approve;
 * {@code null} when not given (no financial remedy)
 */
public record Role(String id, String baseRole, JsonNode description, List<String> permissions, List<String> groupClaims,
		BigDecimal remedyLimit) {

	public Role {
		permissions = List.copyOf(permissions);
		groupClaims = List.copyOf(groupClaims);
	}

	/** Reads a role document. */
	public static Role read(ConfigDocument document) {
		JsonNode spec = document.spec();
		JsonNode limit = spec.path("remedyLimit");
		return new Role(document.id(), Json.text(spec, "baseRole"), Json.node(spec, "description"),
				Json.strings(spec, "permissions"), Json.strings(spec, "groupClaims"),
				limit.isNumber() ? limit.decimalValue() : null);
	}

}
