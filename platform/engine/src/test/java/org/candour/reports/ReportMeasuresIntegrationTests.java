package org.candour.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.CaseApi;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every measure type on the four cases of {@link ReportMeasuresFixture}, whose figures
 * are known: values of a field, working days between events across Easter, distinct
 * values, a percentage of nothing; grouped by a clock's status and by financial period
 * (31 March 2025 is in 2024-25, 1 April in 2025-26); and a run split by feedback type
 * whose merged parts give the figures of one run.
 */
@CandourIntegrationTest
class ReportMeasuresIntegrationTests {

	private static final String MEASURES = """
			{"kind": "report", "id": "measures", "title": "Measures", "spec": {"measures": [
			 {"id": "cases", "label": "Cases", "type": "count"},
			 {"id": "total", "label": "Total", "type": "sum", "field": "data.amount"},
			 {"id": "mean", "label": "Mean", "type": "avg", "field": "data.amount"},
			 {"id": "least", "label": "Least", "type": "min", "field": "data.amount"},
			 {"id": "most", "label": "Most", "type": "max", "field": "data.amount"},
			 {"id": "middle", "label": "Median", "type": "median", "field": "data.amount"},
			 {"id": "people", "label": "Complainants", "type": "distinct", "field": "data.email"},
			 {"id": "median-days", "label": "Median working days to respond", "type": "median",
			  "between": {"from": "received", "to": "clocks.respond.stopped"}},
			 {"id": "avg-days", "label": "Average working days", "type": "avg",
			  "between": {"from": "received", "to": "clocks.respond.stopped"}},
			 {"id": "fastest", "label": "Fewest working days", "type": "min",
			  "between": {"from": "clocks.respond.started", "to": "clocks.respond.stopped"}},
			 {"id": "slowest", "label": "Most working days", "type": "max",
			  "between": {"from": "received", "to": "clocks.respond.stopped"}},
			 {"id": "calendar-days", "label": "Calendar days", "type": "sum", "unit": "calendar-days",
			  "between": {"from": "received", "to": "clocks.respond.stopped"}},
			 {"id": "to-close", "label": "Working days to close", "type": "avg",
			  "between": {"from": "received", "to": "closed"}},
			 {"id": "upheld", "label": "Upheld (%)", "type": "percentage",
			  "where": {"required": ["outcome"], "properties": {"outcome": {"properties": {"decision": {"const": "upheld"}}}}},
			  "denominatorWhere": {"required": ["outcome"], "properties": {"outcome": {"required": ["decision"]}}}}]}}""";

	private static final String GROUPED = """
			{"kind": "report", "id": "grouped", "title": "Grouped", "spec": {
			 "dimensions": [{"id": "status", "label": "Response", "field": "clocks.respond.status"},
			  {"id": "year", "label": "Year", "field": "receivedYear"},
			  {"id": "quarter", "label": "Quarter", "field": "receivedQuarter"}],
			 "measures": [{"id": "cases", "label": "Cases", "type": "count"},
			  {"id": "people", "label": "Complainants", "type": "distinct", "field": "data.email"},
			  {"id": "median-days", "label": "Median days", "type": "median",
			   "between": {"from": "received", "to": "clocks.respond.stopped"}}]}}""";

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	@Autowired
	JsonMapper json;

	@Autowired
	ReportRunner runner;

	@Autowired
	ActiveConfigurations configurations;

	private String tenant;

	@BeforeEach
	void logTheFixturesCases() {
		this.clock.set("2025-03-01T10:00:00Z");
		this.tenant = this.testTenants.withConfiguration("Measures",
				ReportMeasuresFixture.configuration(this.json, MEASURES, GROUPED));
		ReportMeasuresFixture.logCases(new CaseApi(this.api, this.tenant), this.clock);
	}

	@Test
	void everyMeasureGivesTheFiguresOfTheCases() {
		inTenant(model -> {
			Map<String, ReportTable.Figure> totals = this.runner.run(model.reports().get("measures"), all(model))
				.totals();

			assertThat(values(totals)).containsEntry("cases", 4.0)
				.containsEntry("total", 650.0)
				.containsEntry("mean", 162.5)
				.containsEntry("least", 50.0)
				.containsEntry("most", 300.0)
				.containsEntry("middle", 150.0)
				.containsEntry("people", 3.0)
				.as("Easter's bank holidays are not working days")
				.containsEntry("median-days", 2.0)
				.containsEntry("avg-days", 3.0)
				.containsEntry("fastest", 1.0)
				.containsEntry("slowest", 6.0)
				.containsEntry("calendar-days", 13.0)
				.as("only the closed case")
				.containsEntry("to-close", 2.0);
			assertThat(totals.get("upheld").value()).as("nothing to divide by: n/a").isNull();
			assertThat(totals.get("upheld").denominator()).isZero();
		});
	}

	@Test
	void aPeriodFromTheFirstOfAprilLeavesOutTheThirtyFirstOfMarch() {
		inTenant(model -> {
			ReportRunner.Run financialYear = new ReportRunner.Run(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31),
					null, model.orgStructure());
			Map<String, Double> totals = values(
					this.runner.run(model.reports().get("measures"), financialYear).totals());

			assertThat(totals).containsEntry("cases", 3.0).containsEntry("least", 100.0).containsEntry("people", 2.0);
			assertThat(totals).containsEntry("median-days", 3.5);
		});
	}

	@Test
	void groupsByAClocksStatusAndTheFinancialYearAndQuarterReceived() {
		inTenant(model -> {
			ReportTable table = this.runner.run(model.reports().get("grouped"), all(model));

			Map<String, Double> cases = new TreeMap<>();
			table.rows()
				.forEach(row -> cases.put(String.join(" / ", row.key().values()), row.values().get("cases").value()));
			assertThat(cases).isEqualTo(Map.of("met / 2024-25 / 2024-25 Q4", 1.0, "met / 2025-26 / 2025-26 Q1", 2.0,
					"running / 2025-26 / 2025-26 Q1", 1.0));
			assertThat(values(table.totals())).containsEntry("people", 3.0).containsEntry("median-days", 2.0);
		});
	}

	@Test
	void partsSplitByFeedbackTypeMergeIntoTheFiguresOfOneRun() {
		inTenant(model -> {
			for (String id : List.of("measures", "grouped")) {
				var report = model.reports().get(id);
				Partial complaints = this.runner.accumulate(report, all(model), List.of("complaint"));
				Partial compliments = this.runner.accumulate(report, all(model), List.of("compliment"));
				Partial stored = Partial.fromDocument(Partial.empty().merge(complaints).toDocument())
					.merge(Partial.fromDocument(compliments.toDocument()));

				assertThat(this.runner.table(report, stored)).isEqualTo(this.runner.run(report, all(model)));
				assertThat(this.runner.table(report, complaints).totals().get("cases").value()).isEqualTo(3.0);
			}
		});
	}

	private void inTenant(Consumer<CompiledConfiguration> test) {
		TenantContext.runAs(CurrentTenant.pooled(this.tenant),
				() -> test.accept(this.configurations.require().model()));
	}

	private static ReportRunner.Run all(CompiledConfiguration model) {
		return new ReportRunner.Run(null, null, null, model.orgStructure());
	}

	private static Map<String, Double> values(Map<String, ReportTable.Figure> figures) {
		Map<String, Double> values = new TreeMap<>();
		figures.forEach((measure, figure) -> values.put(measure, figure.value()));
		return values;
	}

}
