package org.candour.definition.editing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.candour.definition.ConfigDocument;

/** The English titles of the documents, to name what a document refers to. */
final class Titles {

	private final Map<String, String> titles = new HashMap<>();

	Titles(List<ConfigDocument> before, List<ConfigDocument> after) {
		before.forEach(this::put);
		after.forEach(this::put);
	}

	private void put(ConfigDocument document) {
		String title = Words.english(document.title());
		if (title != null) {
			this.titles.put(document.key(), title);
		}
	}

	/** The document's title in quotes, else its id in quotes. */
	String of(String kind, String id) {
		return Words.quoted(this.titles.getOrDefault(kind + "/" + id, id));
	}

}
