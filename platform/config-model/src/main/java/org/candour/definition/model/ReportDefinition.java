package org.candour.definition.model;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.candour.definition.ConfigDocument;

/**
 * A report: which cases (feedback types, period, filters), grouped how (dimensions),
 * counted how (measures), laid out how, offered in which formats and when it is produced.
 * Optional members left out are {@code null} or empty.
 *
 * @param id id of the document
 * @param title the document's title
 * @param description what it shows
 * @param feedbackTypes feedback types counted; empty for all
 * @param period the period covered; {@code null} for all time
 * @param dimensions groupings
 * @param measures calculated figures
 * @param filters conditions every counted case meets
 * @param layout how the results are shown; {@code null} for a plain table
 * @param outputs the download formats a run offers ({@code html}, {@code csv},
 * {@code xlsx}, {@code pdf}): those the definition lists, in its order, or all of them
 * ({@link #ALL_OUTPUTS}) when it lists none; an empty list when it lists an empty array
 * @param schedule cron expression on which it is produced; {@code null} when only run by
 * hand
 * @param suppressBelow published outputs show counts above 0 and below this as "fewer
 * than N"; {@code null} for no suppression
 * @param source what it counts: {@code cases} (the default) or another
 * {@link ReportSource}'s id, as written (an unknown one is refused by the meta-schema)
 * @param population for a report over equality answers: the population's share of each
 * answer, shown by a {@code population} measure; else {@code null}
 */
