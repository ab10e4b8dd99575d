package org.candour.definition.pack;

import java.util.List;
import java.util.Map;

import org.candour.definition.ConfigDocument;
import tools.jackson.databind.JsonNode;

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

}
