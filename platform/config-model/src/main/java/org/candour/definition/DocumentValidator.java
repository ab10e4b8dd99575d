package org.candour.definition;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Checks one document on its own: that it names a known kind and satisfies its
 * meta-schema.
 */
public final class DocumentValidator {

	private final Schemas schemas;

	public DocumentValidator(Schemas schemas) {
		this.schemas = schemas;
	}

	public List<Problem> validate(JsonNode content) {
		String kind = content.path("kind").asString("");
		String name = kind + "/" + content.path("id").asString("");
		if (!content.isObject()) {
			return List.of(Problem.error("doc.not-object", name, "", "A configuration document must be a JSON object"));
		}
		if (ConfigKind.fromId(kind).isEmpty()) {
			return List.of(Problem.error("doc.kind-unknown", name, "/kind",
					"Unknown kind '" + kind + "'; expected one of " + List.of(ConfigKind.values())));
		}
		List<Problem> problems = new ArrayList<>();
		for (Violation violation : this.schemas.candour(kind).check(content)) {
			problems.add(Problem.error("meta." + violation.keyword(), name, violation.pointer(), violation.message()));
		}
		return problems;
	}

	/**
	 * Also checks that the document's kind and id agree with where it is being stored.
	 */
	public List<Problem> validate(JsonNode content, String expectedKind, String expectedId) {
		List<Problem> problems = new ArrayList<>(validate(content));
		String name = expectedKind + "/" + expectedId;
		if (!expectedKind.equals(content.path("kind").asString(null))) {
			problems.add(Problem.error("doc.kind-mismatch", name, "/kind", "kind must be '" + expectedKind + "'"));
		}
		if (!expectedId.equals(content.path("id").asString(null))) {
			problems.add(Problem.error("doc.id-mismatch", name, "/id", "id must be '" + expectedId + "'"));
		}
		return problems;
	}

}
