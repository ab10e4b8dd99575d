package org.candour.retention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.CaseApi;
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
 * The county pack's compliments are kept 36 months after closure, then anonymised: the
 * dry run lists what a day's run would dispose of, the run removes the person and the
 * free text (history included) but keeps what reports count, the history still verifies,
 * the log says what went under which rule, legal hold keeps a case, and a type whose rule
 * says delete loses its cases altogether.
 */
@CandourIntegrationTest
class RetentionIntegrationTests {

	private static final String NAME = "Robin Example";

	private static final String DETAILS = "The staff at Northby library helped me apply for a job online.";

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
		this.clock.set("2024-06-10T10:00:00Z");
		this.tenant = this.testTenants.withShippedPack("retention", "county-council");
		this.cases = new CaseApi(this.api, this.tenant);
	}

	@Test
	void aComplimentClosedMoreThan36MonthsAgoIsAnonymisedAndStillCountsWhatReportsCount() {
		String old = closedCompliment("2024-06-10");
		this.clock.set("2024-11-01T10:00:00Z");
		String recent = closedCompliment("2024-11-01");
		this.clock.set("2027-07-01T09:00:00Z");

		JsonNode dryRun = this.api.get(base() + "/retention?on=2027-06-30").body();
		assertThat(due(dryRun, "compliment")).containsExactly(old);
		assertThat(due(this.api.get(base() + "/retention?on=2027-11-01").body(), "compliment")).containsExactly(old,
				recent);
		JsonNode nextRun = this.api.get(base() + "/retention/due").body();
		assertThat(nextRun.path("nextRunAt").asString()).as("02:30 in London is 01:30 UTC in summer")
			.isEqualTo("2027-07-02T01:30:00Z");
		assertThat(nextRun.path("on").asString()).isEqualTo("2027-07-02");
		assertThat(due(nextRun, "compliment")).containsExactly(old);
		assertThat(this.cases.read(old).path("data").path("details").asString()).as("a dry run changes nothing")
			.isEqualTo(DETAILS);

		JsonNode before = yearReport();
		JsonNode run = this.api.post(base() + "/retention/runs", Map.of()).body();
		assertThat(run.path("anonymised").asInt()).isEqualTo(1);
		assertThat(yearReport()).as("the report of the year the cases closed still adds up").isEqualTo(before);

		JsonNode anonymised = this.cases.read(old);
		assertThat(anonymised.path("data").has("details")).isFalse();
		assertThat(anonymised.path("data").has("summary")).isFalse();
		assertThat(anonymised.path("data").path("service").asString()).isEqualTo("libraries-registration");
		assertThat(anonymised.path("state").asString()).isEqualTo("closed");
		assertThat(anonymised.path("outcome").path("decision").asString()).isEqualTo("passed-to-service");
		assertThat(anonymised.path("outcome").path("responseDate").asString()).isEqualTo("2024-06-10");
		assertThat(anonymised.path("meta").path("disposal").path("rule").asString())
			.isEqualTo("compliment: anonymise 36 months after closure");
		assertThat(anonymised.toString()).doesNotContain(NAME, "robin@example.org", DETAILS, "Thanked the team");
		JsonNode history = this.cases.get("/" + old + "/history").body();
		assertThat(history.toString()).doesNotContain(NAME, DETAILS, "Thanked the team");
		assertThat(history.get(history.size() - 1).path("action").asString()).isEqualTo("anonymised");
		assertThat(history.get(history.size() - 1).path("by").asString()).isEqualTo("system");
		assertThat(this.cases.get("/" + old + "/history/verify").body().path("valid").asBoolean())
			.as("the chain and signatures of redacted entries still verify")
			.isTrue();
		assertThat(this.cases.get("/" + old + "/notifications").body()).as("the notifications sent went with it")
			.isEmpty();
		assertThat(this.cases.read(recent).path("data").path("details").asString()).isEqualTo(DETAILS);

		JsonNode log = this.api.get(base() + "/retention/log").body();
		assertThat(log).hasSize(1);
		assertThat(log.get(0).path("reference").asString()).isEqualTo(old);
		assertThat(log.get(0).path("action").asString()).isEqualTo("anonymised");
		assertThat(log.get(0).path("by").asString()).isNotBlank();
		assertThat(log.toString()).doesNotContain(NAME, DETAILS);
		assertThat(this.api.post(base() + "/retention/runs", Map.of()).body().path("anonymised").asInt())
			.as("a case is disposed of once")
			.isZero();
	}

	@Test
	void aCaseOnLegalHoldIsKeptUntilTheHoldIsTakenOff() {
		String held = closedCompliment("2024-06-10");
		Api.Response refused = this.api.put(base() + "/cases/" + held + "/legal-hold", Map.of("held", true));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().toString()).contains("/reason");
		assertThat(this.api
			.put(base() + "/cases/" + held + "/legal-hold", Map.of("held", true, "reason", "Ombudsman investigation"))
			.status()).isEqualTo(200);
		this.clock.set("2027-07-01T09:00:00Z");

		JsonNode run = this.api.post(base() + "/retention/runs", Map.of()).body();
		assertThat(run.path("anonymised").asInt()).isZero();
		assertThat(run.path("held").asInt()).isEqualTo(1);
		assertThat(this.cases.read(held).path("data").path("details").asString()).isEqualTo(DETAILS);
		assertThat(held(this.api.get(base() + "/retention").body(), "compliment")).containsExactly(held);

		this.api.put(base() + "/cases/" + held + "/legal-hold",
				Map.of("held", false, "reason", "Ombudsman closed the file"));
		assertThat(this.api.post(base() + "/retention/runs", Map.of()).body().path("anonymised").asInt()).isEqualTo(1);
	}

	@Test
	void aRuleThatSaysDeleteRemovesTheCase() {
		ObjectNode compliment = ConfigFixtures.shipped("county-council", "feedback-type.compliment.json");
		((ObjectNode) compliment.path("spec").path("dataProtection")).put("disposal", "delete")
			.put("retentionMonths", 12)
			.put("retentionFrom", "last-activity");
		assertThat(this.api.put(base() + "/config/draft/feedback-type/compliment", compliment).status()).isEqualTo(200);
		assertThat(this.api.post(base() + "/config/publish", Map.of("comment", "delete compliments")).status())
			.isEqualTo(201);
		String reference = closedCompliment("2024-06-10");
		this.clock.set("2024-12-01T10:00:00Z");
		this.api.post(base() + "/cases/" + reference + "/notes", Map.of("text", "Thanked the team"));
		this.clock.set("2025-11-30T10:00:00Z");
		assertThat(this.api.post(base() + "/retention/runs", Map.of()).body().path("deleted").asInt())
			.as("twelve months from the last activity, not from closure")
			.isZero();

		this.clock.set("2025-12-01T10:00:00Z");
		assertThat(this.api.post(base() + "/retention/runs", Map.of()).body().path("deleted").asInt()).isEqualTo(1);
		assertThat(this.cases.get("/" + reference).status()).isEqualTo(404);
		assertThat(this.api.get(base() + "/retention/log").body().get(0).path("action").asString())
			.isEqualTo("deleted");
	}

	@Test
	void aDryRunDateMustBeADate() {
		assertThat(this.api.get(base() + "/retention?on=March").status()).isEqualTo(400);
	}

	private String closedCompliment(String on) {
		String reference = this.cases
			.logged(Map.of("feedbackType", "compliment", "channel", "web", "data",
					Map.of("name", NAME, "email", "robin@example.org", "service", "libraries-registration", "summary",
							"Helpful library staff", "details", DETAILS, "publicationPermission", "yes-anonymous")))
			.path("reference")
			.asString();
		this.api.post(base() + "/cases/" + reference + "/notes", Map.of("text", "Thanked the team"));
		this.cases.acted(reference, "pass-to-service", Map.of("team", "libraries-team"));
		this.cases.acted(reference, "close",
				Map.of("decision", "passed-to-service", "responseDate", on, "classification", "staff-member"));
		return reference;
	}

	/** The rows of the county's "received by directorate and type" for 2024-25. */
	private JsonNode yearReport() {
		Api.Response started = this.api.post(base() + "/reports/counts-by-directorate-and-type/runs",
				Map.of("period", Map.of("from", "2024-04-01", "to", "2025-03-31")));
		assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
		JsonNode finished = this.api.get(base() + "/reports/runs/" + started.body().path("runId").asString()).body();
		assertThat(finished.path("status").asString()).as(finished.toString()).isEqualTo("completed");
		assertThat(finished.path("rows").toString()).contains("compliment");
		return finished.path("rows");
	}

	private static List<String> due(JsonNode dryRun, String feedbackType) {
		return references(dryRun, feedbackType, false);
	}

	private static List<String> held(JsonNode dryRun, String feedbackType) {
		return references(dryRun, feedbackType, true);
	}

	private static List<String> references(JsonNode dryRun, String feedbackType, boolean held) {
		List<String> found = new ArrayList<>();
		dryRun.path("feedbackTypes").forEach(type -> {
			if (type.path("feedbackType").asString().equals(feedbackType)) {
				type.path("cases").forEach(each -> {
					if (each.path("held").asBoolean() == held) {
						found.add(each.path("reference").asString());
					}
				});
			}
		});
		return found;
	}

	private String base() {
		return "/api/tenants/" + this.tenant;
	}

}
