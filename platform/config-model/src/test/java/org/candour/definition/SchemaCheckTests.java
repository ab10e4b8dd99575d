package org.candour.definition;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class SchemaCheckTests {

	private final Schemas schemas = new Schemas();

	@Test
	void escapesTheNameOfAMissingPropertyInItsPointer() {
		SchemaCheck check = this.schemas.compile(JsonResources.parse("""
				{ "type": "object", "properties": { "a": { "required": ["b/c~d"] } } }
				"""));

		assertThat(check.check(JsonResources.parse("{ \"a\": {} }"))).extracting(Violation::pointer, Violation::keyword)
			.containsExactly(tuple("/a/b~1c~0d", "required"));
	}

	@Test
	void compilesATenantSchema() {
		SchemaCheck check = this.schemas.compile(JsonResources.parse("""
				{ "type": "object", "properties": { "when": { "type": "string", "format": "date" } } }
				"""));

		assertThat(check.accepts(JsonResources.parse("{ \"when\": \"2025-03-27\" }"))).isTrue();
		assertThat(check.accepts(JsonResources.parse("{ \"when\": \"2025-02-30\" }"))).isFalse();
	}

	@Test
	void refusesASchemaWithATypeThatIsNotAType() {
		assertThatExceptionOfType(Schemas.InvalidSchemaException.class)
			.isThrownBy(() -> this.schemas.compile(JsonResources.parse("{ \"type\": 12 }")));
	}

	@Test
	void refusesASchemaNestedInPropertiesThatIsNotASchema() {
		assertThatExceptionOfType(Schemas.InvalidSchemaException.class)
			.isThrownBy(() -> this.schemas.compile(JsonResources
				.parse("{ \"type\": \"object\", \"properties\": { \"a\": { \"minLength\": \"ten\" } } }")));
	}

}
