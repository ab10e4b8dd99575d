package org.candour.definition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Validates a whole set of configuration documents: each against its meta-schema, ids
 * unique per kind, then the cross-references between them.
 */
public final class ConfigSetValidator {

	private final DocumentValidator documents;

	private final Schemas schemas;

	public ConfigSetValidator(Schemas schemas) {
		this.schemas = schemas;
		this.documents = new DocumentValidator(schemas);
	}

	public ValidationReport validate(Collection<ConfigDocument> documents) {
		ConfigSet set = new ConfigSet(documents);
		List<Problem> problems = new ArrayList<>();
		boolean allWellFormed = true;
		for (ConfigDocument document : documents) {
			List<Problem> own = this.documents.validate(document.content());
			problems.addAll(own);
			allWellFormed &= own.isEmpty();
		}
		for (ConfigDocument duplicate : set.duplicates()) {
			problems.add(Problem.error("id.duplicate", duplicate.key(), "/id",
					"Another " + duplicate.kind() + " already has id '" + duplicate.id() + "'"));
		}
		if (allWellFormed) {
			problems.addAll(new ReferenceChecks(set, this.schemas).check());
			problems.addAll(new WorkflowChecks(set, this.schemas).check());
		}
		else {
			problems.add(Problem.warning("refs.skipped", "", "",
					"Cross-references were not checked because some documents do not match their meta-schema"));
		}
		return ValidationReport.of(problems);
	}

}
