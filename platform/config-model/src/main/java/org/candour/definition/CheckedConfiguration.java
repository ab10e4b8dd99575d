package org.candour.definition;

import java.util.List;

/**
 * A set of documents as it would be published: its canonical (normalised) documents and
 * what validating them found.
 *
 * @param documents the canonical documents (as written when they could not be normalised
 * because some do not match their meta-schema)
 * @param report errors and warnings
 */
public record CheckedConfiguration(List<ConfigDocument> documents, ValidationReport report) {

	public CheckedConfiguration {
		documents = List.copyOf(documents);
	}

}
