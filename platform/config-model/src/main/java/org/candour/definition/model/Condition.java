package org.candour.definition.model;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A condition on a case, translated from the subset of JSON Schema that report
 * definitions use ({@code where}, {@code denominatorWhere}), ready to become a database
 * query. Paths are dotted paths in the case view ({@code outcome.decision},
 * {@code clocks.respond.status}).
 */
public sealed interface Condition {

	/** Always true (an empty schema, {@code type: object} at the top). */
	record Always() implements Condition {
	}

	/** Every one holds. */
	record All(List<Condition> conditions) implements Condition {

		public All {
			conditions = List.copyOf(conditions);
		}

	}

	/** At least one holds. */
	record Any(List<Condition> conditions) implements Condition {

		public Any {
			conditions = List.copyOf(conditions);
		}

	}

	/** The condition does not hold. */
	record Not(Condition condition) implements Condition {
	}

	/** The path holds a value ({@code required}). */
	record Exists(String path) implements Condition {
	}

	/** The value at the path equals one of the values ({@code const}, {@code enum}). */
	record OneOf(String path, List<JsonNode> values) implements Condition {

		public OneOf {
			values = List.copyOf(values);
		}

	}

	/**
	 * The value at the path is an array holding one of the values ({@code contains} with
	 * {@code const} or {@code enum}).
	 */
	record Includes(String path, List<JsonNode> values) implements Condition {

		public Includes {
			values = List.copyOf(values);
		}

	}

	/**
	 * The value at the path is of a JSON type: {@code string}, {@code number},
	 * {@code integer}, {@code boolean}, {@code array}, {@code object} or {@code null}.
	 */
	record OfType(String path, String type) implements Condition {
	}

	/**
	 * A string that is not empty ({@code minLength: 1}) or an array with an item
	 * ({@code minItems: 1}).
	 */
	record NotEmpty(String path, String type) implements Condition {
	}

	/**
	 * A number compared: {@code gte} ({@code minimum}) or {@code gt}
	 * ({@code exclusiveMinimum}).
	 */
	record AtLeast(String path, double bound, boolean inclusive) implements Condition {
	}

}
