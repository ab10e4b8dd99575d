package org.candour.definition.normal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.candour.definition.ConfigDocument;
import org.candour.definition.ConfigKind;
import tools.jackson.databind.JsonNode;

/**
 * The documents that lean documents refer to: code lists, rules, fieldsets, transition
 * templates and role sets, by kind and id.
 */
final class Library {

	private final Map<String, ConfigDocument> byKey = new HashMap<>();

	Library(Collection<ConfigDocument> documents) {
		for (ConfigDocument document : documents) {
			this.byKey.putIfAbsent(document.key(), document);
		}
	}

	Optional<JsonNode> spec(ConfigKind kind, String id) {
		return Optional.ofNullable(this.byKey.get(kind.id() + "/" + id)).map(ConfigDocument::spec);
	}

	boolean has(ConfigKind kind, String id) {
		return this.byKey.containsKey(kind.id() + "/" + id);
	}

}
