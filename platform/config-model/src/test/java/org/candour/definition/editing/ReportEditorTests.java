package org.candour.definition.editing;

import java.util.List;

import org.candour.definition.DocumentValidator;
import org.candour.definition.Schemas;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.definition.editing.Documents.json;
import static org.candour.definition.editing.Documents.node;

class ReportEditorTests {

	private static final DocumentValidator VALIDATOR = new DocumentValidator(new Schemas());

	private static final ReportConditions RESPONDED_ON_TIME = new ReportConditions(ConditionRows.Match.ALL,
			List.of(new ReportConditions.Row("clocks.respond.status", ReportConditions.Operator.IS, List.of("met"))));

	private static final ReportConditions RESPONDED = new ReportConditions(ConditionRows.Match.ALL,
			List.of(new ReportConditions.Row("clocks.respond.status", ReportConditions.Operator.IS_ONE_OF,
					List.of("met", "breached"))));

	@Test
	void writesComplaintsByTeamWithTheShareRespondedOnTime() {
		ObjectNode report = ReportEditor.newReport("complaints-by-team", "Complaints by team");
		report = ReportEditor.withDetails(report,
				new ReportDetails("Complaints by team", "Stage 1 complaints per team", List.of("complaint-stage-1"),
						"financial-year", null, ReportSchedule.of("0 6 1 * *").expression(), "table", List.of("csv")));
		report = ReportEditor.withDimension(report, null, new ReportDimension(null, "Team", "team", "current", null));
		report = ReportEditor.withMeasure(report, null, new ReportMeasure(null, "% responded on time", "percentage",
				null, null, null, null, RESPONDED_ON_TIME.schema(), RESPONDED.schema(), 85.0));

		assertThat(VALIDATOR.validate(report, "report", "complaints-by-team")).isEmpty();
		assertThat(report).isEqualTo(
				json("""
						{"kind": "report", "id": "complaints-by-team", "title": "Complaints by team", "spec": {
						  "measures": [
						    {"id": "cases", "label": "Cases", "type": "count"},
						    {"id": "responded-on-time", "label": "% responded on time", "type": "percentage",
						     "where": {"required": ["clocks"], "properties": {"clocks": {"required": ["respond"],
						       "properties": {"respond": {"required": ["status"], "properties": {"status": {"const": "met"}}}}}}},
						     "denominatorWhere": {"required": ["clocks"], "properties": {"clocks": {"required": ["respond"],
						       "properties": {"respond": {"required": ["status"],
						         "properties": {"status": {"enum": ["met", "breached"]}}}}}}},
						     "target": 85}],
						  "description": "Stage 1 complaints per team",
						  "feedbackTypes": ["complaint-stage-1"],
						  "period": {"type": "financial-year"},
						  "schedule": "0 6 1 * *",
						  "layout": {"type": "table"},
						  "outputs": ["csv"],
						  "dimensions": [{"id": "team", "label": "Team", "field": "team", "orgStructure": "current"}]}}
						"""));
	}

	@Test
	void changesAMeasureInPlaceKeepingItsWelshLabel() {
		ObjectNode report = json("""
				{"kind": "report", "id": "r", "title": "R", "spec": {"measures": [
				  {"id": "avg", "label": {"en": "Average days", "cy": "Dyddiau ar gyfartaledd"}, "type": "avg",
				   "between": {"from": "received", "to": "closed"}, "target": 20}]}}
				""");

		ObjectNode changed = ReportEditor.withMeasure(report, "avg", new ReportMeasure("avg", "Average working days",
				"avg", null, "received", "clocks.respond.stopped", "working-days", null, null, 15.5));

		assertThat(changed.at("/spec/measures/0")).isEqualTo(
				node("""
						{"id": "avg", "label": {"en": "Average working days", "cy": "Dyddiau ar gyfartaledd"}, "type": "avg",
						 "between": {"from": "received", "to": "clocks.respond.stopped"}, "target": 15.5, "unit": "working-days"}
						"""));
	}

