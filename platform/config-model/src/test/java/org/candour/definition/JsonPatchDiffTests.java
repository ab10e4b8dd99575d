package org.candour.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class JsonPatchDiffTests {

	static Stream<Arguments> trickyPairs() {
		return Stream.of(arguments("nested object", """
				{ "a": { "b": { "c": 1 } }, "z": true }
				""", """
				{ "a": { "b": { "c": 2, "d": [1] } }, "z": true }
				"""), arguments("keys removed and added", """
				{ "a": 1, "b": 2 }
				""", """
				{ "b": 2, "c": 3 }
				"""), arguments("array grows", "[1, 2]", "[1, 2, 3, 4]"),
				arguments("array shrinks and changes", "[1, 2, 3, 4, 5]", "[1, 9]"),
				arguments("array empties", "[1, 2, 3]", "[]"), arguments("array fills", "[]", "[[], {}, null]"),
				arguments("array of objects shrinks", """
						[{ "a": 1 }, { "a": 2 }, { "a": 3 }]
						""", """
						[{ "a": 1, "b": 0 }]
						"""), arguments("nested arrays grow and shrink", "[[1, 2], [3]]", "[[1], [3, 4, 5], [6]]"),
				arguments("types change", """
						{ "a": { "x": 1 }, "b": [1], "c": "s", "d": null, "e": 1 }
						""", """
						{ "a": [1], "b": { "x": 1 }, "c": null, "d": "s", "e": 1.5 }
						"""), arguments("array items change type", """
						[1, { "a": 1 }]
						""", """
						[{ "a": 1 }, 1, [2]]
						"""), arguments("keys with slash and tilde", """
						{ "a/b": 1, "m~n": 2, "~1": 3, "/": { "~": 4 } }
						""", """
						{ "a/b": 2, "~1": 3, "/": { "~": 5, "~0/": 6 }, "x~y/z": 7 }
						"""), arguments("empty keys", """
						{ "": { "": 1 } }
						""", """
						{ "": { "": 2, " ": [] } }
						"""), arguments("null values", """
						{ "a": null, "b": null }
						""", """
						{ "a": null, "c": null }
						"""), arguments("root object becomes array", """
						{ "a": 1 }
						""", "[1]"), arguments("root array becomes scalar", "[1]", "\"one\""),
				arguments("root scalar changes", "1", "2"),
				arguments("workflow sample trimmed", JsonResources.read("samples/workflow.valid.json").toString(),
						JsonResources.read("sets/consistent/workflow.json").toString()),
				arguments("workflow sample extended", JsonResources.read("sets/consistent/workflow.json").toString(),
						JsonResources.read("samples/workflow.valid.json").toString()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("trickyPairs")
	void patchTurnsFirstDocumentIntoSecond(String name, String from, String to) {
		JsonNode a = JsonResources.parse(from);
		JsonNode b = JsonResources.parse(to);

		assertThat(apply(a, JsonPatchDiff.diff(a, b))).isEqualTo(b);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("trickyPairs")
	void patchTurnsSecondDocumentBackIntoFirst(String name, String from, String to) {
		JsonNode a = JsonResources.parse(to);
		JsonNode b = JsonResources.parse(from);

		assertThat(apply(a, JsonPatchDiff.diff(a, b))).isEqualTo(b);
	}

	@Test
	void diffOfEqualDocumentsIsEmpty() {
		JsonNode workflow = JsonResources.read("samples/workflow.valid.json");

		assertThat(JsonPatchDiff.diff(workflow, workflow.deepCopy())).isEmpty();
	}

	@Test
	void diffIgnoresKeyOrder() {
		assertThat(JsonPatchDiff.diff(JsonResources.parse("{ \"a\": 1, \"b\": { \"c\": 2, \"d\": 3 } }"),
				JsonResources.parse("{ \"b\": { \"d\": 3, \"c\": 2 }, \"a\": 1 }")))
			.isEmpty();
	}

	@Test
	void escapesSlashAndTildeInPaths() {
		assertThat(JsonPatchDiff.diff(JsonResources.parse("{}"), JsonResources.parse("{ \"a/b~c\": 1 }")))
			.isEqualTo(JsonResources.parse("[{ \"op\": \"add\", \"path\": \"/a~1b~0c\", \"value\": 1 }]"));
	}

	@Test
	void patchDoesNotShareNodesWithTheTarget() {
		ObjectNode target = JsonResources.object("{ \"a\": { \"b\": 1 } }");
		ArrayNode patch = JsonPatchDiff.diff(JsonResources.parse("{}"), target);

		((ObjectNode) target.get("a")).put("b", 2);

		assertThat(patch.at("/0/value/b").asInt()).isEqualTo(1);
	}

	/**
	 * A strict RFC 6902 applier for add, remove and replace: fails on any path that does
	 * not exist at the moment its operation is applied.
	 */
	private static JsonNode apply(JsonNode document, ArrayNode patch) {
		JsonNode result = document.deepCopy();
		for (JsonNode operation : patch) {
			String op = operation.get("op").asString();
			String path = operation.get("path").asString();
			JsonNode value = operation.path("value");
			if (path.isEmpty()) {
				assertThat(op).isIn("add", "replace");
				result = value.deepCopy();
				continue;
			}
			List<String> tokens = tokens(path);
			String last = tokens.remove(tokens.size() - 1);
			JsonNode parent = result;
			for (String token : tokens) {
				parent = parent.isArray() ? parent.get(index(token, parent.size() - 1)) : parent.get(token);
				assertThat(parent).as("parent of %s", path).isNotNull();
			}
			if (parent.isObject()) {
				applyToObject((ObjectNode) parent, op, last, value);
			}
			else {
				assertThat(parent.isArray()).as("container of %s", path).isTrue();
				applyToArray((ArrayNode) parent, op, last, value);
			}
		}
		return result;
	}

	private static void applyToObject(ObjectNode object, String op, String key, JsonNode value) {
		switch (op) {
			case "add" -> object.set(key, value.deepCopy());
			case "remove" -> assertThat(object.remove(key)).as("removed %s", key).isNotNull();
			case "replace" -> assertThat(object.replace(key, value.deepCopy())).as("replaced %s", key).isNotNull();
			default -> throw new AssertionError("Unexpected op " + op);
		}
	}

	private static void applyToArray(ArrayNode array, String op, String token, JsonNode value) {
		switch (op) {
			case "add" -> {
				if (token.equals("-")) {
					array.add(value.deepCopy());
				}
				else {
					array.insert(index(token, array.size()), value.deepCopy());
				}
			}
			case "remove" -> array.remove(index(token, array.size() - 1));
			case "replace" -> array.set(index(token, array.size() - 1), value.deepCopy());
			default -> throw new AssertionError("Unexpected op " + op);
		}
	}

	private static int index(String token, int max) {
		assertThat(token).matches("0|[1-9][0-9]*");
		int index = Integer.parseInt(token);
		assertThat(index).isBetween(0, max);
		return index;
	}

	private static List<String> tokens(String path) {
		assertThat(path).startsWith("/");
		List<String> tokens = new ArrayList<>();
		for (String token : path.substring(1).split("/", -1)) {
			tokens.add(token.replace("~1", "/").replace("~0", "~"));
		}
		return tokens;
	}

}
