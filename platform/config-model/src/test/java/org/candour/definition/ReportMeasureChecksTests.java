package org.candour.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A report's measures are refused at validation when the engine could not count them
 * exactly: an unknown event, a clock no workflow of the report has, a measure with
 * nothing to aggregate, a condition that cannot be translated.
 */
class ReportMeasureChecksTests {

	private static final ConfigSetValidator VALIDATOR = new ConfigSetValidator(new Schemas());

	private static final List<String> KINDS = List.of("feedback-type", "form", "workflow", "org-structure", "calendar",
			"notification-template", "report");

	private final Map<String, ObjectNode> documents = new LinkedHashMap<>();

	@BeforeEach
	void loadConsistentSet() {
		KINDS.forEach(kind -> this.documents.put(kind, JsonResources.read("sets/consistent/" + kind + ".json")));
	}

	@Test
	void acceptsEveryMeasureTypeAndTheTimeBetweenKnownEvents() {
		addMeasures("""
				[{"id": "median-days", "label": "Median", "type": "median",
				  "between": {"from": "received", "to": "clocks.respond.stopped"}},
				 {"id": "avg-days", "label": "Avg", "type": "avg", "unit": "calendar-days",
				  "between": {"from": "clocks.acknowledge.started", "to": "closed"}},
				 {"id": "complainants", "label": "Complainants", "type": "distinct", "field": "assignee"},
				 {"id": "longest", "label": "Longest", "type": "max", "field": "outcome.redress"}]""");

		ValidationReport report = validate();

		assertThat(report.errors()).isEmpty();
	}

	@Test
	void refusesAnUnknownEventAndAClockNoWorkflowOfTheReportHas() {
		addMeasures("""
				[{"id": "days", "label": "Days", "type": "median",
				  "between": {"from": "logged", "to": "clocks.reply.stopped"}}]""");

		assertThat(validate().errors()).extracting(Problem::code, Problem::document, Problem::pointer)
			.containsExactly(
					tuple("report.event-unknown", "report/stage-1-performance", "/spec/measures/4/between/from"),
					tuple("report.clock-missing", "report/stage-1-performance", "/spec/measures/4/between/to"));
	}

	@Test
	void refusesAClockMarkedNotReportableWhereverTheReportNamesItAndAFieldOfAMissingClock() {
		ObjectNode acknowledge = (ObjectNode) this.documents.get("workflow").at("/spec/clocks/0");
		assertThat(acknowledge.path("id").asString()).isEqualTo("acknowledge");
		acknowledge.put("reportable", false);
		addMeasures("""
				[{"id": "days", "label": "Days", "type": "median",
				  "between": {"from": "clocks.acknowledge.started", "to": "closed"}},
				 {"id": "ack", "label": "Acknowledged", "type": "distinct", "field": "clocks.acknowledge.status"},
				 {"id": "reply", "label": "Reply", "type": "distinct", "field": "clocks.reply.status"}]""");
		((ArrayNode) this.documents.get("report").at("/spec/dimensions")).addObject()
			.put("id", "ack-status")
			.put("label", "Acknowledged")
			.put("field", "clocks.acknowledge.status");

		assertThat(validate().errors()).extracting(Problem::code, Problem::pointer)
			.containsExactlyInAnyOrder(tuple("report.clock-not-reportable", "/spec/measures/4/between/from"),
					tuple("report.clock-not-reportable", "/spec/measures/5/field"),
					tuple("report.clock-missing", "/spec/measures/6/field"),
					tuple("report.clock-not-reportable", "/spec/dimensions/4/field"));
	}

	@Test
	void refusesAnAverageOfNothingAndTimeBetweenEventsOnACount() {
		addMeasures("""
				[{"id": "avg", "label": "Avg", "type": "avg"},
				 {"id": "count", "label": "N", "type": "count", "between": {"from": "received", "to": "closed"}}]""");

		assertThat(validate().errors()).extracting(Problem::code, Problem::pointer)
			.containsExactly(tuple("report.measure-needs-field", "/spec/measures/4"),
					tuple("report.between-unused", "/spec/measures/5/between"));
	}

	@Test
	void refusesADistinctWithoutAFieldByTheMetaSchema() {
		addMeasures("""
				[{"id": "people", "label": "People", "type": "distinct"}]""");

		assertThat(validate().errors()).extracting(Problem::code, Problem::pointer)
			.containsExactly(tuple("meta.required", "/spec/measures/4/field"));
	}

	@Test
	void refusesAConditionThatCannotBeCountedExactly() {
		addMeasures("""
				[{"id": "odd", "label": "Odd", "type": "count",
				  "where": {"properties": {"data": {"properties": {"summary": {"pattern": "^Pot"}}}}}}]""");

		assertThat(validate().errors()).extracting(Problem::code, Problem::pointer)
			.containsExactly(tuple("report.where-untranslatable",
					"/spec/measures/4/where/properties/data/properties/summary/pattern"));
	}

	private void addMeasures(String measures) {
		ArrayNode added = (ArrayNode) JsonResources.parse(measures);
		((ArrayNode) this.documents.get("report").at("/spec/measures")).addAll(added);
	}

	private ValidationReport validate() {
		List<ConfigDocument> set = new ArrayList<>();
		this.documents.values().forEach(content -> set.add(ConfigDocument.of(content)));
		return VALIDATOR.validate(set);
	}

}
