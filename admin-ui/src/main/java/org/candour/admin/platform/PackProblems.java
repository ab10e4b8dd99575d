package org.candour.admin.platform;

import java.util.List;

import org.candour.api.ApiError;
import org.candour.api.Refusal;

/**
 * A pack's refusal as problems on the field that chose it: each error in words with the
 * file it is in (never the pack's JSON).
 */
final class PackProblems {

	private static final int SHOWN = 20;

	private PackProblems() {
	}

	/** "In file, at spec › referencePrefix: " (the pointer's steps, unescaped). */
	private static String where(ApiError violation) {
		String at = violation.pointer() == null || violation.pointer().isEmpty() ? ""
				: "at " + String.join(" › ",
						java.util.Arrays.stream(violation.pointer().substring(1).split("/"))
							.map(step -> step.replace("~1", "/").replace("~0", "~"))
							.toList());
		String in = violation.document() == null ? "" : "In " + violation.document();
		String both = in.isEmpty() ? at : at.isEmpty() ? in : in + ", " + at;
		return both.isEmpty() ? "" : both + ": ";
	}

	static List<Problem> of(Refusal refusal, String field) {
		List<ApiError> violations = refusal.violations();
		if (violations.isEmpty()) {
			return List.of(new Problem(field, refusal.getMessage()));
		}
		List<Problem> problems = new java.util.ArrayList<>();
		problems.add(
				new Problem(field, "The pack has " + violations.size() + (violations.size() == 1 ? " error" : " errors")
						+ ", so nothing was deployed. Correct the pack and try again"));
		violations.stream()
			.limit(SHOWN)
			.map(violation -> new Problem(field, where(violation) + violation.message()))
			.forEach(problems::add);
		return problems;
	}

}
