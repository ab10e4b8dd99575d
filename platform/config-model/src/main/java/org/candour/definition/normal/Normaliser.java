package org.candour.definition.normal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.candour.definition.ConfigDocument;
import org.candour.definition.ConfigKind;
import org.candour.definition.Problem;
import tools.jackson.databind.node.ObjectNode;

/**
 * Expands a set of documents written in the lean format into canonical form: what the
 * engine and the web pages execute. Runs after pack resolution (or on a tenant's draft)
 * and before validation and hashing, so stored versions hold canonical documents.
 * Canonical documents come back unchanged, so normalising twice gives the same result.
 * Missing references are reported (with pointers into what the author wrote) and left
 * unexpanded.
 */
public final class Normaliser {

	public Normalised normalise(Collection<ConfigDocument> documents) {
		Library library = new Library(documents);
		List<Problem> problems = new LeanReferences(library).check(documents);
		WorkflowExpansion workflows = new WorkflowExpansion(library);
		FormExpansion forms = new FormExpansion(library);
		List<ConfigDocument> canonical = new ArrayList<>();
		for (ConfigDocument document : documents) {
			ObjectNode expanded = null;
			if (document.is(ConfigKind.WORKFLOW)) {
				expanded = workflows.expand(document.content());
			}
			else if (document.is(ConfigKind.FORM)) {
				expanded = forms.expand(document.content());
			}
			else if (document.is(ConfigKind.SERVICE_STANDARD)) {
				expanded = serviceStandard(document.content());
			}
			canonical.add(expanded == null || expanded.equals(document.content()) ? document
					: new ConfigDocument(document.kind(), document.id(), expanded));
		}
		return new Normalised(canonical, problems);
	}

	/** A service standard with its durations in words written as amounts and units. */
	private static ObjectNode serviceStandard(ObjectNode content) {
		ObjectNode copy = content.deepCopy();
		Durations.expand(copy.path("spec"), "within");
		Durations.expand(copy.path("spec"), "olderThan");
		return copy;
	}

}
