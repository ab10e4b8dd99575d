package org.candour.cases;

import tools.jackson.databind.JsonNode;

/**
 * The command to triage a case as its workflow's {@code triage} declares: take one
 * classification and, when the workflow allocates after it and an allocation is given,
 * its allocation too, as one change.
 *
 * @param reference the case
 * @param classification the classifying action
 * @param inputs the classification's inputs (null: none)
 * @param allocation the allocating action's inputs, or null not to allocate now (its
 * problems point at {@value #ALLOCATION})
 * @param expectedVersion the version the caller saw, or null
 * @param comment the officer's note for the history, or null
 */
public record TriageCase(CaseReference reference, String classification, JsonNode inputs, JsonNode allocation,
		Long expectedVersion, String comment) {

	/**
	 * Where the allocation's problems point: its inputs are at {@code /allocation/…} as
	 * the classification's are at {@code /inputs/…}.
	 */
	public static final String ALLOCATION = "/allocation";

}
