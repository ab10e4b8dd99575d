package org.candour.definition;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class MergePatchTests {

	/** RFC 7386 appendix A: original, patch, result. */
	static Stream<Arguments> rfc7386Examples() {
		return Stream.of(arguments("{\"a\":\"b\"}", "{\"a\":\"c\"}", "{\"a\":\"c\"}"),
				arguments("{\"a\":\"b\"}", "{\"b\":\"c\"}", "{\"a\":\"b\",\"b\":\"c\"}"),
				arguments("{\"a\":\"b\"}", "{\"a\":null}", "{}"),
				arguments("{\"a\":\"b\",\"b\":\"c\"}", "{\"a\":null}", "{\"b\":\"c\"}"),
				arguments("{\"a\":[\"b\"]}", "{\"a\":\"c\"}", "{\"a\":\"c\"}"),
				arguments("{\"a\":\"c\"}", "{\"a\":[\"b\"]}", "{\"a\":[\"b\"]}"),
				arguments("{\"a\":{\"b\":\"c\"}}", "{\"a\":{\"b\":\"d\",\"c\":null}}", "{\"a\":{\"b\":\"d\"}}"),
				arguments("{\"a\":[{\"b\":\"c\"}]}", "{\"a\":[1]}", "{\"a\":[1]}"),
				arguments("[\"a\",\"b\"]", "[\"c\",\"d\"]", "[\"c\",\"d\"]"),
				arguments("{\"a\":\"b\"}", "[\"c\"]", "[\"c\"]"), arguments("{\"a\":\"foo\"}", "null", "null"),
				arguments("{\"a\":\"foo\"}", "\"bar\"", "\"bar\""),
				arguments("{\"e\":null}", "{\"a\":1}", "{\"e\":null,\"a\":1}"),
				arguments("[1,2]", "{\"a\":\"b\",\"c\":null}", "{\"a\":\"b\"}"),
				arguments("{}", "{\"a\":{\"bb\":{\"ccc\":null}}}", "{\"a\":{\"bb\":{}}}"));
	}

	@ParameterizedTest(name = "{0} + {1} = {2}")
	@MethodSource("rfc7386Examples")
	void appliesRfc7386Example(String original, String patch, String result) {
		assertThat(MergePatch.apply(JsonResources.parse(original), JsonResources.parse(patch)))
			.isEqualTo(JsonResources.parse(result));
	}

	@Test
	void leavesTheTargetAndThePatchUntouched() {
		JsonNode target = JsonResources.parse("{ \"a\": { \"b\": 1, \"c\": [1] } }");
		JsonNode patch = JsonResources.parse("{ \"a\": { \"b\": null, \"d\": { \"e\": null } } }");

		JsonNode result = MergePatch.apply(target, patch);

		assertThat(result).isEqualTo(JsonResources.parse("{ \"a\": { \"c\": [1], \"d\": {} } }"));
		assertThat(target).isEqualTo(JsonResources.parse("{ \"a\": { \"b\": 1, \"c\": [1] } }"));
		assertThat(patch).isEqualTo(JsonResources.parse("{ \"a\": { \"b\": null, \"d\": { \"e\": null } } }"));
	}

}
