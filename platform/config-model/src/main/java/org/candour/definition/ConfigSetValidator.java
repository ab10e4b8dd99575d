package org.candour.definition;

import java.time.DateTimeException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.normal.Normalised;
import org.candour.definition.normal.Normaliser;

/**
 * Validates a whole set of configuration documents: each as written against its
 * meta-schema (which accepts the lean format), ids unique per kind, then the set is
 * normalised (missing lean references are problems pointing into what was written), each
 * document the normaliser changed is checked against its meta-schema again, and the
 * cross-references are checked on the canonical documents.
 */
public final class ConfigSetValidator {

	private final DocumentValidator documents;

	private final Schemas schemas;

	private final Normaliser normaliser = new Normaliser();

	public ConfigSetValidator(Schemas schemas) {
		this.schemas = schemas;
		this.documents = new DocumentValidator(schemas);
	}

	public ValidationReport validate(Collection<ConfigDocument> documents) {
		return check(documents).report();
	}

	/** The canonical documents of the set and what validating them found. */
	public CheckedConfiguration check(Collection<ConfigDocument> documents) {
		ConfigSet written = new ConfigSet(documents);
		Set<Problem> problems = new LinkedHashSet<>();
		boolean allWellFormed = true;
		for (ConfigDocument document : documents) {
			List<Problem> own = this.documents.validate(document.content());
			problems.addAll(own);
			allWellFormed &= own.isEmpty();
		}
		for (ConfigDocument duplicate : written.duplicates()) {
			problems.add(Problem.error("id.duplicate", duplicate.key(), "/id",
					"Another " + duplicate.kind() + " already has id '" + duplicate.id() + "'"));
		}
		if (!allWellFormed) {
			problems.add(Problem.warning("refs.skipped", "", "",
					"Cross-references were not checked because some documents do not match their meta-schema"));
			return new CheckedConfiguration(List.copyOf(documents), ValidationReport.of(problems), null);
		}
		Normalised normalised = this.normaliser.normalise(documents);
		problems.addAll(normalised.problems());
		Set<String> unresolved = new HashSet<>();
		normalised.problems().forEach(problem -> unresolved.add(problem.document()));
		List<ConfigDocument> given = List.copyOf(documents);
		for (int i = 0; i < given.size(); i++) {
			ConfigDocument canonical = normalised.documents().get(i);
			if (canonical != given.get(i) && !unresolved.contains(canonical.key())) {
				List<Problem> own = this.documents.validate(canonical.content());
				problems.addAll(own);
				allWellFormed &= own.isEmpty();
			}
		}
		CompiledConfiguration model = null;
		if (allWellFormed && unresolved.isEmpty()) {
			try {
				model = CompiledConfiguration.of(normalised.documents(), this.schemas);
				problems.addAll(new ReferenceChecks(model).check());
				problems.addAll(new WorkflowChecks(model).check());
				problems.addAll(new TemplatePlaceholderChecks(model).check());
				problems.addAll(new QaPolicyChecks(model).check());
				problems.addAll(new TemplateAudienceChecks(model).check());
				problems.addAll(new Open311Checks(model).check());
			}
			catch (DateTimeException | IllegalArgumentException ex) {
				problems.add(Problem.error("config.unreadable", "", "", "The configuration cannot be read ("
						+ ex.getMessage() + "), so cross-references were not checked"));
			}
		}
		else {
			problems.add(Problem.warning("refs.skipped", "", "",
					"Cross-references were not checked because some documents could not be normalised"));
		}
		return new CheckedConfiguration(normalised.documents(), ValidationReport.of(problems), model);
	}

}
