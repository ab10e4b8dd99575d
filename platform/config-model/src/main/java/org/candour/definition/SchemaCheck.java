package org.candour.definition;

import java.util.Comparator;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import tools.jackson.databind.JsonNode;

/** A compiled JSON Schema that reports every violation with a JSON pointer. */
public final class SchemaCheck {

	/**
	 * Keywords whose error is about one named property of the object at the instance
	 * location.
	 */
	private static final java.util.Set<String> NAMES_A_PROPERTY = java.util.Set.of("required", "additionalProperties",
			"unevaluatedProperties", "dependentRequired");

	private final Schema schema;

	SchemaCheck(Schema schema) {
		this.schema = schema;
	}

	public List<Violation> check(JsonNode instance) {
		return this.schema.validate(instance)
			.stream()
			.map(SchemaCheck::toViolation)
			.distinct()
			.sorted(Comparator.comparing(Violation::pointer))
			.toList();
	}

	public boolean accepts(JsonNode instance) {
		return this.schema.validate(instance).isEmpty();
	}

	private static Violation toViolation(Error error) {
		String location = error.getInstanceLocation().toString();
		String pointer = location.equals("/") ? "" : location;
		if (NAMES_A_PROPERTY.contains(error.getKeyword()) && error.getProperty() != null) {
			pointer = pointer + "/" + escape(error.getProperty());
		}
		return new Violation(pointer, error.getKeyword(), error.getMessage());
	}

	private static String escape(String token) {
		return token.replace("~", "~0").replace("/", "~1");
	}

}
