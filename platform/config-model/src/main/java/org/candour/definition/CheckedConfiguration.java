package org.candour.definition;

import java.util.List;

import org.candour.definition.model.CompiledConfiguration;

/**
 * A set of documents as it would be published: its canonical (normalised) documents and
 * what validating them found.
 *
 * @param documents the canonical documents (as written when they could not be normalised
 * because some do not match their meta-schema)
 * @param report errors and warnings
 * @param model the documents compiled into the typed model the cross-references were
 * checked on; {@code null} when they could not be
 */
public record CheckedConfiguration(List<ConfigDocument> documents, ValidationReport report,
		CompiledConfiguration model) {

	public CheckedConfiguration {
		documents = List.copyOf(documents);
	}

}
