package org.candour.definition.model;

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
 */
public record Role(String id, String baseRole, JsonNode description, List<String> permissions,
		List<String> groupClaims) {

	public Role {
		permissions = List.copyOf(permissions);
		groupClaims = List.copyOf(groupClaims);
	}

	static Role read(ConfigDocument document) {
		JsonNode spec = document.spec();
		return new Role(document.id(), Json.text(spec, "baseRole"), Json.node(spec, "description"),
				Json.strings(spec, "permissions"), Json.strings(spec, "groupClaims"));
	}

}
