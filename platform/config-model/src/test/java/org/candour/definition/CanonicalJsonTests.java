package org.candour.definition;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalJsonTests {

	@Test
	void keyOrderDoesNotChangeTheHash() {
		assertThat(CanonicalJson.sha256(JsonResources.parse("""
				{ "b": 1, "a": { "d": [{ "y": 1, "x": 2 }], "c": null } }
				"""))).isEqualTo(CanonicalJson.sha256(JsonResources.parse("""
				{ "a": { "c": null, "d": [{ "x": 2, "y": 1 }] }, "b": 1 }
				""")));
	}

	@Test
	void aValueChangeChangesTheHash() {
		assertThat(CanonicalJson.sha256(JsonResources.parse("{ \"a\": { \"b\": [1, 2] } }")))
			.isNotEqualTo(CanonicalJson.sha256(JsonResources.parse("{ \"a\": { \"b\": [1, 3] } }")));
	}

	@Test
	void arrayOrderChangesTheHash() {
		assertThat(CanonicalJson.sha256(JsonResources.parse("[1, 2]")))
			.isNotEqualTo(CanonicalJson.sha256(JsonResources.parse("[2, 1]")));
	}

	@Test
	void writesSortedKeysWithoutWhitespace() {
		assertThat(CanonicalJson.text(JsonResources.parse("""
				{ "b": 1, "a": { "d": "x", "c": [true, null] } }
				"""))).isEqualTo("{\"a\":{\"c\":[true,null],\"d\":\"x\"},\"b\":1}");
	}

	@Test
	void writesEveryKindOfValueAsJacksonWritesItSoStoredHashesStillVerify() {
		String tree = """
				{ "z": "caf\u00e9 \u2014 \\"quoted\\" \\\\ <b> \ud83d\ude00 \\u0007", "n": [0, -1, 1.5, 1e21, 12345678901234567890,
				  0.1, -0.0, 3.14159265358979323846], "t": true, "f": false, "x": null, "e": {}, "a": [],
				  "nested": { "\u00e9": 1, "E": 2, "e": 3, "10": 4, "9": 5 } }
				""";
		JsonNode parsed = JsonResources.parse(tree);
		// how canonical text was written when the stored hashes were made: a sorted copy,
		// written by Jackson
		String asWrittenBefore = JsonMapper.builder().build().writeValueAsString(sortedCopy(parsed));
		assertThat(CanonicalJson.text(parsed)).isEqualTo(asWrittenBefore).startsWith("{\"a\":[],\"e\":{}");
		assertThat(CanonicalJson.sha256(parsed)).isEqualTo(CanonicalJson.sha256(asWrittenBefore));
	}

	private static JsonNode sortedCopy(JsonNode node) {
		if (node.isObject()) {
			ObjectNode copy = JsonNodeFactory.instance.objectNode();
			new TreeMap<>(node.properties()
				.stream()
				.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
				.forEach((name, value) -> copy.set(name, sortedCopy(value)));
			return copy;
		}
		if (node.isArray()) {
			ArrayNode copy = JsonNodeFactory.instance.arrayNode();
			node.forEach(item -> copy.add(sortedCopy(item)));
			return copy;
		}
		return node;
	}

	@Test
	void hashesTheCanonicalTextWithSha256() {
		assertThat(CanonicalJson.sha256(""))
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		assertThat(CanonicalJson.sha256(JsonResources.parse("{ \"b\": 1, \"a\": 2 }")))
			.isEqualTo(CanonicalJson.sha256("{\"a\":2,\"b\":1}"));
	}

}
