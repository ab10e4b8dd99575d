package org.candour.definition;

import java.util.Iterator;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Computes an RFC 6902 JSON Patch that turns one document into another: objects are
 * compared key by key, arrays element by element (extra elements removed from the end
 * first, so the indexes stay valid when the patch is applied in order).
 */
public final class JsonPatchDiff {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonPatchDiff() {
	}

	public static ArrayNode diff(JsonNode from, JsonNode to) {
		ArrayNode patch = JSON.createArrayNode();
		compare("", from, to, patch);
		return patch;
	}

	private static void compare(String path, JsonNode from, JsonNode to, ArrayNode patch) {
		if (from.equals(to)) {
			return;
		}
		if (from.isObject() && to.isObject()) {
			compareObjects(path, from, to, patch);
		}
		else if (from.isArray() && to.isArray()) {
			compareArrays(path, from, to, patch);
		}
		else {
			patch.add(op("replace", path).set("value", to.deepCopy()));
		}
	}

	private static void compareObjects(String path, JsonNode from, JsonNode to, ArrayNode patch) {
		for (Iterator<Map.Entry<String, JsonNode>> it = from.properties().iterator(); it.hasNext();) {
			Map.Entry<String, JsonNode> entry = it.next();
			String child = path + "/" + escape(entry.getKey());
			if (!to.has(entry.getKey())) {
				patch.add(op("remove", child));
			}
			else {
				compare(child, entry.getValue(), to.get(entry.getKey()), patch);
			}
		}
		to.properties().forEach(entry -> {
			if (!from.has(entry.getKey())) {
				patch.add(op("add", path + "/" + escape(entry.getKey())).set("value", entry.getValue().deepCopy()));
			}
		});
	}

	private static void compareArrays(String path, JsonNode from, JsonNode to, ArrayNode patch) {
		int common = Math.min(from.size(), to.size());
		for (int i = 0; i < common; i++) {
			compare(path + "/" + i, from.get(i), to.get(i), patch);
		}
		for (int i = from.size() - 1; i >= common; i--) {
			patch.add(op("remove", path + "/" + i));
		}
		for (int i = common; i < to.size(); i++) {
			patch.add(op("add", path + "/" + i).set("value", to.get(i).deepCopy()));
		}
	}

	private static ObjectNode op(String operation, String path) {
		ObjectNode op = JSON.createObjectNode();
		op.put("op", operation);
		op.put("path", path);
		return op;
	}

	private static String escape(String key) {
		return key.replace("~", "~0").replace("/", "~1");
	}

}
