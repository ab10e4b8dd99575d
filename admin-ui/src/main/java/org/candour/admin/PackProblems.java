package org.candour.admin;

import java.util.List;
import java.util.Map;

import org.candour.api.ApiError;
import org.candour.api.Refusal;

/**
 * A pack's refusal as problems on the field that chose it: an upload that is not a pack
 * in words, or each error in words with the file it is in (never the pack's JSON nor the
 * problem codes).
 */
public final class PackProblems {

	private static final int SHOWN = 20;

	/** An upload that is not a pack at all, in words for the person who chose it. */
	private static final Map<String, String> UNREADABLE = Map.of("pack.manifest-missing",
			"The file is not a configuration pack: select a zip with the pack's manifest.json at its root",
			"pack.ambiguous", "The zip holds more than one pack: select a zip with one pack (and its base packs)");

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

	/**
	 * The refusal's errors on {@code field} (at most 20 of them, after one saying how
	 * many there are and that {@code nothing} happened, e.g. "nothing was deployed").
	 */
	public static List<PageProblem> of(Refusal refusal, String field, String nothing) {
		List<ApiError> violations = refusal.violations();
		if (violations.isEmpty()) {
			return List.of(new PageProblem(field, refusal.getMessage()));
		}
		if (refusal.is(Refusal.Kind.MALFORMED)) {
			return violations.stream()
				.map(violation -> new PageProblem(field,
						UNREADABLE.getOrDefault(violation.code(), violation.message())))
				.toList();
		}
		List<PageProblem> problems = new java.util.ArrayList<>();
		problems.add(new PageProblem(field,
				"The pack has " + violations.size() + (violations.size() == 1 ? " error" : " errors") + ", so "
						+ nothing + ". Correct the pack and try again"));
		violations.stream()
			.limit(SHOWN)
			.map(violation -> new PageProblem(field, where(violation) + violation.message()))
			.forEach(problems::add);
		return problems;
	}

}
