package org.candour.reports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.CaseApi;
import org.candour.support.ConfigFixtures;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.reports.output.Format;
import org.candour.reports.output.ReportOutputs;
import org.candour.support.TestTokens;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report runs through the API, as Spring Batch jobs on the MongoDB job repository: the
 * table, the run history, refusals, a run interrupted part-way and restarted, a published
 * snapshot that does not change when its cases do, and who may read what.
 */
@CandourIntegrationTest
class ReportRunsIntegrationTests {

	private static final String REPORT = """
			{"kind": "report", "id": "received", "title": "Received by type", "spec": {
			 "feedbackTypes": ["complaint", "compliment"], "suppressBelow": 2,
			 "dimensions": [{"id": "type", "label": "Type", "field": "feedbackType"}],
			 "measures": [{"id": "received", "label": "Received", "type": "count"},
			  {"id": "by-phone", "label": "By phone", "type": "percentage",
			   "where": {"properties": {"channel": {"const": "phone"}}}}]}}""";

	private static final String COMPLIMENT = """
			{"kind": "feedback-type", "id": "compliment", "title": "Compliment",
			 "spec": {"category": "compliment", "form": "complaint-form", "workflow": "complaint-flow"}}""";

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestTokens tokens;

	@Autowired
	TestClock clock;

	@Autowired
	InterruptedRuns interruptions;

	@Autowired
	JsonMapper json;

	@Autowired
	ReportRuns runs;

	String tenant;

	CaseApi cases;

	@BeforeEach
	void tenantWithCases() {
		this.clock.set("2026-05-05T10:00:00Z");
		List<ObjectNode> documents = ConfigFixtures.documents("minimal");
		documents.add((ObjectNode) this.json.readTree(REPORT));
		documents.add((ObjectNode) this.json.readTree(COMPLIMENT));
		this.tenant = this.testTenants.withConfiguration("Report runs", documents);
		this.cases = new CaseApi(this.api, this.tenant);
		log("complaint", "phone");
		log("complaint", "web");
		log("compliment", "web");
	}

	@Test
	void aManagerRunsAReportAndReadsItsTableAndHistory() {
		Api.Response started = run("MANAGER", Map.of("period", Map.of("from", "2026-04-01", "to", "2027-03-31")));

		assertThat(started.status()).isEqualTo(202);
		String runId = started.body().path("runId").asString();
		assertThat(started.header("Location")).endsWith("/reports/runs/" + runId);
		JsonNode run = get("MANAGER", "/runs/" + runId).body();
		assertThat(run.path("status").asString()).isEqualTo("completed");
		assertThat(run.path("requestedBy").asString()).isEqualTo("manager@" + this.tenant);
		assertThat(run.at("/period/from").asString()).isEqualTo("2026-04-01");
		assertThat(run.at("/columns/0/label").asString()).isEqualTo("Type");
		assertThat(run.at("/rows/0/key/type").asString()).isEqualTo("complaint");
		assertThat(run.at("/rows/0/values/received").asDouble()).isEqualTo(2.0);
		assertThat(run.at("/rows/0/values/by-phone").asDouble()).isEqualTo(50.0);
		assertThat(run.at("/rows/0/fractions/by-phone/denominator").asLong()).isEqualTo(2);
		assertThat(run.at("/rows/1/values/received").asDouble()).isEqualTo(1.0);
		assertThat(run.at("/totals/received").asDouble()).isEqualTo(3.0);
		assertThat(run.path("rowCount").asInt()).isEqualTo(2);
		assertThat(run.path("contentHash").asString()).hasSize(64);
		JsonNode history = get("AUDITOR", "/runs").body();
		assertThat(history.at("/0/runId").asString()).isEqualTo(runId);
		assertThat(history.at("/0/status").asString()).isEqualTo("completed");
	}

	@Test
	void aPeriodOutsideTheCasesCountsNothingAndAnEmptyDenominatorIsNotApplicable() {
		String runId = run("MANAGER", Map.of("period", Map.of("from", "2025-04-01", "to", "2026-03-31"))).body()
			.path("runId")
			.asString();

		JsonNode run = get("MANAGER", "/runs/" + runId).body();
		assertThat(run.path("rows")).isEmpty();
		assertThat(run.at("/totals/received").asDouble()).isZero();
		assertThat(run.at("/totals/by-phone").isNull()).as("n/a, never 0%").isTrue();
	}

