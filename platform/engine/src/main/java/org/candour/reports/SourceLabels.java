package org.candour.reports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.Form;
import org.candour.definition.model.ReportSource;

/**
 * The words for the stored values of the fields of sources other than the cases: learning
 * themes by their code list, service standards by title, the survey's or equality
 * questions by their wording and answers by their choices (the first question's wording
 * of a value used by several), the standards' "all" and "none" teams, and yes or no.
 */
final class SourceLabels {

	private SourceLabels() {
	}

	static Map<String, String> of(ReportSource source, String field, CompiledConfiguration model) {
		Map<String, String> named = new LinkedHashMap<>();
		switch (field) {
			case "theme" -> model.codeList("learning-themes")
				.ifPresent(list -> list.values()
					.forEach(code -> named.put(code.code(), ReportLabels.english(code.label(), code.code()))));
			case "standard" -> model.serviceStandards()
				.values()
				.forEach(standard -> named.put(standard.id(), ReportLabels.english(standard.title(), standard.id())));
			case "question" -> forms(source, model).forEach(form -> form.schema()
				.path("properties")
				.properties()
				.forEach(question -> named.putIfAbsent(question.getKey(),
						question.getValue().path("title").asString(question.getKey()))));
			case "answer" -> {
				forms(source, model).forEach(form -> form.schema()
					.path("properties")
					.values()
					.forEach(question -> question.path("oneOf")
						.forEach(choice -> named.putIfAbsent(choice.path("const").asString(""),
								choice.path("title").asString(choice.path("const").asString(""))))));
				named.put("not-answered", "Not answered");
			}
			case "team" -> {
				if (source == ReportSource.SERVICE_STANDARDS) {
					named.put("all", "All teams");
					named.put("none", "No team");
				}
			}
			default -> {
				if (yesOrNo(field)) {
					named.put("true", "Yes");
					named.put("false", "No");
				}
			}
		}
		return named;
	}

	private static boolean yesOrNo(String field) {
		return switch (field) {
			case "open", "overdue", "publishable", "finished", "finishedOnTime", "complainantAgreed", "scored",
					"outcomeMet", "methodMet", "bothScored", "agreement", "met", "stated" ->
				true;
			default -> false;
		};
	}

	/** The survey's or the equality forms the tenant's feedback types name. */
	private static java.util.List<Form> forms(ReportSource source, CompiledConfiguration model) {
		Function<FeedbackType.Survey, String> form = (source == ReportSource.EQUALITY_ANSWERS)
				? FeedbackType.Survey::equalityForm : FeedbackType.Survey::form;
		return model.feedbackTypes()
			.values()
			.stream()
			.map(FeedbackType::survey)
			.filter(Objects::nonNull)
			.map(form)
			.filter(Objects::nonNull)
			.distinct()
			.sorted()
			.map(model::form)
			.flatMap(java.util.Optional::stream)
			.toList();
	}

}
