package org.candour.learning;

import java.util.List;
import java.util.Map;

import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.CaseApi;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "You said, we did": learning marked publishable is listed for anyone, with only its
 * theme, its public wording, its month and how many of its actions are finished; learning
 * not marked so, and everything staff wrote, stays in the register.
 */
@CandourIntegrationTest
class PublishedLearningIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	String tenant;

	String reference;

	@BeforeEach
	void tenantWithACase() {
		this.clock.set("2026-11-18T10:00:00Z");
		this.tenant = this.testTenants.withShippedPack("ysd", "county-council");
		this.reference = new CaseApi(this.api, this.tenant)
			.logged(Map.of("feedbackType", "complaint-stage-1", "channel", "email", "data",
					Map.of("name", "Dana Whitfield", "email", "dana.whitfield@example.com", "service",
							"libraries-registration", "summary", "Birth registration appointment cancelled", "details",
							"My appointment was cancelled when I arrived.")))
			.path("reference")
			.asString();
	}

	@Test
	void onlyTheWordingWrittenForPublicationIsListedAndToAnyone() {
		String published = recorded(Map.of("statement", "Dana Whitfield's appointment was cancelled unseen", "theme",
				"communication", "cases", List.of(this.reference), "publishable", true, "publicWording",
				"You told us cancelled appointments were not passed on. We now text everyone affected.", "actions",
				List.of(action("Ring Dana Whitfield back"), action("Text everyone affected"))));
		assertThat(this.api
			.patch("/api/tenants/" + this.tenant + "/learning/" + published,
					Map.of("actions", Map.of("A1", Map.of("state", "done"))))
			.status()).isEqualTo(200);
		recorded(Map.of("statement", "Not for publication", "theme", "delay", "cases", List.of(this.reference)));

		Api.Response listed = this.api.sendAs(null, "GET", "/api/tenants/" + this.tenant + "/learning/published", null);

		assertThat(listed.status()).as(listed.body().toString()).isEqualTo(200);
		JsonNode items = listed.body().path("items");
		assertThat(items).hasSize(1);
		JsonNode item = items.get(0);
		assertThat(item.path("theme").asString()).isEqualTo("communication");
		assertThat(item.path("themeLabel").isMissingNode()).isFalse();
		assertThat(item.path("wording").asString()).startsWith("You told us cancelled appointments");
		assertThat(item.path("month").asString()).isEqualTo("2026-11-01");
		assertThat(item.path("actions").asInt()).isEqualTo(2);
		assertThat(item.path("actionsFinished").asInt()).isEqualTo(1);
		assertThat(listed.body().toString()).doesNotContain("Dana").doesNotContain(this.reference);
	}

	@Test
	void learningMarkedPublishableNeedsItsPublicWordingAndNothingIsStored() {
		Api.Response refused = this.api.post("/api/tenants/" + this.tenant + "/learning",
				Map.of("statement", "Appointments cancelled unseen", "theme", "communication", "cases",
						List.of(this.reference), "publishable", true));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().path("errors").findValuesAsString("code"))
			.containsExactly("learning.public-wording-required");
		assertThat(refused.body().path("errors").findValuesAsString("pointer")).containsExactly("/publicWording");
		assertThat(this.api.get("/api/tenants/" + this.tenant + "/learning").body().path("items")).isEmpty();

		String id = recorded(Map.of("statement", "Appointments cancelled unseen", "theme", "communication", "cases",
				List.of(this.reference)));
		Api.Response patched = this.api.patch("/api/tenants/" + this.tenant + "/learning/" + id,
				Map.of("publishable", true, "publicWording", "  "));
		assertThat(patched.status()).isEqualTo(422);
		assertThat(
				this.api.get("/api/tenants/" + this.tenant + "/learning/" + id).body().path("publishable").asBoolean())
			.isFalse();
	}

	private String recorded(Map<String, Object> body) {
		Api.Response recorded = this.api.post("/api/tenants/" + this.tenant + "/learning", body);
		assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
		return recorded.body().path("id").asString();
	}

	private static Map<String, Object> action(String description) {
		return Map.of("description", description, "owner", Map.of("kind", "person", "id", "r.evans"), "startDate",
				"2026-11-18", "dueInWorkingDays", 10);
	}

}
