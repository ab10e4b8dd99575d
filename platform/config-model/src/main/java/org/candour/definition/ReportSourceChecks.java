package org.candour.definition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.Condition;
import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.ReportDefinition;
import org.candour.definition.model.ReportSource;
import org.candour.definition.model.WhereCompiler;
import tools.jackson.databind.JsonNode;

/**
 * A report names only what its source has: fields (of dimensions, measures, filters and
 * the properties its conditions test), measure types, feedback types and a period; and a
 * population it compares equality answers with names questions and answers of an equality
 * form.
 */
final class ReportSourceChecks {

	private static final Pattern CASE_PATH = Pattern.compile("^(data|outcome|meta|clocks)(\\.[A-Za-z0-9_-]+)+$");

	private static final Set<String> CASE_FIELDS = Set.of("feedbackType", "state", "stateCategory", "orgUnit",
			"directorate", "service", "team", "channel", "receivedMonth", "receivedQuarter", "receivedYear",
			"assignee");

	private final CompiledConfiguration configuration;

	private final List<Problem> problems;

	ReportSourceChecks(CompiledConfiguration configuration, List<Problem> problems) {
		this.configuration = configuration;
		this.problems = problems;
	}

	void check(String key, ReportDefinition report) {
		ReportSource source = report.reportSource();
		fields(key, source, "dimensions", report.dimensions(), ReportDefinition.Dimension::field);
		fields(key, source, "measures", report.measures(), ReportDefinition.Measure::field);
		fields(key, source, "filters", report.filters(), ReportDefinition.Filter::field);
		for (int i = 0; i < report.measures().size(); i++) {
			ReportDefinition.Measure measure = report.measures().get(i);
			String pointer = "/spec/measures/" + i;
			if (source != ReportSource.CASES) {
				tested(key, source, pointer + "/where", measure.where());
				tested(key, source, pointer + "/denominatorWhere", measure.denominatorWhere());
			}
			measureType(key, source, pointer, measure, report);
			policyTarget(key, source, pointer, measure);
		}
		if (!report.feedbackTypes().isEmpty() && !source.hasFeedbackTypes()) {
			error("report.feedback-types-unsupported", key, "/spec/feedbackTypes",
					"Records of the source '" + source.id() + "' have no feedback type");
		}
		if (report.period() != null && !source.periodic()) {
			error("report.period-unsupported", key, "/spec/period", "The source '" + source.id()
					+ "' has no period: each service standard is counted over its own period, as at the run");
		}
		if (report.population() != null) {
			population(key, source, report.population());
		}
		for (int i = 0; i < report.dimensions().size(); i++) {
			String codeList = report.dimensions().get(i).codeList();
			if (codeList != null && this.configuration.codeList(codeList).isEmpty()) {
				error("ref.code-list-missing", key, "/spec/dimensions/" + i + "/codeList",
						"No code-list with id '" + codeList + "'");
			}
		}
	}

	private <T> void fields(String key, ReportSource source, String part, List<T> items, Function<T, String> fieldOf) {
		for (int i = 0; i < items.size(); i++) {
			String field = fieldOf.apply(items.get(i));
			if (field != null && !known(source, field)) {
				error("report.field-unknown", key, "/spec/" + part + "/" + i + "/field",
						"The source '" + source.id() + "' has no field '" + field + "'");
			}
		}
	}

	private static boolean known(ReportSource source, String field) {
		if (source == ReportSource.CASES) {
			return CASE_FIELDS.contains(field) || CASE_PATH.matcher(field).matches();
		}
		return source.fields().contains(field);
	}

	/** The properties a condition tests are fields of the source. */
	private void tested(String key, ReportSource source, String pointer, JsonNode where) {
		if (where == null) {
			return;
		}
		Set<String> paths = new LinkedHashSet<>();
		collect(WhereCompiler.translate(where).condition(), paths);
		paths.stream()
			.map(path -> path.contains(".") ? path.substring(0, path.indexOf('.')) : path)
			.filter(field -> !field.isEmpty() && !source.fields().contains(field))
			.distinct()
			.forEach(field -> error("report.field-unknown", key, pointer,
					"The source '" + source.id() + "' has no field '" + field + "'"));
	}

	private static void collect(Condition condition, Set<String> paths) {
		if (condition instanceof Condition.All all) {
			all.conditions().forEach(each -> collect(each, paths));
		}
		else if (condition instanceof Condition.Any any) {
			any.conditions().forEach(each -> collect(each, paths));
		}
		else if (condition instanceof Condition.Not not) {
			collect(not.condition(), paths);
		}
		else if (condition instanceof Condition.Exists exists) {
			paths.add(exists.path());
		}
		else if (condition instanceof Condition.OneOf oneOf) {
			paths.add(oneOf.path());
		}
		else if (condition instanceof Condition.Includes includes) {
			paths.add(includes.path());
		}
		else if (condition instanceof Condition.OfType ofType) {
			paths.add(ofType.path());
		}
		else if (condition instanceof Condition.NotEmpty notEmpty) {
			paths.add(notEmpty.path());
		}
		else if (condition instanceof Condition.AtLeast atLeast) {
			paths.add(atLeast.path());
		}
	}

