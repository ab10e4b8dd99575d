package org.candour.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.candour.definition.ConfigDocument;
import org.candour.definition.JsonPatchDiff;
import tools.jackson.databind.JsonNode;

/** Compares two sets of configuration documents, document by document. */
public final class DocumentDiff {

	private DocumentDiff() {
	}

	/**
	 * Per document: added, removed or changed (with an RFC 6902 patch from before to
	 * after).
	 */
	public static List<Change> between(List<ConfigDocument> before, List<ConfigDocument> after) {
		Map<String, ConfigDocument> old = byKey(before);
		Map<String, ConfigDocument> now = byKey(after);
		List<Change> changes = new ArrayList<>();
		old.forEach((key, doc) -> {
			ConfigDocument next = now.get(key);
			if (next == null) {
				changes.add(new Change(key, "removed", null));
			}
			else if (!next.content().equals(doc.content())) {
				changes.add(new Change(key, "changed", JsonPatchDiff.diff(doc.content(), next.content())));
			}
		});
		now.keySet()
			.stream()
			.filter(key -> !old.containsKey(key))
			.forEach(key -> changes.add(new Change(key, "added", null)));
		changes.sort(Comparator.comparing(Change::document));
		return changes;
	}

	private static Map<String, ConfigDocument> byKey(List<ConfigDocument> documents) {
		Map<String, ConfigDocument> map = new TreeMap<>();
		documents.forEach(doc -> map.put(doc.key(), doc));
		return map;
	}

	/**
	 * @param document {@code kind/id}
	 * @param change added, removed or changed
	 * @param patch RFC 6902 patch for a change
	 */
	public record Change(String document, String change, JsonNode patch) {
	}

}
