package org.candour.cases;

import java.util.ArrayList;
import java.util.List;

import org.candour.api.ApiError;
import org.candour.definition.SchemaCheck;
import org.candour.definition.Violation;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Evaluates tenant-written JSON Schemas against cases — transition guards, action inputs,
 * form data — and turns violations into plain-words problems with JSON pointers. The
 * schemas are compiled once, with the configuration version they belong to.
 */
@Component
class GuardCheck {

	/** Whether {@code instance} matches {@code schema}, a schema of the configuration. */
	boolean matches(CaseConfiguration configuration, JsonNode schema, JsonNode instance) {
		return configuration.version().model().check(schema).accepts(instance);
	}

	/**
	 * Violations of {@code schema} (a schema of the configuration) by {@code instance},
	 * pointers prefixed with {@code prefix}.
	 */
	List<ApiError> check(CaseConfiguration configuration, JsonNode schema, JsonNode instance, String prefix,
			String codePrefix, JsonNode messages) {
		if (schema == null || schema.isMissingNode() || schema.isNull()) {
			return List.of();
		}
		SchemaCheck check = configuration.version().model().check(schema);
		List<ApiError> errors = new ArrayList<>();
		for (Violation violation : check.check(instance)) {
			if ("if".equals(violation.keyword()) || "allOf".equals(violation.keyword())) {
				continue;
			}
			String pointer = prefix + violation.pointer();
			errors.add(new ApiError(pointer, codePrefix + violation.keyword(),
					message(messages, violation.pointer(), violation)));
		}
		return errors;
	}

	private static String message(JsonNode messages, String pointer, Violation violation) {
		JsonNode configured = messages == null ? null : messages.get(pointer);
		if (configured != null) {
			return configured.isObject() ? configured.path("en").asString() : configured.asString();
		}
		return switch (violation.keyword()) {
			case "required" -> pointer.substring(pointer.lastIndexOf('/') + 1) + " is required";
			case "minLength" -> pointer.substring(pointer.lastIndexOf('/') + 1) + " must not be empty";
			default -> violation.message();
		};
	}

}