	@Test
	void badRequestsAreRefusedWithPointersAndStartNothing() {
		Api.Response unknownStructure = run("MANAGER", Map.of("structure", "yesterday"));
		Api.Response reversed = run("MANAGER", Map.of("period", Map.of("from", "2026-04-01", "to", "2026-03-31")));
		Api.Response unknownReport = this.api.sendAs(token("MANAGER"), "POST", base() + "/no-such-report/runs",
				Map.of());

		assertThat(unknownStructure.status()).isEqualTo(422);
		assertThat(unknownStructure.body().at("/errors/0/pointer").asString()).isEqualTo("/structure");
		assertThat(reversed.status()).isEqualTo(400);
		assertThat(reversed.body().at("/errors/0/pointer").asString()).isEqualTo("/period/to");
		assertThat(unknownReport.status()).isEqualTo(404);
		assertThat(get("MANAGER", "/runs").body()).isEmpty();
	}

	@Test
	void aRunInterruptedPartWayRestartsToTheResultOfAnUninterruptedRun() {
		String whole = run("MANAGER", Map.of()).body().path("runId").asString();
		this.interruptions.interruptAfterCounting("complaint");
		String interrupted = run("MANAGER", Map.of()).body().path("runId").asString();

		JsonNode failed = get("MANAGER", "/runs/" + interrupted).body();
		assertThat(failed.path("status").asString()).isEqualTo("failed");
		assertThat(failed.path("error").asString()).contains("Injected crash");
		Api.Response restarted = this.api.sendAs(token("MANAGER"), "POST", base() + "/runs/" + interrupted + "/restart",
				null);

		assertThat(restarted.status()).isEqualTo(202);
		JsonNode finished = get("MANAGER", "/runs/" + interrupted).body();
		assertThat(finished.path("status").asString()).isEqualTo("completed");
		assertThat(finished.path("contentHash").asString())
			.isEqualTo(get("MANAGER", "/runs/" + whole).body().path("contentHash").asString());
		assertThat(finished.at("/totals/received").asDouble()).isEqualTo(3.0);
	}

	@Test
	void aPublishedSnapshotStaysAsPublishedWhenItsCasesChangeAndOfficersReadOnlyThat() {
		String runId = run("MANAGER", Map.of()).body().path("runId").asString();
		String unpublished = run("MANAGER", Map.of()).body().path("runId").asString();

		Api.Response byAuditor = this.api.sendAs(token("AUDITOR"), "POST", base() + "/runs/" + runId + "/publish",
				null);
		Api.Response published = this.api.sendAs(token("MANAGER"), "POST", base() + "/runs/" + runId + "/publish",
				null);
		byte[] csvWhenPublished = publishedCsv(runId);
		log("complaint", "phone");
		String later = run("MANAGER", Map.of()).body().path("runId").asString();

		assertThat(byAuditor.status()).isEqualTo(403);
		assertThat(published.status()).isEqualTo(200);
		assertThat(published.body().path("publishedBy").asString()).isEqualTo("manager@" + this.tenant);
		JsonNode snapshots = get("OFFICER", "/received/published").body();
		assertThat(snapshots).hasSize(1);
		assertThat(snapshots.at("/0/runId").asString()).isEqualTo(runId);
		JsonNode asOfficer = get("OFFICER", "/runs/" + runId).body();
		assertThat(asOfficer.at("/totals/received").asDouble()).isEqualTo(3.0);
		assertThat(asOfficer.path("contentHash").asString()).isEqualTo(published.body().path("contentHash").asString());
		assertThat(get("MANAGER", "/runs/" + later).body().at("/totals/received").asDouble()).isEqualTo(4.0);
		assertThat(get("OFFICER", "/runs/" + unpublished).status()).isEqualTo(404);
		assertThat(publishedCsv(runId)).as("re-rendered after its cases changed").isEqualTo(csvWhenPublished);
		assertThat(new String(csvWhenPublished, StandardCharsets.UTF_8)).as("the one compliment is a small number")
			.contains("fewer than 2");
		assertThat(run("OFFICER", Map.of()).status()).isEqualTo(403);
	}

	private byte[] publishedCsv(String runId) {
		return TenantContext.callAs(CurrentTenant.pooled(this.tenant),
				() -> ReportOutputs.render(this.runs.publishedResult(runId).orElseThrow(), Format.CSV, true));
	}

	private Api.Response run(String role, Map<String, Object> body) {
		return this.api.sendAs(token(role), "POST", base() + "/received/runs", body);
	}

	private Api.Response get(String role, String path) {
		return this.api.sendAs(token(role), "GET", base() + path, null);
	}

	private String base() {
		return "/api/tenants/" + this.tenant + "/reports";
	}

	private String token(String role) {
		return this.tokens.member(role.toLowerCase() + "@" + this.tenant, this.tenant, Set.of(role), Set.of());
	}

	private void log(String type, String channel) {
		this.cases.logged(Map.of("feedbackType", type, "channel", channel, "orgUnit", "adult-care", "data",
				Map.of("summary", "About the service")));
	}

}
