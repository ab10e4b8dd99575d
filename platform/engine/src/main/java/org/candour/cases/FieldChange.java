package org.candour.cases;

import tools.jackson.databind.JsonNode;

/**
 * One changed value in a history entry: JSON pointer into the case snapshot, before and
 * after.
 */
public record FieldChange(String path, JsonNode before, JsonNode after) {

}
