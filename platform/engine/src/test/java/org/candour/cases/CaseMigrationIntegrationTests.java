package org.candour.cases;

import java.util.Map;

import org.candour.support.Api;
import org.candour.support.CaseApi;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.ConfigFixtures;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open cases stay on their configuration version until an explicit, dry-runnable
 * migration.
 */
@CandourIntegrationTest
class CaseMigrationIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	String tenant;

	CaseApi cases;

	@BeforeEach
	void tenant() {
		this.clock.set("2026-11-18T10:00:00Z");
		this.tenant = this.testTenants.withConfiguration("chc-two-stage");
		this.cases = new CaseApi(this.api, this.tenant);
	}

	@Test
	void openCasesStayPinnedToTheirConfigurationVersionAcrossAPublish() {
		String reference = logged();
		ObjectNode workflow = ConfigFixtures.document("chc-two-stage", "workflow", "complaint-stage-1");
		((ObjectNode) workflow.path("spec").path("clocks").get(0).path("duration")).put("amount", 2);
		this.api.put("/api/tenants/" + this.tenant + "/config/draft/workflow/complaint-stage-1", workflow);
		assertThat(this.api.post("/api/tenants/" + this.tenant + "/config/publish", Map.of("comment", "2 day ack"))
			.status()).isEqualTo(201);

		JsonNode pinned = this.cases.acted(reference, "acknowledge", Map.of());
		assertThat(pinned.path("configVersion").asInt()).isEqualTo(1);
		assertThat(CaseApi.due(pinned, "acknowledge")).isEqualTo("2026-11-25");
		JsonNode newer = this.cases.logged(ComplaintHandlingCodeIntegrationTests.complaint());
		assertThat(newer.path("configVersion").asInt()).isEqualTo(2);
		assertThat(CaseApi.due(newer, "acknowledge")).isEqualTo("2026-11-20");
	}

	@Test
	void migrationDryRunChangesNothingAndTheRealRunMatchesIt() {
		String reference = logged();
		ObjectNode workflow = ConfigFixtures.document("chc-two-stage", "workflow", "complaint-stage-1");
		((ObjectNode) workflow.path("spec").path("clocks").get(0).path("duration")).put("amount", 3);
		this.api.put("/api/tenants/" + this.tenant + "/config/draft/workflow/complaint-stage-1", workflow);
		this.api.post("/api/tenants/" + this.tenant + "/config/publish", Map.of());
		JsonNode before = this.cases.read(reference);

		Map<String, Object> request = Map.of("targetVersion", 2, "dryRun", true);
		JsonNode dry = this.api.post(this.cases.base() + "/migrate", request).body();
		assertThat(dry.path("selected").asInt()).isEqualTo(1);
		assertThat(dry.path("migrated").asInt()).isZero();
		JsonNode planned = dry.path("cases").get(0);
		assertThat(planned.path("toState").asString()).isEqualTo("new");
		assertThat(planned.path("clocks").get(0).path("dueAfter").asString()).isEqualTo("2026-11-23");
		assertThat(this.cases.read(reference)).isEqualTo(before);

		JsonNode real = this.api.post(this.cases.base() + "/migrate", Map.of("targetVersion", 2, "dryRun", false))
			.body();
		JsonNode done = real.path("cases").get(0);
		assertThat(done.path("migrated").asBoolean()).isTrue();
		((ObjectNode) done).remove("migrated");
		((ObjectNode) planned).remove("migrated");
		assertThat(done).isEqualTo(planned);
		JsonNode after = this.cases.read(reference);
		assertThat(after.path("configVersion").asInt()).isEqualTo(2);
		assertThat(CaseApi.due(after, "acknowledge")).isEqualTo("2026-11-23");
		assertThat(this.cases.get("/" + reference + "/history").body().findValuesAsString("action"))
			.contains("migrate");
		assertThat(this.cases.get("/" + reference + "/history/verify").body().path("valid").asBoolean()).isTrue();
	}

	@Test
	void migrationRefusesAStateTheTargetVersionLacksUntilItIsMapped() {
		String reference = logged();
		this.cases.acted(reference, "acknowledge", Map.of());
		ObjectNode workflow = ConfigFixtures.document("chc-two-stage", "workflow", "complaint-stage-1");
		String renamed = workflow.toString().replace("\"acknowledged\"", "\"with-officer\"");
		this.api.put("/api/tenants/" + this.tenant + "/config/draft/workflow/complaint-stage-1", renamed);
		assertThat(this.api.post("/api/tenants/" + this.tenant + "/config/publish", Map.of()).status()).isEqualTo(201);
		JsonNode unmapped = this.api.post(this.cases.base() + "/migrate", Map.of("targetVersion", 2, "dryRun", false))
			.body();
		assertThat(unmapped.path("cases").get(0).path("problems").findValuesAsString("code"))
			.contains("migrate.state-missing");
		assertThat(this.cases.read(reference).path("configVersion").asInt()).isEqualTo(1);
		JsonNode mapped = this.api
			.post(this.cases.base() + "/migrate",
					Map.of("targetVersion", 2, "dryRun", false, "stateMapping", Map.of("acknowledged", "with-officer")))
			.body();
		assertThat(mapped.path("migrated").asInt()).isEqualTo(1);
		assertThat(this.cases.read(reference).path("state").asString()).isEqualTo("with-officer");
	}

	private String logged() {
		return this.cases.logged(ComplaintHandlingCodeIntegrationTests.complaint()).path("reference").asString();
	}

}
