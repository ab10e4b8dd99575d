package org.candour.definition.pack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.candour.definition.ConfigDocument;
import org.candour.definition.MergePatch;
import org.candour.definition.Schemas;
import org.candour.definition.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Resolves a pack: its base pack's documents first (recursively), then its own documents,
 * which replace the base's of the same kind and id, then its {@code *.patch.json} merge
 * patches.
 */
public final class PackLoader {

	static final String MANIFEST = "manifest.json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PackRepository repository;

	private final Schemas schemas;

	public PackLoader(PackRepository repository, Schemas schemas) {
		this.repository = repository;
		this.schemas = schemas;
	}

	public ResolvedPack resolve(PackSource pack) {
		return resolve(pack, new HashSet<>());
	}

	private ResolvedPack resolve(PackSource pack, Set<String> seen) {
		List<PackProblem> problems = new ArrayList<>();
		String manifestFile = pack.name() + "/" + MANIFEST;
		JsonNode manifest = parse(pack, MANIFEST, problems);
		if (manifest == null) {
			problems
				.add(new PackProblem(manifestFile, "", "pack.manifest-missing", "A pack needs a manifest.json", true));
			return new ResolvedPack(JSON.createObjectNode(), List.of(), Map.of(), problems);
		}
		for (Violation violation : this.schemas.candour("manifest").check(manifest)) {
			problems.add(new PackProblem(manifestFile, violation.pointer(), "meta." + violation.keyword(),
					violation.message(), true));
		}
		Map<String, ConfigDocument> documents = new LinkedHashMap<>();
		Map<String, String> origins = new LinkedHashMap<>();
		String base = manifest.path("extends").asString(null);
		if (base != null) {
			inherit(base, manifestFile, seen, documents, origins, problems);
		}
		Set<String> own = new HashSet<>();
		pack.files().keySet().stream().filter(PackLoader::isDocument).forEach(file -> {
			JsonNode content = parse(pack, file, problems);
			if (content instanceof ObjectNode object) {
				object.remove("$schema");
				ConfigDocument document = ConfigDocument.of(object);
				if (!own.add(document.key())) {
					problems.add(new PackProblem(pack.name() + "/" + file, "/id", "id.duplicate",
							"Another file of this pack defines " + document.key(), true));
				}
				documents.put(document.key(), document);
				origins.put(document.key(), pack.name() + "/" + file);
			}
		});
		pack.files().keySet().stream().filter(file -> file.endsWith(".patch.json")).forEach(file -> {
			JsonNode patch = parse(pack, file, problems);
			if (patch != null) {
				applyPatch(pack.name() + "/" + file, patch, documents, origins, problems);
			}
		});
		return new ResolvedPack(manifest, List.copyOf(documents.values()), origins, problems);
	}

	private void inherit(String base, String manifestFile, Set<String> seen, Map<String, ConfigDocument> documents,
			Map<String, String> origins, List<PackProblem> problems) {
		if (!seen.add(base)) {
			problems.add(new PackProblem(manifestFile, "/extends", "pack.extends-cycle",
					"Pack inheritance loops back to " + base, true));
			return;
		}
		var source = this.repository.find(base);
		if (source.isEmpty()) {
			problems
				.add(new PackProblem(manifestFile, "/extends", "pack.base-missing", "No pack '" + base + "'", true));
			return;
		}
		ResolvedPack resolved = resolve(source.get(), seen);
		resolved.documents().forEach(document -> documents.put(document.key(), document));
		origins.putAll(resolved.origins());
		problems.addAll(resolved.problems());
	}

	private static void applyPatch(String file, JsonNode patch, Map<String, ConfigDocument> documents,
			Map<String, String> origins, List<PackProblem> problems) {
		String key = patch.path("kind").asString("") + "/" + patch.path("id").asString("");
		ConfigDocument target = documents.get(key);
		if (target == null || !patch.path("patch").isObject()) {
			problems.add(new PackProblem(file, target == null ? "/id" : "/patch", "pack.patch-target-missing",
					target == null ? "No document " + key + " to patch (in this pack or its base)"
							: "A patch file needs a \"patch\" object (RFC 7386 merge patch)",
					true));
			return;
		}
		JsonNode patched = MergePatch.apply(target.content(), patch.path("patch"));
		ConfigDocument document = ConfigDocument.of(patched);
		if (!document.key().equals(key)) {
			problems.add(new PackProblem(file, "/patch", "pack.patch-changes-identity",
					"A patch may not change a document's kind or id", true));
			return;
		}
		documents.put(key, document);
		origins.put(key, file);
	}

	private static boolean isDocument(String file) {
		return file.endsWith(".json") && !file.endsWith(".patch.json") && !file.endsWith(".scenario.json")
				&& !file.equals(MANIFEST);
	}

	private static JsonNode parse(PackSource pack, String file, List<PackProblem> problems) {
		byte[] bytes = pack.files().get(file);
		if (bytes == null) {
			return null;
		}
		try {
			return JSON.readTree(bytes);
		}
		catch (JacksonException ex) {
			problems.add(new PackProblem(pack.name() + "/" + file, "", "pack.malformed-json", ex.getOriginalMessage(),
					true));
			return null;
		}
	}

}
