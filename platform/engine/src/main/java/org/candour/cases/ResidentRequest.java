package org.candour.cases;

import tools.jackson.databind.JsonNode;

/**
 * The command a resident gives from the tracking page: an action the workflow marks
 * {@code public}.
 *
 * @param reference the resident's case
 * @param action the public action
 * @param inputs what the action asks for (null: none)
 */
public record ResidentRequest(CaseReference reference, String action, JsonNode inputs) {
}
