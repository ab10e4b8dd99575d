package org.candour.definition.pack;

import java.util.List;
import java.util.Map;

import org.candour.definition.ConfigDocument;
import org.candour.definition.ConfigKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A pack with its inheritance resolved.
 *
 * @param manifest the pack's own manifest
 * @param documents every document after inheritance and patches
 * @param origins document key ({@code kind/id}) → the file (as {@code pack/file}) it last
 * came from
 * @param problems loading problems (unreadable files, broken patches, missing base…)
 */
public record ResolvedPack(JsonNode manifest, List<ConfigDocument> documents, Map<String, String> origins,
		List<PackProblem> problems) {

	public String id() {
		return this.manifest.path("id").asString("");
	}

	public JsonNode defaults() {
		return this.manifest.path("defaults");
	}

	/**
	 * The documents as deployed: feedback types without a reference prefix take the
	 * pack's default.
	 */
	public List<ConfigDocument> documentsWithDefaults() {
		String prefix = defaults().path("referencePrefix").asString(null);
		return this.documents.stream().map(document -> {
			if (prefix == null || !document.is(ConfigKind.FEEDBACK_TYPE) || document.spec().has("referencePrefix")) {
				return document;
			}
			ObjectNode copy = document.content().deepCopy();
			((ObjectNode) copy.path("spec")).put("referencePrefix", prefix);
			return ConfigDocument.of(copy);
		}).toList();
	}

}
