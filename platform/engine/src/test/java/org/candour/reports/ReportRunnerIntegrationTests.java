package org.candour.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.candour.cases.CaseDocuments;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.ReportDefinition;
import org.candour.demo.synthetic.SyntheticCases;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.ConfigFixtures;
import org.candour.support.CaseApi;
import org.candour.support.Restructure;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report definitions run as aggregations on the embedded server: the org structure at the
 * time or remapped after a merge, the period boundary, a percentage with nothing to
 * divide by, row dimensions in the order of the layout's rows, and every report of every
 * shipped pack on synthetic data.
 */
@CandourIntegrationTest
class ReportRunnerIntegrationTests {

	private static final String REPORT = """
			{"kind": "report", "id": "by-unit", "title": "By unit", "spec": {
			 "dimensions": [{"id": "unit", "label": "Unit", "field": "orgUnit"}],
			 "measures": [{"id": "received", "label": "Received", "type": "count"},
			  {"id": "decided", "label": "Decided", "type": "percentage",
			   "where": {"required": ["outcome"], "properties": {"outcome": {"required": ["decision"]}}},
			   "denominatorWhere": {"required": ["outcome"], "properties": {"outcome": {"required": ["decision"]}}}}]}}""";

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

	@Autowired
	SyntheticCases synthetic;

	@Autowired
	CaseDocuments cases;

	@Test
	void countsByTheStructureAtTheTimeOrRemappedAfterAMergeWithinThePeriod() {
		List<ObjectNode> documents = Restructure.minimal(this.json);
		documents.add((ObjectNode) this.json.readTree(REPORT));
		this.clock.set("2025-03-31T10:00:00Z");
		String tenant = this.testTenants.withConfiguration("Reports", documents);
		CaseApi cases = new CaseApi(this.api, tenant);
		log(cases, "highways-north");
		log(cases, "highways-south");
		this.clock.set("2025-04-01T10:00:00Z");
		log(cases, "highways-maintenance");
		log(cases, "highways-maintenance");

		TenantContext.runAs(CurrentTenant.pooled(tenant), () -> {
			CompiledConfiguration model = this.configurations.require().model();
			ReportDefinition report = model.reports().get("by-unit");

			ReportTable atTheTime = this.runner.run(report,
					new ReportRunner.Run(null, null, null, model.orgStructure()));
			ReportTable remapped = this.runner.run(report,
					new ReportRunner.Run(null, null, LocalDate.of(2025, 4, 1), model.orgStructure()));
			ReportTable april = this.runner.run(report, new ReportRunner.Run(LocalDate.of(2025, 4, 1),
					LocalDate.of(2026, 3, 31), null, model.orgStructure()));

			assertThat(counts(atTheTime))
				.isEqualTo(Map.of("highways-maintenance", 2.0, "highways-north", 1.0, "highways-south", 1.0));
			assertThat(counts(remapped)).isEqualTo(Map.of("highways-maintenance", 4.0));
			assertThat(counts(april)).isEqualTo(Map.of("highways-maintenance", 2.0));
			assertThat(atTheTime.totals().get("received").value()).isEqualTo(4.0);
			ReportTable.Figure decided = atTheTime.totals().get("decided");
			assertThat(decided.value()).as("nothing to divide by: n/a, never 0%").isNull();
			assertThat(decided.denominator()).isZero();
		});
	}

	@Test
	void aDimensionAskingForTodaysStructureIsWhatARunCountsByUnlessTheRunSaysOtherwise() {
		List<ObjectNode> documents = Restructure.minimal(this.json);
		documents.add((ObjectNode) this.json.readTree(
				REPORT.replace("\"field\": \"orgUnit\"}", "\"field\": \"orgUnit\", \"orgStructure\": \"current\"}")));
		this.clock.set("2025-03-31T10:00:00Z");
		String tenant = this.testTenants.withConfiguration("Reports today", documents);
		CaseApi cases = new CaseApi(this.api, tenant);
		log(cases, "highways-north");
		log(cases, "highways-south");
		this.clock.set("2025-04-01T10:00:00Z");
		log(cases, "highways-maintenance");

		assertThat(units(tenant, Map.of())).as("the definition's own structure")
			.isEqualTo(Map.of("highways-maintenance", 3.0));
		assertThat(units(tenant, Map.of("structure", "at-the-time")))
			.isEqualTo(Map.of("highways-maintenance", 1.0, "highways-north", 1.0, "highways-south", 1.0));
	}

