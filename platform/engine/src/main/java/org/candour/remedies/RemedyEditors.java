package org.candour.remedies;

import java.util.List;
import java.util.Set;

import org.candour.api.Actors;
import org.candour.api.ApiError;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import tools.jackson.databind.JsonNode;

/** Who may propose and decide remedies, and the refusals they share. */
final class RemedyEditors {

	/** The roles that propose, approve (within their limit), decline and pay remedies. */
	static final Set<String> ROLES = Set.of(EndpointRoles.OFFICER, EndpointRoles.INVESTIGATOR, EndpointRoles.MANAGER);

	private RemedyEditors() {
	}

	static Actors.Actor require(Actors actors) {
		Actors.Actor actor = actors.current();
		if (!actor.hasAnyRole(ROLES)) {
			throw Refusal.notAllowed("Recording remedies needs one of the roles " + ROLES.stream().sorted().toList());
		}
		return actor;
	}

	static String text(JsonNode body, String field) {
		JsonNode value = body.get(field);
		return value == null || value.isNull() ? null : value.asString().strip();
	}

	static void refuseIfAny(List<ApiError> errors) {
		if (!errors.isEmpty()) {
			throw Refusal.rulesBroken("The remedy is not valid", errors);
		}
	}

}
