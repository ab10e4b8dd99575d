package org.candour.cases;

import java.util.List;
import java.util.Map;

import org.candour.support.Api;
import org.candour.support.CaseApi;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The two-stage Complaint Handling Code process, defined only in test configuration. */
@CandourIntegrationTest
class ComplaintHandlingCodeIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	CaseApi cases;

	@BeforeEach
	void tenant() {
		this.clock.set("2026-11-18T10:00:00Z");
		this.cases = new CaseApi(this.api, this.testTenants.withConfiguration("chc-two-stage"));
	}

	static Map<String, Object> complaint() {
		return Map.of("feedbackType", "complaint-stage-1", "channel", "web", "data",
				Map.of("name", "Alex Smith", "email", "alex@example.org", "service", "highways", "summary",
						"Pothole reported three times", "details", "The pothole outside number 12 is still there."));
	}

	@Test
	void runsStageOneAndStageTwoWithWorkingDayDueDates() {
		JsonNode logged = this.cases.logged(complaint());
		String reference = logged.path("reference").asString();
		assertThat(reference).matches("COMP-2026-\\d{6}");
		assertThat(logged.path("state").asString()).isEqualTo("new");
		assertThat(CaseApi.due(logged, "acknowledge")).isEqualTo("2026-11-25");
		assertThat(logged.path("data").has("name")).as("contact details live in the people part").isFalse();
		assertThat(logged.path("summary").asString()).isEqualTo("Pothole reported three times");

		this.clock.set("2026-11-20T10:00:00Z");
		JsonNode acknowledged = this.cases.acted(reference, "acknowledge", Map.of());
		assertThat(CaseApi.status(acknowledged, "acknowledge")).isEqualTo("met");
		assertThat(CaseApi.due(acknowledged, "respond")).isEqualTo("2026-12-04");

		JsonNode extended = this.cases.acted(reference, "extend",
				Map.of("extensionDays", 10, "reason", "Waiting for the highways inspection"));
		assertThat(CaseApi.due(extended, "respond")).isEqualTo("2026-12-18");
		Api.Response tooLong = this.cases.act(reference, "extend", Map.of("extensionDays", 1, "reason", "More"));
		assertThat(tooLong.status()).isEqualTo(422);
		assertThat(tooLong.body().path("errors").findValuesAsString("code"))
			.contains("clock.extension-exceeds-maximum");

		this.clock.set("2026-12-10T10:00:00Z");
		JsonNode responded = this.cases.acted(reference, "respond",
				Map.of("decision", "not-upheld", "responseDate", "2026-12-10", "classification", "service-failure"));
		assertThat(CaseApi.status(responded, "respond")).isEqualTo("met");
		assertThat(responded.path("outcome").path("decision").asString()).isEqualTo("not-upheld");

		this.clock.set("2026-12-14T10:00:00Z");
		JsonNode escalated = this.cases.acted(reference, "escalate", Map.of("reason", "The road is still not fixed"));
		assertThat(escalated.path("state").asString()).isEqualTo("escalated");
		assertThat(escalated.path("stateCategory").asString()).isEqualTo("closed");
		JsonNode link = escalated.path("links").get(0);
		assertThat(link.path("relation").asString()).isEqualTo("escalated-to");
		String stageTwo = link.path("reference").asString();
		assertThat(stageTwo).matches("COMPR-2026-\\d{6}");

		JsonNode review = this.cases.read(stageTwo);
		assertThat(review.path("feedbackType").asString()).isEqualTo("complaint-stage-2");
		assertThat(review.path("links").get(0).path("relation").asString()).isEqualTo("stage-of");
		assertThat(review.path("links").get(0).path("reference").asString()).isEqualTo(reference);
		assertThat(review.path("data").path("summary").asString()).isEqualTo("Pothole reported three times");
		assertThat(review.path("data").path("escalationReason").asString()).isEqualTo("The road is still not fixed");
		assertThat(CaseApi.due(review, "acknowledge")).isEqualTo("2026-12-21");

		this.clock.set("2026-12-15T10:00:00Z");
		JsonNode reviewAcknowledged = this.cases.acted(stageTwo, "acknowledge", Map.of("reviewingOfficer", "j.khan"));
		assertThat(CaseApi.due(reviewAcknowledged, "respond")).isEqualTo("2027-01-15");

		List<String> actions = this.cases.get("/" + reference + "/history").body().findValuesAsString("action");
		assertThat(actions).containsExactly("log", "acknowledge", "extend", "respond", "escalate", "escalated");
		assertThat(this.cases.get("/" + reference + "/history/verify").body().path("valid").asBoolean()).isTrue();
		assertThat(this.cases.get("/" + stageTwo + "/history/verify").body().path("valid").asBoolean()).isTrue();
	}

	@Test
	void refusesClosureWithoutOutcomeResponseDateAndClassification() {
		String reference = this.cases.logged(complaint()).path("reference").asString();
		this.cases.acted(reference, "acknowledge", Map.of());
		Api.Response refused = this.cases.act(reference, "respond", Map.of());
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().path("errors").findValuesAsString("pointer")).contains("/inputs/decision",
				"/inputs/responseDate", "/inputs/classification");
		assertThat(this.cases.read(reference).path("state").asString()).isEqualTo("acknowledged");
		assertThat(this.cases.read(reference).path("version").asLong()).isEqualTo(1);
	}

	@Test
	void refusesAnUpheldOutcomeWithoutLearning() {
		String reference = this.cases.logged(complaint()).path("reference").asString();
		this.cases.acted(reference, "acknowledge", Map.of());
		Api.Response refused = this.cases.act(reference, "respond",
				Map.of("decision", "upheld", "responseDate", "2026-11-18", "classification", "service-failure"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().path("errors").findValuesAsString("pointer")).containsExactly("/outcome/learning");
		assertThat(this.cases.read(reference).path("outcome").size()).isZero();

		JsonNode accepted = this.cases.acted(reference, "respond",
				Map.of("decision", "upheld", "responseDate", "2026-11-18", "classification", "service-failure",
						"learning", "Inspect reported potholes within 5 days"));
		assertThat(accepted.path("outcome").path("learning").asString()).startsWith("Inspect");
	}

	@Test
	void listsOnlyTheActionsTheCaseAllowsNow() {
		String reference = this.cases.logged(complaint()).path("reference").asString();
		JsonNode actions = this.cases.get("/" + reference + "/actions").body();
		assertThat(actions.findValuesAsString("action")).containsExactlyInAnyOrder("acknowledge", "withdraw");
		Api.Response early = this.cases.act(reference, "respond", Map.of());
		assertThat(early.status()).isEqualTo(409);
	}

}
