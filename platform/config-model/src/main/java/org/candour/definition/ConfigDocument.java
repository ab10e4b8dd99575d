package org.candour.definition;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One configuration document, {@code {kind, id, title, spec}}, kept as JSON so that
 * nothing a tenant wrote is lost or reordered.
 */
public record ConfigDocument(String kind, String id, ObjectNode content) {

	public static ConfigDocument of(JsonNode content) {
		ObjectNode object = (ObjectNode) content;
		return new ConfigDocument(object.path("kind").asString(""), object.path("id").asString(""), object);
	}

	/** {@code kind/id}: how problems and diffs name the document. */
	public String key() {
		return this.kind + "/" + this.id;
	}

	public JsonNode spec() {
		return this.content.path("spec");
	}

	public JsonNode title() {
		return this.content.path("title");
	}

	public boolean is(ConfigKind kind) {
		return kind.id().equals(this.kind);
	}

}
