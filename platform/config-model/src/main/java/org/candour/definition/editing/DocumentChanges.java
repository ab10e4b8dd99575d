package org.candour.definition.editing;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * What changed in one configuration document, in words and as a patch.
 *
 * @param document the document, as {@code kind/id}
 * @param change {@code added}, {@code removed} or {@code changed}
 * @param sentences what changed, in plain English an administrator understands, e.g.
 * {@code Question 'Which service?' added to page 2}; never JSON
 * @param patch the RFC 6902 JSON Patch from the document before to after (for "Details");
 * for an added document, one {@code add} of the whole document at the root; for a removed
 * one, one {@code remove}
 */
public record DocumentChanges(String document, String change, List<String> sentences, JsonNode patch) {

	public DocumentChanges {
		sentences = List.copyOf(sentences);
	}

}
