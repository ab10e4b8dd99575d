package org.candour.api;

import java.util.List;

import org.candour.definition.Schemas;
import org.candour.definition.Violation;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Refuses a request body that does not match its schema (422), naming every offending
 * field.
 */
@Component
public class RequestBodies {

	private final Schemas schemas;

	RequestBodies(Schemas schemas) {
		this.schemas = schemas;
	}

	/**
	 * Checks {@code body} against Candour's schema {@code name}
	 * ({@code candour/schemas/name.schema.json}).
	 */
	public void require(String name, JsonNode body) {
		List<Violation> violations = this.schemas.candour(name).check(body);
		if (!violations.isEmpty()) {
			throw Refusal.rulesBroken("The " + name + " is not valid",
					violations.stream()
						.map(v -> new ApiError(v.pointer(), "schema." + v.keyword(), v.message()))
						.toList());
		}
	}

}