	/** A run of "by-unit" over all time through the API: received by unit. */
	private Map<String, Double> units(String tenant, Map<String, Object> structure) {
		Map<String, Object> body = new java.util.HashMap<>(structure);
		body.put("period", Map.of("from", "2020-01-01", "to", "2030-12-31"));
		Api.Response started = this.api.post("/api/tenants/" + tenant + "/reports/by-unit/runs", body);
		assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
		tools.jackson.databind.JsonNode run = this.api
			.get("/api/tenants/" + tenant + "/reports/runs/" + started.body().path("runId").asString())
			.body();
		Map<String, Double> counts = new java.util.HashMap<>();
		run.path("rows")
			.forEach(row -> counts.put(row.path("key").path("unit").asString(),
					row.path("values").path("received").asDouble()));
		return counts;
	}

	@Test
	void showsTheRowDimensionsInTheOrderTheLayoutListsThem() {
		List<ObjectNode> documents = ConfigFixtures.documents("minimal");
		documents.add((ObjectNode) this.json.readTree("""
				{"kind": "feedback-type", "id": "compliment", "title": "Compliment",
				 "spec": {"category": "compliment", "form": "complaint-form", "workflow": "complaint-flow"}}"""));
		documents.add((ObjectNode) this.json.readTree("""
				{"kind": "report", "id": "by-channel", "title": "By channel", "spec": {
				 "dimensions": [{"id": "type", "label": "Type", "field": "feedbackType"},
				  {"id": "channel", "label": "Channel", "field": "channel"}],
				 "measures": [{"id": "received", "label": "Received", "type": "count"}],
				 "layout": {"type": "table", "rows": ["channel", "type"]}}}"""));
		this.clock.set("2026-05-05T10:00:00Z");
		String tenant = this.testTenants.withConfiguration("Row order", documents);
		CaseApi cases = new CaseApi(this.api, tenant);
		for (String[] logged : List.of(new String[] { "complaint", "web" }, new String[] { "compliment", "phone" },
				new String[] { "complaint", "phone" })) {
			cases.logged(Map.of("feedbackType", logged[0], "channel", logged[1], "orgUnit", "adult-care", "data",
					Map.of("summary", "About the service")));
		}

		TenantContext.runAs(CurrentTenant.pooled(tenant), () -> {
			CompiledConfiguration model = this.configurations.require().model();
			ReportTable table = this.runner.run(model.reports().get("by-channel"),
					new ReportRunner.Run(null, null, null, model.orgStructure()));

			assertThat(table.columns()).extracting(ReportTable.Column::id)
				.containsExactly("channel", "type", "received");
			assertThat(table.rows()).extracting(row -> row.key().get("channel") + " " + row.key().get("type"))
				.containsExactly("phone complaint", "phone compliment", "web complaint");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "county-council", "unitary-council-triage", "central-government-department",
			"ombudsman-customer-care" })
	void everyShippedReportRunsOnSyntheticCasesAndCountsItsTypesCases(String pack) {
		this.clock.set("2026-11-18T10:00:00Z");
		String tenant = this.testTenants.withShippedPack("rr", pack);
		TenantContext.runAs(CurrentTenant.pooled(tenant), () -> {
			this.synthetic.generate(120, 5L);
			CompiledConfiguration model = this.configurations.require().model();
			List<String> ran = new ArrayList<>();
			for (ReportDefinition report : model.reports().values()) {
				ReportTable table = this.runner.run(report,
						new ReportRunner.Run(null, null, null, model.orgStructure()));
				Document ofTypes = report.feedbackTypes().isEmpty() ? new Document()
						: new Document("feedbackType", new Document("$in", report.feedbackTypes()));
				for (ReportDefinition.Measure measure : report.measures()) {
					if ("count".equals(measure.type()) && measure.where() == null && report.filters().isEmpty()
							&& report.reportSource() == org.candour.definition.model.ReportSource.CASES) {
						assertThat(table.totals().get(measure.id()).value()).as("%s %s", report.id(), measure.id())
							.isEqualTo((double) this.cases.count(ofTypes));
					}
				}
				assertThat(table.columns()).hasSize(report.dimensions().size() + report.measures().size());
				ran.add(report.id());
			}
			assertThat(ran).hasSameSizeAs(model.reports().values());
		});
	}

	private static void log(CaseApi cases, String unit) {
		cases.logged(Map.of("feedbackType", "complaint", "channel", "web", "orgUnit", unit, "data",
				Map.of("summary", "Pothole")));
	}

	private static Map<String, Double> counts(ReportTable table) {
		Map<String, Double> counts = new java.util.TreeMap<>();
		table.rows().forEach(row -> counts.put(row.key().get("unit"), row.values().get("received").value()));
		return counts;
	}

}
