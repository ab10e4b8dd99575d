package org.candour.definition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

/** A set of configuration documents indexed for look-ups by kind and id. */
public final class ConfigSet {

	private final Map<String, ConfigDocument> byKey = new LinkedHashMap<>();

	private final List<ConfigDocument> duplicates = new ArrayList<>();

	public ConfigSet(Collection<ConfigDocument> documents) {
		for (ConfigDocument document : documents) {
			if (this.byKey.putIfAbsent(document.key(), document) != null) {
				this.duplicates.add(document);
			}
		}
	}

	public Optional<ConfigDocument> find(ConfigKind kind, String id) {
		return Optional.ofNullable(this.byKey.get(kind.id() + "/" + id));
	}

	public boolean has(ConfigKind kind, String id) {
		return this.byKey.containsKey(kind.id() + "/" + id);
	}

	public Stream<ConfigDocument> ofKind(ConfigKind kind) {
		return this.byKey.values().stream().filter(document -> document.is(kind));
	}

	public Collection<ConfigDocument> all() {
		return this.byKey.values();
	}

	List<ConfigDocument> duplicates() {
		return this.duplicates;
	}

	/** Every org unit id declared by the org-structure documents. */
	public Set<String> orgUnitIds() {
		Set<String> ids = new LinkedHashSet<>();
		ofKind(ConfigKind.ORG_STRUCTURE).forEach(doc -> collectUnits(doc.spec().path("units"), ids));
		return ids;
	}

	private static void collectUnits(JsonNode units, Set<String> ids) {
		for (JsonNode unit : units) {
			ids.add(unit.path("id").asString(""));
			collectUnits(unit.path("children"), ids);
		}
	}

	/** The forms used by feedback types that run on the given workflow. */
	public List<ConfigDocument> formsUsedWith(String workflowId) {
		return ofKind(ConfigKind.FEEDBACK_TYPE)
			.filter(type -> workflowId.equals(type.spec().path("workflow").asString("")))
			.map(type -> find(ConfigKind.FORM, type.spec().path("form").asString("")))
			.flatMap(Optional::stream)
			.distinct()
			.toList();
	}

}
