package org.candour.web.forms;

import tools.jackson.databind.JsonNode;

/**
 * A UI-hint rule: the question is shown (SHOW) or hidden (HIDE) when the answer to
 * {@code field} satisfies {@code schema}.
 */
public record Rule(boolean show, String field, JsonNode schema) {
}
