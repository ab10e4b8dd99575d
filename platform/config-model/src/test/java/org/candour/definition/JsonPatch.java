package org.candour.definition;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies an RFC 6902 JSON Patch of {@code add}, {@code remove} and {@code replace}
 * operations (all the sample cases need) to a copy of a document.
 */
final class JsonPatch {

	private JsonPatch() {
	}

	static JsonNode apply(JsonNode patch, JsonNode document) {
		JsonNode result = document.deepCopy();
		for (JsonNode operation : patch) {
			String op = operation.path("op").asString();
			String path = operation.path("path").asString();
			result = switch (op) {
				case "add" -> add(result, path, operation.required("value").deepCopy());
				case "remove" -> remove(result, path);
				case "replace" -> add(remove(result, path), path, operation.required("value").deepCopy());
				default -> throw new IllegalArgumentException("Unsupported patch operation '" + op + "'");
			};
		}
		return result;
	}

	private static JsonNode add(JsonNode document, String path, JsonNode value) {
		if (path.isEmpty()) {
			return value;
		}
		JsonNode parent = parent(document, path);
		String key = lastToken(path);
		if (parent instanceof ObjectNode object) {
			object.set(key, value);
		}
		else if (parent instanceof ArrayNode array) {
			array.insert("-".equals(key) ? array.size() : index(array, key, array.size()), value);
		}
		else {
			throw new IllegalArgumentException("No container at " + path);
		}
		return document;
	}

	private static JsonNode remove(JsonNode document, String path) {
		JsonNode parent = parent(document, path);
		String key = lastToken(path);
		if (parent instanceof ObjectNode object && object.has(key)) {
			object.remove(key);
		}
		else if (parent instanceof ArrayNode array) {
			array.remove(index(array, key, array.size() - 1));
		}
		else {
			throw new IllegalArgumentException("Nothing to remove at " + path);
		}
		return document;
	}

	private static JsonNode parent(JsonNode document, String path) {
		if (!path.startsWith("/")) {
			throw new IllegalArgumentException("Not a JSON pointer: '" + path + "'");
		}
		JsonNode parent = document.at(path.substring(0, path.lastIndexOf('/')));
		if (parent.isMissingNode()) {
			throw new IllegalArgumentException("No parent for " + path);
		}
		return parent;
	}

	private static String lastToken(String path) {
		return path.substring(path.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
	}

	private static int index(ArrayNode array, String token, int highest) {
		int index = Integer.parseInt(token);
		if (index < 0 || index > highest) {
			throw new IllegalArgumentException("Index " + token + " out of bounds of " + array.size() + " elements");
		}
		return index;
	}

}
