package org.candour.admin.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.candour.admin.PageProblem;
import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.definition.Problem;

/**
 * Problems with a template put on the page's fields: a JSON pointer
 * ({@code /spec/body/cy}) names the field ({@code bodyCy}), and the words say which text
 * is meant, since English and Welsh sit side by side.
 */
final class TemplateProblems {

	private static final Map<String, String> FIELDS = Map.of("/title", "title", "/spec/channel", "channel",
			"/spec/notifyTemplateId", "notifyTemplateId", "/spec/subject", "subjectEn", "/spec/subject/en", "subjectEn",
			"/spec/subject/cy", "subjectCy", "/spec/body", "bodyEn", "/spec/body/en", "bodyEn", "/spec/body/cy",
			"bodyCy");

	private static final Map<String, String> NAMES = Map.of("subjectEn", "Subject", "subjectCy", "Subject in Welsh",
			"bodyEn", "Message", "bodyCy", "Message in Welsh");

	private TemplateProblems() {
	}

	static String field(String pointer) {
		if (pointer == null) {
			return "bodyEn";
		}
		String field = FIELDS.get(pointer);
		if (field != null) {
			return field;
		}
		return FIELDS.entrySet()
			.stream()
			.filter(entry -> pointer.startsWith(entry.getKey() + "/"))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse("bodyEn");
	}

	/** The problems the draft check finds in the template, on their fields. */
	static List<PageProblem> of(List<Problem> problems) {
		Map<String, PageProblem> byField = new LinkedHashMap<>();
		for (Problem problem : problems) {
			String field = field(problem.pointer());
			byField.merge(field, new PageProblem(field, words(field, problem.message())),
					(first, next) -> new PageProblem(field, first.message() + "; " + next.message()));
		}
		return new ArrayList<>(byField.values());
	}

	/** The store's refusal of the document, on the fields. */
	static List<PageProblem> of(Refusal refusal) {
		Map<String, PageProblem> byField = new LinkedHashMap<>();
		for (ApiError violation : refusal.violations()) {
			String field = field(violation.pointer());
			byField.putIfAbsent(field, new PageProblem(field, words(field, violation.message())));
		}
		if (byField.isEmpty()) {
			byField.put("title", new PageProblem("title", refusal.getMessage()));
		}
		return List.copyOf(byField.values());
	}

	private static String words(String field, String message) {
		String name = NAMES.get(field);
		return name == null ? message : name + ": " + message;
	}

}