	private void measureType(String key, ReportSource source, String pointer, ReportDefinition.Measure measure,
			ReportDefinition report) {
		if (measure.between() != null && source != ReportSource.CASES) {
			error("report.measure-unsupported", key, pointer + "/between",
					"Only a report over cases measures the time between two events");
		}
		if (source.suppressed() && !ReportSource.SUPPRESSED_MEASURES.contains(measure.type())) {
			error("report.measure-unsupported", key, pointer + "/type", "A report over '" + source.id()
					+ "' counts answers only (count, share, population): they are published in aggregate");
		}
		if (!"population".equals(measure.type())) {
			return;
		}
		if (source != ReportSource.EQUALITY_ANSWERS) {
			error("report.measure-unsupported", key, pointer + "/type",
					"Only a report over equality-answers compares with the population");
		}
		else if (report.population() == null) {
			error("report.population-missing", key, pointer,
					"A population measure needs the population's figures (spec.population)");
		}
		List<String> grouped = report.dimensions().stream().map(ReportDefinition.Dimension::field).toList();
		if (!grouped.contains("question") || !grouped.contains("answer")) {
			error("report.population-needs-dimensions", key, pointer,
					"A population measure needs the rows grouped by question and by answer");
		}
	}

	private void policyTarget(String key, ReportSource source, String pointer, ReportDefinition.Measure measure) {
		if (measure.targetFromQaPolicy() == null) {
			return;
		}
		String at = pointer + "/targetFromQaPolicy";
		if (source != ReportSource.QA_SAMPLES) {
			error("report.target-from-qa-policy-unsupported", key, at,
					"Only a report over qa-samples takes its targets from the QA policy");
		}
		else if (this.configuration.qaPolicy().isEmpty()) {
			error("report.qa-policy-missing", key, at, "The configuration has no qa-policy to take the target from");
		}
	}

	private void population(String key, ReportSource source, ReportDefinition.Population population) {
		String pointer = "/spec/population";
		if (source != ReportSource.EQUALITY_ANSWERS) {
			error("report.population-unused", key, pointer,
					"Only a report over equality-answers compares with a population");
			return;
		}
		List<JsonNode> questions = equalityQuestions();
		population.figures().forEach((question, answers) -> {
			String at = pointer + "/figures/" + escape(question);
			List<JsonNode> schemas = questions.stream()
				.map(properties -> properties.get(question))
				.filter(java.util.Objects::nonNull)
				.toList();
			if (schemas.isEmpty()) {
				error("report.population-question-unknown", key, at,
						"No equality form of this tenant's feedback types asks '" + question + "'");
				return;
			}
			Set<String> choices = new LinkedHashSet<>();
			schemas.forEach(schema -> {
				schema.path("oneOf").forEach(choice -> choices.add(choice.path("const").asString("")));
				schema.path("enum").forEach(value -> choices.add(value.asString("")));
			});
			double total = 0;
			for (var answer : answers.entrySet()) {
				total += answer.getValue();
				if (!choices.contains(answer.getKey())) {
					error("report.population-answer-unknown", key, at + "/" + escape(answer.getKey()),
							"'" + answer.getKey() + "' is not an answer to '" + question + "'");
				}
			}
			if (total > 100.05) {
				error("report.population-over-100", key, at,
						"The shares of '" + question + "' add up to more than 100%");
			}
		});
	}

	/**
	 * The properties of each equality form the tenant's feedback types name; of every
	 * form when none names one (a base pack checked on its own has no feedback types).
	 */
	private List<JsonNode> equalityQuestions() {
		List<JsonNode> questions = new ArrayList<>();
		this.configuration.feedbackTypes()
			.values()
			.stream()
			.map(FeedbackType::survey)
			.filter(java.util.Objects::nonNull)
			.map(FeedbackType.Survey::equalityForm)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.forEach(form -> this.configuration.form(form)
				.ifPresent(found -> questions.add(found.schema().path("properties"))));
		if (questions.isEmpty()) {
			this.configuration.forms().values().forEach(form -> questions.add(form.schema().path("properties")));
		}
		return questions;
	}

	private static String escape(String token) {
		return token.replace("~", "~0").replace("/", "~1");
	}

	private void error(String code, String key, String pointer, String message) {
		this.problems.add(Problem.error(code, key, pointer, message));
	}

}
