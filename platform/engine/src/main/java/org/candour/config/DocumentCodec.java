package org.candour.config;

import java.util.List;

import org.bson.Document;
import org.candour.definition.ConfigDocument;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores configuration documents as their JSON text: JSON Schemas inside them use
 * {@code $}-prefixed keys that MongoDB field names should not carry, and the text keeps
 * exactly what the tenant wrote.
 */
final class DocumentCodec {

	private final JsonMapper json;

	DocumentCodec(JsonMapper json) {
		this.json = json;
	}

	Document toBson(ConfigDocument document) {
		return new Document("kind", document.kind()).append("id", document.id())
			.append("json", this.json.writeValueAsString(document.content()));
	}

	ConfigDocument fromBson(Document stored) {
		return ConfigDocument.of(this.json.readTree(stored.getString("json")));
	}

	List<Document> toBson(List<ConfigDocument> documents) {
		return documents.stream().map(this::toBson).toList();
	}

	List<ConfigDocument> fromBson(List<Document> stored) {
		return stored.stream().map(this::fromBson).toList();
	}

}
