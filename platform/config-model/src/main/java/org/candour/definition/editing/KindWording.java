package org.candour.definition.editing;

import java.util.Set;

import tools.jackson.databind.JsonNode;

/** Describes the changes to the spec of one kind of document. */
interface KindWording {

	/** The spec's fields it describes; the others are only named when they change. */
	Set<String> fields();

	/**
	 * Adds the sentences for the changes from {@code before} to {@code after} (the specs;
	 * an absent spec is an empty object).
	 * @param name the document's English title, quoted
	 */
	void describe(String name, JsonNode before, JsonNode after, Sentences out);

	/** For kinds it knows nothing about: every changed field is named. */
	KindWording NONE = new KindWording() {

		@Override
		public Set<String> fields() {
			return Set.of();
		}

		@Override
		public void describe(String name, JsonNode before, JsonNode after, Sentences out) {
		}

	};

}
