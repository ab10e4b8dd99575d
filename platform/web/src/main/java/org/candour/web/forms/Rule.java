package org.candour.web.forms;

import org.candour.definition.model.RuleScopes;
import tools.jackson.databind.JsonNode;

/**
 * A UI-hint rule: the element is shown only (SHOW) or hidden (HIDE) when the value at
 * {@code field} satisfies {@code schema}.
 *
 * @param field the tested value's path in the answers: a top-level property
 * ({@code contactedBefore}), a property inside one ({@code address/postcode}), or
 * {@code ""} for all the answers
 */
public record Rule(boolean show, String field, JsonNode schema) {

	/** The tested value in {@code answers}; null when not answered. */
	JsonNode tested(JsonNode answers) {
		return RuleScopes.at(answers, this.field);
	}

}
