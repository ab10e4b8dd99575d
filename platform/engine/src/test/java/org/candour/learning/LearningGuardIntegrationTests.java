package org.candour.learning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.CaseApi;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base pack's {@code learning-if-upheld} rule, as a county council running the
 * shipped packs meets it: an upheld complaint is answered and closed only with learning
 * (a learning record with an action, a reason why there is none, or learning written on
 * the case).
 */
@CandourIntegrationTest
class LearningGuardIntegrationTests {

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
		this.tenant = this.testTenants.withShippedPack("lrn", "county-council");
		this.cases = new CaseApi(this.api, this.tenant);
	}

	@Test
	void anUpheldComplaintIsAnsweredOnlyWithLearning() {
		String reference = acknowledged();

		Api.Response refused = this.cases.act(reference, "respond", upheld(Map.of()));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().path("errors").findValuesAsString("pointer")).containsExactly("/outcome/learning");
	}

	@Test
	void aLearningRecordWithAnActionLetsAnUpheldComplaintBeAnsweredAndClosed() {
		String reference = acknowledged();
		Api.Response recordedWithoutActions = this.api.post("/api/tenants/" + this.tenant + "/learning",
				Map.of("statement", "Cancelled appointments were not checked against the booking list", "theme",
						"communication", "cases", List.of(reference)));
		assertThat(recordedWithoutActions.status()).as(recordedWithoutActions.body().toString()).isEqualTo(201);
		assertThat(this.cases.act(reference, "respond", upheld(Map.of())).status())
			.as("a learning record without an action is not enough")
			.isEqualTo(422);

		Api.Response withAction = this.api.patch(
				"/api/tenants/" + this.tenant + "/learning/" + recordedWithoutActions.body().path("id").asString(),
				Map.of("addActions",
						List.of(Map.of("description", "Text and email everyone affected before 9am on the day", "owner",
								Map.of("kind", "person", "id", "r.evans"), "startDate", "2026-12-01",
								"dueInWorkingDays", 20))));
		assertThat(withAction.status()).as(withAction.body().toString()).isEqualTo(200);

		assertThat(this.cases.act(reference, "respond", upheld(Map.of())).status()).isEqualTo(200);
		this.clock.set("2026-12-02T10:00:00Z");
		assertThat(this.cases.acted(reference, "close", Map.of()).path("stateCategory").asString()).isEqualTo("closed");
	}

	@Test
	void learningWrittenOnTheCaseIsStillAccepted() {
		String reference = acknowledged();

		Api.Response answered = this.cases.act(reference, "respond",
				upheld(Map.of("learning", "The registration team now texts everyone affected")));

		assertThat(answered.status()).as(answered.body().toString()).isEqualTo(200);
	}

	private String acknowledged() {
		String reference = this.cases.logged(Map.of("feedbackType", "complaint-stage-1", "channel", "email", "data",
				Map.of("name", "Dana Whitfield", "email", "dana.whitfield@example.com", "service",
						"libraries-registration", "summary", "Birth registration appointment cancelled", "details",
						"My appointment was cancelled when I arrived.")))
			.path("reference")
			.asString();
		this.clock.set("2026-11-19T10:00:00Z");
		this.cases.acted(reference, "acknowledge", Map.of());
		this.clock.set("2026-12-01T10:00:00Z");
		return reference;
	}

	private static Map<String, Object> upheld(Map<String, Object> more) {
		Map<String, Object> inputs = new HashMap<>(Map.of("decision", "upheld", "responseDate", "2026-12-01",
				"classification", "communication", "handledBy", "r.evans"));
		inputs.putAll(more);
		return inputs;
	}

}