public record ReportDefinition(String id, JsonNode title, JsonNode description, List<String> feedbackTypes,
		Period period, List<Dimension> dimensions, List<Measure> measures, List<Filter> filters, Layout layout,
		List<String> outputs, String schedule, Integer suppressBelow, String source, Population population) {

	/** Every download format, offered when a definition does not say which. */
	public static final List<String> ALL_OUTPUTS = List.of("html", "csv", "xlsx", "pdf");

	public ReportDefinition {
		feedbackTypes = List.copyOf(feedbackTypes);
		dimensions = List.copyOf(dimensions);
		measures = List.copyOf(measures);
		filters = List.copyOf(filters);
		outputs = List.copyOf(outputs);
		source = (source == null) ? ReportSource.CASES.id() : source;
	}

	/**
	 * Whether a run counts org units in today's structure (old units mapped to the units
	 * that replaced them) unless the person running it chooses otherwise: when a
	 * dimension asks for {@code "orgStructure": "current"}.
	 */
	public boolean currentStructure() {
		return this.dimensions.stream().anyMatch(dimension -> "current".equals(dimension.orgStructure()));
	}

	/** What it counts ({@link ReportSource#CASES} for an unknown id). */
	public ReportSource reportSource() {
		return ReportSource.of(this.source).orElse(ReportSource.CASES);
	}

	/**
	 * The population an equality profile is compared with.
	 *
	 * @param source where the figures come from (e.g. "ONS Census 2021, …")
	 * @param figures question → answer → the population's share in per cent
	 */
	public record Population(JsonNode source, java.util.Map<String, java.util.Map<String, Double>> figures) {

		public Population {
			java.util.Map<String, java.util.Map<String, Double>> copy = new java.util.LinkedHashMap<>();
			figures.forEach((question, answers) -> copy.put(question, java.util.Map.copyOf(answers)));
			figures = java.util.Collections.unmodifiableMap(copy);
		}

		/** The share of an answer to a question; {@code null} when not given. */
		public Double share(String question, String answer) {
			return this.figures.getOrDefault(question, java.util.Map.of()).get(answer);
		}

		static Population read(JsonNode node) {
			if (node == null) {
				return null;
			}
			java.util.Map<String, java.util.Map<String, Double>> figures = new java.util.LinkedHashMap<>();
			node.path("figures").properties().forEach(question -> {
				java.util.Map<String, Double> answers = new java.util.LinkedHashMap<>();
				question.getValue()
					.properties()
					.forEach(answer -> answers.put(answer.getKey(), answer.getValue().asDouble()));
				figures.put(question.getKey(), answers);
			});
			return new Population(Json.node(node, "source"), figures);
		}

	}

	/**
	 * The dimensions in the order their row key columns are shown: those
	 * {@code layout.rows} lists, as listed, then the others in the definition's order.
	 * Without {@code layout.rows}, the definition's order.
	 */
	public List<Dimension> dimensionsInRowOrder() {
		List<String> rows = (this.layout == null) ? List.of() : this.layout.rows();
		List<Dimension> ordered = new ArrayList<>();
		rows.forEach(
				id -> this.dimensions.stream().filter(dimension -> dimension.id().equals(id)).forEach(ordered::add));
		this.dimensions.stream().filter(dimension -> !rows.contains(dimension.id())).forEach(ordered::add);
		return List.copyOf(ordered);
	}

	/**
	 * The period a report covers, by case received date.
	 *
	 * @param type e.g. {@code financial-year}
	 * @param days for {@code rolling-days}, how many
	 */
	public record Period(String type, Integer days) {
	}

	/**
	 * A grouping of cases.
	 *
	 * @param orgStructure for org fields, {@code at-time-of-case} (default) or
	 * {@code current}
	 * @param codeList the code list whose labels its values are shown with; {@code null}
	 * for none
	 */
	public record Dimension(String id, JsonNode label, String field, String orgStructure, String codeList) {
	}

	/**
	 * A calculated figure.
	 *
	 * @param type {@code count}, {@code percentage}, {@code sum}, {@code avg},
	 * {@code min}, {@code max}, {@code median}, {@code distinct}, {@code share} (a count
	 * as a percentage of the count of the rows with the same values of every dimension
	 * but the last) or {@code population} (the population's share of the row's answer,
	 * from {@link Population})
	 * @param field the field aggregated; {@code null} for a count, a percentage or a
	 * measure of the time between two events
	 * @param between for sum, avg, min, max and median: the time from one event to
	 * another, instead of a field; else {@code null}
	 * @param unit the unit of {@code between}: {@code working-days} (default) or
	 * {@code calendar-days}; {@code null} without {@code between}
	 * @param where JSON Schema a counted case meets (the numerator of a percentage)
	 * @param denominatorWhere for a percentage, JSON Schema of the denominator
	 * @param target the target shown against the result, written in the report or taken
	 * from the tenant's QA policy; {@code null} for none
	 * @param targetFromQaPolicy the name of the QA policy's target it takes; {@code null}
	 * when the report writes its own (or none)
	 */
	public record Measure(String id, JsonNode label, String type, String field, Between between, String unit,
			JsonNode where, JsonNode denominatorWhere, Double target, String targetFromQaPolicy) {

		public Measure(String id, JsonNode label, String type, String field, Between between, String unit,
				JsonNode where, JsonNode denominatorWhere, Double target) {
			this(id, label, type, field, between, unit, where, denominatorWhere, target, null);
		}

		/** Whether the type aggregates values of a field or the time between events. */
		public boolean aggregatesValues() {
			return switch (this.type) {
				case "sum", "avg", "min", "max", "median" -> true;
				default -> false;
			};
		}

	}

	/**
	 * The time between two events of a case ({@link ReportEvent}).
	 *
	 * @param from the earlier event
	 * @param to the later event
	 */
	public record Between(String from, String to) {
	}

	/**
	 * A condition every counted case meets.
	 *
	 * @param op {@code eq}, {@code ne}, {@code in}, {@code nin}, {@code gte},
	 * {@code lte}, {@code exists}
	 */
	public record Filter(String field, String op, JsonNode value) {
	}

	/**
	 * How the results are shown.
	 *
	 * @param type {@code table}, {@code crosstab} or {@code chart}
	 */
	public record Layout(String type, List<String> rows, List<String> columns) {

		public Layout {
			rows = List.copyOf(rows);
			columns = List.copyOf(columns);
		}

	}

	private static Double target(JsonNode measure, QaPolicy qaPolicy) {
		if (measure.has("target")) {
			return measure.path("target").asDouble();
		}
		String named = Json.text(measure, "targetFromQaPolicy");
		java.math.BigDecimal target = (named == null || qaPolicy == null) ? null : qaPolicy.targets().named(named);
		return (target == null) ? null : target.doubleValue();
	}

	private static Between between(JsonNode node) {
		return (node == null) ? null : new Between(Json.text(node, "from"), Json.text(node, "to"));
	}

	static ReportDefinition read(ConfigDocument document, QaPolicy qaPolicy) {
		JsonNode spec = document.spec();
		JsonNode period = Json.node(spec, "period");
		JsonNode layout = Json.node(spec, "layout");
		List<Dimension> dimensions = new ArrayList<>();
		spec.path("dimensions")
			.forEach(node -> dimensions
				.add(new Dimension(Json.text(node, "id"), Json.node(node, "label"), Json.text(node, "field"),
						node.path("orgStructure").asString("at-time-of-case"), Json.text(node, "codeList"))));
		List<Measure> measures = new ArrayList<>();
		spec.path("measures")
			.forEach(node -> measures.add(new Measure(Json.text(node, "id"), Json.node(node, "label"),
					Json.text(node, "type"), Json.text(node, "field"), between(Json.node(node, "between")),
					node.has("between") ? node.path("unit").asString("working-days") : null, Json.node(node, "where"),
					Json.node(node, "denominatorWhere"), target(node, qaPolicy),
					Json.text(node, "targetFromQaPolicy"))));
		List<Filter> filters = new ArrayList<>();
		spec.path("filters")
			.forEach(node -> filters
				.add(new Filter(Json.text(node, "field"), Json.text(node, "op"), Json.node(node, "value"))));
		return new ReportDefinition(document.id(), document.title(), Json.node(spec, "description"),
				Json.strings(spec, "feedbackTypes"),
				(period == null) ? null
						: new Period(
								Json.text(period, "type"), period.has("days") ? period.path("days").asInt() : null),
				dimensions, measures, filters,
				(layout == null) ? null
						: new Layout(Json.text(layout, "type"), Json.strings(layout, "rows"),
								Json.strings(layout, "columns")),
				spec.has("outputs") ? Json.strings(spec, "outputs") : ALL_OUTPUTS, Json.text(spec, "schedule"),
				spec.has("suppressBelow") ? spec.path("suppressBelow").asInt() : null, Json.text(spec, "source"),
				Population.read(Json.node(spec, "population")));
	}

}