	@Test
	void removesADimensionWithTheLayoutsMentionOfIt() {
		ObjectNode report = json(
				"""
						{"kind": "report", "id": "r", "title": "R", "spec": {"measures": [{"id": "n", "label": "N", "type": "count"}],
						  "dimensions": [{"id": "team", "label": "Team", "field": "team"},
						                 {"id": "type", "label": "Type", "field": "feedbackType"}],
						  "layout": {"type": "crosstab", "rows": ["team"], "columns": ["type"]}}}
						""");

		ObjectNode changed = ReportEditor.withoutDimension(report, "type");

		assertThat(changed.at("/spec/dimensions")).hasSize(1);
		assertThat(changed.at("/spec/layout"))
			.isEqualTo(node("{\"type\": \"crosstab\", \"rows\": [\"team\"], \"columns\": []}"));
		assertThat(ReportEditor.withDetails(changed, withLayout(ReportEditor.details(changed), "table"))
			.at("/spec/layout")).isEqualTo(node("{\"type\": \"table\", \"rows\": [\"team\"]}"));
	}

	@Test
	void removingTheLastMeasureLeavesAReportTheStoreRefuses() {
		ObjectNode report = ReportEditor.withoutMeasure(ReportEditor.newReport("r", "R"), "cases");

		assertThat(VALIDATOR.validate(report, "report", "r")).isNotEmpty();
	}

	@Test
	void readsConditionRowsBackFromTheSchemaTheyWrite() {
		ReportConditions either = new ReportConditions(ConditionRows.Match.ANY, List.of(
				new ReportConditions.Row("outcome.decision", ReportConditions.Operator.IS_NOT, List.of("upheld")),
				new ReportConditions.Row("outcome.responseDate", ReportConditions.Operator.IS_RECORDED, List.of()),
				new ReportConditions.Row("data.permissionToPublish", ReportConditions.Operator.IS, List.of("true"))));

		assertThat(either.schema()).isEqualTo(node("""
				{"anyOf": [
				  {"required": ["outcome"], "properties": {"outcome": {"required": ["decision"],
				    "properties": {"decision": {"not": {"const": "upheld"}}}}}},
				  {"required": ["outcome"], "properties": {"outcome": {"required": ["responseDate"]}}},
				  {"required": ["data"], "properties": {"data": {"required": ["permissionToPublish"],
				    "properties": {"permissionToPublish": {"const": true}}}}}]}
				"""));
		assertThat(ReportConditions.of(either.schema())).contains(either);
		assertThat(ReportConditions.of(node("{\"properties\": {\"clocks\": {\"properties\": {}}}}"))).isEmpty();
	}

	@Test
	void saysSchedulesInWordsAndKeepsOtherCronAsWritten() {
		assertThat(ReportSchedule.of("0 6 1 * *").words()).isEqualTo("Monthly on day 1 at 6am");
		assertThat(ReportSchedule.of("0 7 * * 1").words()).isEqualTo("Weekly on Monday at 7am");
		assertThat(ReportSchedule.of("0 6 1 1,4,7,10 *").words())
			.isEqualTo("Quarterly (January, April, July, October) on day 1 at 6am");
		assertThat(ReportSchedule.of("30 6 1 * *").kind()).isEqualTo(ReportSchedule.Kind.CRON);
		assertThat(ReportSchedule.of(null).expression()).isNull();
		assertThat(new ReportSchedule(ReportSchedule.Kind.WEEKLY, 5, 13, null).expression()).isEqualTo("0 13 * * 5");
	}

	private static ReportDetails withLayout(ReportDetails details, String layout) {
		return new ReportDetails(details.title(), details.description(), details.feedbackTypes(), details.periodType(),
				details.periodDays(), details.schedule(), layout, details.outputs());
	}

}
