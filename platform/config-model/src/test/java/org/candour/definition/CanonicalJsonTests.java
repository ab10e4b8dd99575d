package org.candour.definition;

import org.junit.jupiter.api.Test;

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
	void hashesTheCanonicalTextWithSha256() {
		assertThat(CanonicalJson.sha256(""))
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		assertThat(CanonicalJson.sha256(JsonResources.parse("{ \"b\": 1, \"a\": 2 }")))
			.isEqualTo(CanonicalJson.sha256("{\"a\":2,\"b\":1}"));
	}

}
