package org.candour.definition.model;

import java.util.Collection;

import org.candour.definition.CheckedConfiguration;
import org.candour.definition.ConfigDocument;
import org.candour.definition.ConfigSetValidator;
import org.candour.definition.Schemas;
import org.candour.definition.ValidationReport;

/**
 * Compiles a set of configuration documents as written (lean or canonical): validates and
 * normalises them, then builds the typed model — or returns what validation found.
 */
public final class Compiler {

	private final ConfigSetValidator validator;

	public Compiler(Schemas schemas) {
		this.validator = new ConfigSetValidator(schemas);
	}

	/** The outcome of compiling: the model when there were no errors, and the report. */
	public record Compilation(CompiledConfiguration configuration, ValidationReport report) {

		public boolean compiled() {
			return this.configuration != null;
		}

	}

	public Compilation compile(Collection<ConfigDocument> documents) {
		CheckedConfiguration checked = this.validator.check(documents);
		return new Compilation(checked.report().valid() ? checked.model() : null, checked.report());
	}

}
