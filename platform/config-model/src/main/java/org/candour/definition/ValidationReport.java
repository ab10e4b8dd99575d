package org.candour.definition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The outcome of validating configuration: errors block publication, warnings do not. */
public record ValidationReport(List<Problem> errors, List<Problem> warnings) {

	public ValidationReport {
		errors = List.copyOf(errors);
		warnings = List.copyOf(warnings);
	}

	public static ValidationReport of(Collection<Problem> problems) {
		List<Problem> errors = new ArrayList<>();
		List<Problem> warnings = new ArrayList<>();
		problems.forEach(problem -> (problem.isError() ? errors : warnings).add(problem));
		return new ValidationReport(errors, warnings);
	}

	@com.fasterxml.jackson.annotation.JsonProperty("valid")
	public boolean valid() {
		return this.errors.isEmpty();
	}

}
