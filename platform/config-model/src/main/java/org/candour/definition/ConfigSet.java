package org.candour.definition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

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

}
