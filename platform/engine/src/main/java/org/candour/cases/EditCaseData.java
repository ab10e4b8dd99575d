package org.candour.cases;

import tools.jackson.databind.node.ObjectNode;

/**
 * The command to change a case's form data.
 *
 * @param reference the case
 * @param changes field → new value; a JSON null removes the field
 * @param expectedVersion the version the editor saw, or null for whatever is stored
 * @param comment why, for the history, or null
 */
public record EditCaseData(CaseReference reference, ObjectNode changes, Long expectedVersion, String comment) {
}
