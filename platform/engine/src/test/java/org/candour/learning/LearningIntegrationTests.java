package org.candour.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.CaseApi;
import org.candour.support.ConfigFixtures;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@CandourIntegrationTest
class LearningIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	@Autowired
	TestTokens tokens;

	String tenant;

	CaseApi cases;

	@BeforeEach
	void tenant() {
		this.clock.set("2026-11-18T10:00:00Z");
		this.tenant = withLearningThemes();
		this.cases = new CaseApi(this.api, this.tenant);
	}

	@Test
	void recordsLearningWithActionsAndCountsThemOnItsCases() {
		String first = logged();
		String second = logged();
		Api.Response created = this.api.post(learning(),
				Map.of("statement", "Repeat reports were not linked", "theme", "record-keeping", "cases",
						List.of(first, second), "actions",
						List.of(action("Link repeat reports", "2026-11-18", "2026-12-18"),
								Map.of("description", "Inspect within 5 working days of a second report", "owner",
										Map.of("kind", "team", "id", "highways-maintenance"), "startDate", "2026-11-18",
										"dueInWorkingDays", 10, "complainantInvolvement", "monitor",
										"complainantAgreed", true))));

		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		JsonNode record = created.body();
		assertThat(record.path("id").asString()).isEqualTo("LRN-000001");
		assertThat(record.path("version").asInt()).isZero();
		assertThat(record.path("createdBy").asString()).isEqualTo(TestTokens.MEMBER);
		assertThat(record.path("createdAt").asString()).isEqualTo("2026-11-18T10:00:00Z");
		assertThat(record.path("orgUnit").asString()).isEqualTo(this.cases.read(first).path("orgUnit").asString());
		assertThat(record.path("open").asBoolean()).isTrue();
		JsonNode counted = record.path("actions").get(1);
		assertThat(counted.path("id").asString()).isEqualTo("A2");
		assertThat(counted.path("state").asString()).isEqualTo("planned");
		assertThat(counted.path("dueDate").asString()).as("10 working days after Wednesday 18 November")
			.isEqualTo("2026-12-02");
		assertThat(counted.path("stateChanges").get(0).path("by").asString()).isEqualTo(TestTokens.MEMBER);
		assertThat(this.cases.read(first).path("meta").path("learning"))
			.isEqualTo(JSON.readTree("{\"records\":1,\"actions\":2}"));

		Api.Response added = this.api.patch(learning() + "/LRN-000001", Map.of("version", 0, "addActions",
				List.of(action("Train the contact centre", "2026-11-20", "2027-01-15"))));

		assertThat(added.status()).as(added.body().toString()).isEqualTo(200);
		assertThat(added.body().path("version").asInt()).isEqualTo(1);
		assertThat(added.body().path("actions").get(2).path("id").asString()).isEqualTo("A3");
		assertThat(this.api.get(learning() + "/LRN-000001").body().path("actions")).hasSize(3);
		for (String reference : List.of(first, second)) {
			assertThat(this.cases.read(reference).path("meta").path("learning"))
				.isEqualTo(JSON.readTree("{\"records\":1,\"actions\":3}"));
			assertThat(this.cases.get("/" + reference + "/history/verify").body().path("valid").asBoolean())
				.as("the learning summary is recorded in the case's history")
				.isTrue();
		}
	}

	@Test
	void learningOutlivesTheClosureOfItsCase() {
		String reference = logged();
		this.cases.acted(reference, "withdraw", Map.of("reason", "Resolved by phone"));
		assertThat(this.cases.read(reference).path("stateCategory").asString()).isEqualTo("closed");

		Api.Response created = this.api.post(learning(),
				Map.of("statement", "Call back the same day", "theme", "communication", "cases", List.of(reference),
						"actions", List.of(action("Call back the same day", "2026-11-18", "2026-11-30"))));

		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		assertThat(this.cases.read(reference).path("meta").path("learning").path("actions").asInt()).isEqualTo(1);
	}

	@Test
	void recountsACaseTakenOffARecordAndAnEmptyChangeLeavesTheRecordAsItIs() {
		String kept = logged();
		String taken = logged();
		Api.Response created = this.api.post(learning(),
				Map.of("statement", "Call back the same day", "theme", "communication", "cases", List.of(kept, taken),
						"actions", List.of(action("Call back the same day", "2026-11-18", "2026-11-30"))));
		String id = created.body().path("id").asString();
		assertThat(this.cases.read(taken).path("meta").path("learning").path("records").asInt()).isEqualTo(1);

		Api.Response moved = this.api.patch(learning() + "/" + id, Map.of("cases", List.of(kept)));
		assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
		assertThat(this.cases.read(taken).path("meta").path("learning"))
			.isEqualTo(JSON.readTree("{\"records\":0,\"actions\":0}"));
		int caseVersion = this.cases.read(kept).path("version").asInt();

		Api.Response empty = this.api.patch(learning() + "/" + id, Map.of());
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body().path("version").asInt()).as("nothing changed").isEqualTo(1);
		assertThat(this.cases.read(kept).path("version").asInt()).as("the case's counts were already right")
			.isEqualTo(caseVersion);
	}

	@Test
	void refusesAnUnknownThemeOrCaseNamingEach() {
		String reference = logged();
		Api.Response refused = this.api.post(learning(),
				Map.of("statement", "Something", "theme", "weather", "cases", List.of(reference, "COMP-2026-999999"),
						"actions",
						List.of(Map.of("description", "Do it", "owner", Map.of("kind", "team", "id", "no-such-team"),
								"startDate", "2026-11-18", "dueDate", "2026-11-17"))));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(pointers(refused)).containsExactlyInAnyOrder("/theme", "/cases/1", "/actions/0/owner/id",
				"/actions/0/dueDate");
		assertThat(this.api.get(learning()).body().path("items")).isEmpty();
		assertThat(this.cases.read(reference).path("meta").has("learning")).isFalse();
	}

	@Test
	void refusesABodyThatDoesNotMatchItsSchema() {
		Api.Response refused = this.api.post(learning(),
				Map.of("statement", "Something", "theme", "delay", "cases", List.of(), "actions",
						List.of(Map.of("description", "No owner", "startDate", "2026-11-18", "dueDate", "2026-11-20",
								"complainantInvolvement", "lunch"))));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(pointers(refused)).contains("/cases", "/actions/0/owner", "/actions/0/complainantInvolvement");
	}

	@Test
	void refusesAChangeMadeFromAStaleVersion() {
		String id = recorded(action("Write to the resident", "2026-11-18", "2026-11-25"));
		assertThat(this.api.patch(learning() + "/" + id, Map.of("version", 0, "statement", "Reworded")).status())
			.isEqualTo(200);

		Api.Response stale = this.api.patch(learning() + "/" + id, Map.of("version", 0, "theme", "delay"));
		Api.Response staleIfMatch = this.api.send("PATCH", learning() + "/" + id, Map.of("theme", "delay"),
				Map.of("If-Match", "\"0\""));

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.body().path("currentVersion").asInt()).isEqualTo(1);
		assertThat(staleIfMatch.status()).isEqualTo(409);
		JsonNode stored = this.api.get(learning() + "/" + id).body();
		assertThat(stored.path("theme").asString()).isEqualTo("communication");
		assertThat(stored.path("statement").asString()).isEqualTo("Reworded");
	}

	@Test
	void anActionPastItsDueDateIsOverdueByTheApplicationClock() {
		String id = recorded(action("Write to the resident", "2026-11-18", "2026-11-20"));
		assertThat(this.api.get(learning() + "/" + id).body().path("actions").get(0).path("overdue").asBoolean())
			.isFalse();
		assertThat(this.api.get(learning() + "?status=overdue").body().path("items")).isEmpty();

		this.clock.set("2026-11-20T23:30:00Z");
		assertThat(this.api.get(learning() + "/" + id).body().path("overdue").asBoolean())
			.as("still 20 November in London")
			.isFalse();

		this.clock.set("2026-11-21T09:00:00Z");
		JsonNode late = this.api.get(learning() + "/" + id).body();
		assertThat(late.path("overdue").asBoolean()).isTrue();
		assertThat(late.path("actions").get(0).path("overdue").asBoolean()).isTrue();
		assertThat(late.path("actions").get(0).path("state").asString()).as("overdue is derived, not a state")
			.isEqualTo("planned");
		assertThat(ids(this.api.get(learning() + "?status=overdue").body())).containsExactly(id);

		this.api.patch(learning() + "/" + id, Map.of("actions", Map.of("A1", Map.of("state", "done"))));
		assertThat(this.api.get(learning() + "/" + id).body().path("overdue").asBoolean()).isFalse();
		assertThat(this.api.get(learning() + "?status=overdue").body().path("items")).isEmpty();
	}

	@Test
	void onlyAManagerVerifiesADoneAction() {
		String id = recorded(action("Write to the resident", "2026-11-18", "2026-11-25"));
		String officer = this.tokens.member("officer-lrn", this.tenant, Set.of("OFFICER"), Set.of());
		String manager = this.tokens.member("manager-lrn", this.tenant, Set.of("MANAGER"), Set.of());

		Api.Response tooEarly = this.api.sendAs(manager, "PATCH", learning() + "/" + id,
				Map.of("actions", Map.of("A1", Map.of("state", "verified"))));
		assertThat(tooEarly.status()).isEqualTo(422);
		assertThat(pointers(tooEarly)).containsExactly("/actions/A1/state");

		assertThat(this.api
			.sendAs(officer, "PATCH", learning() + "/" + id, Map.of("actions", Map.of("A1", Map.of("state", "done"))))
			.status()).isEqualTo(200);
		Api.Response byOfficer = this.api.sendAs(officer, "PATCH", learning() + "/" + id,
				Map.of("actions", Map.of("A1", Map.of("state", "verified"))));
		assertThat(byOfficer.status()).isEqualTo(403);

		Api.Response byManager = this.api.sendAs(manager, "PATCH", learning() + "/" + id,
				Map.of("actions", Map.of("A1", Map.of("state", "verified"))));
		assertThat(byManager.status()).as(byManager.body().toString()).isEqualTo(200);
		JsonNode verified = byManager.body().path("actions").get(0);
		assertThat(verified.path("state").asString()).isEqualTo("verified");
		assertThat(verified.findValuesAsString("by")).containsExactly(TestTokens.MEMBER, "officer-lrn", "manager-lrn");
		assertThat(byManager.body().path("open").asBoolean()).isFalse();
		assertThat(this.api.get(learning() + "?status=open").body().path("items")).isEmpty();
	}

	@Test
	void anAuditorReadsButDoesNotRecord() {
		String id = recorded(action("Write to the resident", "2026-11-18", "2026-11-25"));
		String auditor = this.tokens.member("auditor-lrn", this.tenant, Set.of("AUDITOR"), Set.of());

		assertThat(this.api.sendAs(auditor, "GET", learning() + "/" + id, null).status()).isEqualTo(200);
		assertThat(this.api.sendAs(auditor, "GET", "/api/tenants/" + this.tenant + "/actions", null).status())
			.isEqualTo(200);
		assertThat(this.api.sendAs(auditor, "PATCH", learning() + "/" + id, Map.of("statement", "No")).status())
			.isEqualTo(403);
	}

	@Test
	void anotherTenantCannotReadOrChangeIt() {
		String id = recorded(action("Write to the resident", "2026-11-18", "2026-11-25"));
		String other = withLearningThemes();
		String otherLearning = "/api/tenants/" + other + "/learning";

		assertThat(this.api.get(otherLearning + "/" + id).status()).isEqualTo(404);
		assertThat(this.api.get(otherLearning).body().path("items")).isEmpty();
		assertThat(this.api.get("/api/tenants/" + other + "/actions").body().path("items")).isEmpty();
		assertThat(this.api.patch(otherLearning + "/" + id, Map.of("statement", "Taken over")).status()).isEqualTo(404);
		assertThat(this.api.get(learning() + "/" + id).body().path("statement").asString())
			.isEqualTo("Call back the same day");
	}

	@Test
	void listsActionsOverdueFirstThenByDueDate() {
		recorded(action("Due in a week", "2026-11-18", "2026-11-25"),
				action("Due tomorrow", "2026-11-18", "2026-11-19"),
				action("Due next year", "2026-11-18", "2027-03-01"));
		String second = recorded(action("Due later", "2026-11-01", "2026-11-10"),
				action("Long overdue", "2026-11-01", "2026-11-05"), action("Finished", "2026-11-01", "2026-11-12"));
		this.api.patch(learning() + "/" + second, Map.of("actions", Map.of("A3", Map.of("state", "done"))));

		assertThat(descriptions(this.api.get("/api/tenants/" + this.tenant + "/actions").body()))
			.containsExactly("Long overdue", "Due later", "Finished", "Due tomorrow", "Due in a week", "Due next year");
		assertThat(descriptions(this.api.get("/api/tenants/" + this.tenant + "/actions?status=overdue").body()))
			.containsExactly("Long overdue", "Due later");
		assertThat(descriptions(this.api.get("/api/tenants/" + this.tenant + "/actions?status=due").body()))
			.as("not done, and overdue or due within 10 working days")
			.containsExactly("Long overdue", "Due later", "Due tomorrow", "Due in a week");
		assertThat(descriptions(this.api.get("/api/tenants/" + this.tenant + "/actions?status=done").body()))
			.containsExactly("Finished");
		JsonNode row = this.api.get("/api/tenants/" + this.tenant + "/actions?status=done").body().path("items").get(0);
		assertThat(row.path("learning").asString()).isEqualTo(second);
		assertThat(row.path("theme").asString()).isEqualTo("communication");
		assertThat(ids(this.api.get(learning()).body())).as("overdue records first").startsWith(second);
	}

	@Test
	void filtersTheRegisterByThemeAndOrgUnit() {
		String reference = logged();
		String orgUnit = this.cases.read(reference).path("orgUnit").asString();
		String communication = recorded(action("Write to the resident", "2026-11-18", "2026-11-25"));
		Api.Response delay = this.api.post(learning(),
				Map.of("statement", "Slow", "theme", "delay", "cases", List.of(reference), "actions", List.of()));

		assertThat(ids(this.api.get(learning() + "?theme=delay").body()))
			.containsExactly(delay.body().path("id").asString());
		assertThat(ids(this.api.get(learning() + "?orgUnit=" + orgUnit).body())).contains(communication,
				delay.body().path("id").asString());
		assertThat(ids(this.api.get(learning() + "?orgUnit=no-such-unit").body())).isEmpty();
		assertThat(this.api.get(learning() + "?status=sideways").status()).isEqualTo(400);
	}

	private String withLearningThemes() {
		List<ObjectNode> documents = new ArrayList<>(ConfigFixtures.documents("chc-two-stage"));
		documents.add((ObjectNode) JSON.readTree("""
				{"kind": "code-list", "id": "learning-themes", "title": "Learning themes", "spec": {"values": [
				  {"code": "communication", "label": "Communication"},
				  {"code": "delay", "label": "Delay"},
				  {"code": "record-keeping", "label": "Record keeping"}]}}
				"""));
		return this.testTenants.withConfiguration("Learning", documents);
	}

	private String recorded(Map<String, Object>... actions) {
		Api.Response created = this.api.post(learning(), Map.of("statement", "Call back the same day", "theme",
				"communication", "cases", List.of(logged()), "actions", List.of(actions)));
		if (created.status() != 201) {
			throw new IllegalStateException("Not recorded: " + created.body());
		}
		return created.body().path("id").asString();
	}

	private static Map<String, Object> action(String description, String start, String due) {
		return Map.of("description", description, "owner", Map.of("kind", "person", "id", "officer-lrn"), "startDate",
				start, "dueDate", due, "review", "Fortnightly at the team meeting", "completionCheck",
				"Manager samples five cases", "impactMeasure", "Repeat complaints on the same matter");
	}

	private String logged() {
		return this.cases.logged(Map.of("feedbackType", "complaint-stage-1", "channel", "web", "data",
				Map.of("name", "Alex Smith", "email", "alex@example.org", "service", "highways", "summary",
						"Pothole reported three times", "details", "The pothole outside number 12 is still there.")))
			.path("reference")
			.asString();
	}

	private String learning() {
		return "/api/tenants/" + this.tenant + "/learning";
	}

	private static List<String> pointers(Api.Response response) {
		return response.body().path("errors").findValuesAsString("pointer");
	}

	private static List<String> ids(JsonNode listing) {
		List<String> ids = new ArrayList<>();
		listing.path("items").forEach(item -> ids.add(item.path("id").asString()));
		return ids;
	}

	private static List<String> descriptions(JsonNode listing) {
		List<String> descriptions = new ArrayList<>();
		listing.path("items").forEach(item -> descriptions.add(item.path("description").asString()));
		return descriptions;
	}

}
