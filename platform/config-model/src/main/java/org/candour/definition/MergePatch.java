package org.candour.definition;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * RFC 7386 JSON Merge Patch: objects merge recursively, {@code null} removes, anything
 * else replaces.
 */
public final class MergePatch {

	private MergePatch() {
	}

	public static JsonNode apply(JsonNode target, JsonNode patch) {
		if (!patch.isObject()) {
			return patch.deepCopy();
		}
		ObjectNode result = target.isObject() ? ((ObjectNode) target).deepCopy()
				: tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
		patch.properties().forEach(entry -> {
			if (entry.getValue().isNull()) {
				result.remove(entry.getKey());
			}
			else {
				result.set(entry.getKey(), apply(result.path(entry.getKey()), entry.getValue()));
			}
		});
		return result;
	}

}
