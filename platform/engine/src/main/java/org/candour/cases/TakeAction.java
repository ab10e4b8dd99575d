package org.candour.cases;

import tools.jackson.databind.JsonNode;

/**
 * The command to take a workflow action on a case.
 *
 * @param reference the case
 * @param action the action, as the case's workflow names it
 * @param inputs what the action's input schema asks for (null: none)
 * @param expectedVersion the version the caller saw, or null to take it on whatever
 * version is stored
 * @param comment the officer's note for the history, or null
 */
public record TakeAction(CaseReference reference, String action, JsonNode inputs, Long expectedVersion,
		String comment) {
}
