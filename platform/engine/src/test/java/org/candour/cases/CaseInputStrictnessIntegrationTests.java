package org.candour.cases;

import java.util.List;
import java.util.Map;

import org.candour.support.Api;
import org.candour.support.CaseApi;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.ConfigFixtures;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case API takes only what the form or the action asks for, and only numbers it can
 * store as given: anything else is refused with 422 and a pointer, and nothing is stored.
 */
@CandourIntegrationTest
class CaseInputStrictnessIntegrationTests {

	private static final String COMPLAINT = "\"feedbackType\": \"complaint-stage-1\", \"data\": {\"name\": \"Alex Smith\","
			+ " \"service\": \"highways\", \"summary\": \"Pothole\", \"details\": \"Still there.\"";

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	String tenant;

	CaseApi cases;

	@BeforeEach
	void tenantWhoseFormAsksForAnAmount() {
		this.clock.set("2026-11-18T10:00:00Z");
		List<ObjectNode> documents = ConfigFixtures.documents("chc-two-stage");
		ObjectNode form = documents.stream()
			.filter(document -> "form".equals(document.path("kind").asString())
					&& "complaint-form".equals(document.path("id").asString()))
			.findFirst()
			.orElseThrow();
		((ObjectNode) form.path("spec").path("schema").path("properties")).putObject("amount")
			.put("type", "number")
			.put("title", "Amount claimed");
		this.tenant = this.testTenants.withConfiguration("amount", documents);
		this.cases = new CaseApi(this.api, this.tenant);
	}

	@Test
	void aNumberTooLargeToStoreIsRefusedWithAPointer() {
		Api.Response refused = this.api.post(this.cases.base(), "{" + COMPLAINT + ", \"amount\": 1e999999999}}");
		assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
		assertThat(refused.body().path("errors").findValuesAsString("pointer")).containsExactly("/data/amount");
		Api.Response negative = this.api.post(this.cases.base(), "{" + COMPLAINT + ", \"amount\": -1e999999999}}");
		assertThat(negative.body().path("errors").findValuesAsString("pointer")).containsExactly("/data/amount");
		Api.Response inPeople = this.api.post(this.cases.base(),
				"{" + COMPLAINT + "}, \"people\": {\"householdSize\": 1e999999999}}");
		assertThat(inPeople.status()).isEqualTo(422);
		assertThat(inPeople.body().path("errors").findValuesAsString("pointer"))
			.containsExactly("/people/householdSize");
		assertThat(this.api.post(this.cases.base(), "{" + COMPLAINT + ", \"amount\": 1e300}}").status())
			.as("a large number that storage keeps")
			.isEqualTo(201);
		assertThat(this.cases.get("").body().path("page").path("totalElements").asInt()).isEqualTo(1);
	}

	@Test
	void aChannelTheFeedbackTypeDoesNotListIsRefusedAtTheChannelAndNothingIsLogged() {
		int before = this.api.get(this.cases.base() + "/counts").body().path("new").asInt();
		Api.Response refused = this.api.post(this.cases.base(), "{" + COMPLAINT + "}, \"channel\": \"social-media\"}");

		assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
		assertThat(refused.body().path("errors").findValuesAsString("pointer")).containsExactly("/channel");
		assertThat(refused.body().path("errors").findValuesAsString("code"))
			.containsExactly("case.channel-not-accepted");
		assertThat(this.api.get(this.cases.base() + "/counts").body().path("new").asInt()).isEqualTo(before);
		Api.Response byPhone = this.api.post(this.cases.base(), "{" + COMPLAINT + "}, \"channel\": \"phone\"}");
		assertThat(byPhone.status()).as(byPhone.body().toString()).isEqualTo(201);
		assertThat(byPhone.body().path("channel").asString()).isEqualTo("phone");
	}

	@Test
	void aCaseBodyThatDoesNotReadAsALogCaseCommandGetsTheSchemaProblemWithItsPointer() {
		Api.Response refused = this.api.post(this.cases.base(),
				"{\"feedbackType\": 5, \"data\": [], \"receivedAt\": \"yesterday\"}");
		assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
		assertThat(refused.body().path("title").asString()).isEqualTo("Unprocessable content");
		assertThat(refused.body().path("errors").findValuesAsString("pointer")).contains("/feedbackType", "/data",
				"/receivedAt");
		assertThat(refused.body().path("errors").findValuesAsString("code"))
			.allMatch(code -> code.startsWith("schema."));
	}

	@Test
	void anActionBodyThatIsNotJsonGetsTheMalformedJsonProblem() {
		String reference = this.cases.logged(ComplaintHandlingCodeIntegrationTests.complaint())
			.path("reference")
			.asString();
		Api.Response refused = this.api.post(this.cases.base() + "/" + reference + "/actions/acknowledge",
				"{\"inputs\": ");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().path("title").asString()).isEqualTo("Bad request");
		assertThat(refused.body().path("errors").findValuesAsString("code")).containsExactly("malformed-json");
	}

	@Test
	void aFieldTheFormDoesNotAskForIsRefusedWithAPointer() {
		Api.Response refused = this.api.post(this.cases.base(), "{" + COMPLAINT + ", \"priority\": \"urgent\"}}");
		assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
		assertThat(refused.body().path("errors").findValuesAsString("pointer")).containsExactly("/data/priority");
		assertThat(refused.body().path("errors").findValuesAsString("code"))
			.containsExactly("data.additionalProperties");
		assertThat(this.cases.get("").body().path("page").path("totalElements").asInt()).isZero();
	}

	@Test
	void anInputTheActionDoesNotAskForIsRefusedWithAPointer() {
		String reference = this.cases.logged(ComplaintHandlingCodeIntegrationTests.complaint())
			.path("reference")
			.asString();
		Api.Response refused = this.cases.act(reference, "acknowledge", Map.of("state", "closed"));
		assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
		assertThat(refused.body().path("errors").findValuesAsString("pointer")).containsExactly("/inputs/state");
		this.cases.acted(reference, "acknowledge", Map.of());
		Api.Response extension = this.api.post(this.cases.base() + "/" + reference + "/actions/extend",
				"{\"inputs\": {\"extensionDays\": 2, \"reason\": \"Waiting for a site visit\", \"approvedBy\": \"me\"}}");
		assertThat(extension.body().path("errors").findValuesAsString("pointer")).contains("/inputs/approvedBy");
		assertThat(this.cases.read(reference).path("version").asInt()).isEqualTo(1);
	}

	@Test
	void aDataEditWithAFieldTheFormDoesNotAskForIsRefused() {
		String reference = this.cases.logged(ComplaintHandlingCodeIntegrationTests.complaint())
			.path("reference")
			.asString();
		this.cases.acted(reference, "acknowledge", Map.of());
		Api.Response refused = this.api.patch(this.cases.base() + "/" + reference + "/data",
				Map.of("data", Map.of("priority", "urgent", "summary", "Pothole, still")));
		assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
		assertThat(refused.body().path("errors").findValuesAsString("pointer")).containsExactly("/data/priority");
		Api.Response infinite = this.api.patch(this.cases.base() + "/" + reference + "/data",
				"{\"data\": {\"amount\": 1e999999999}}");
		assertThat(infinite.body().path("errors").findValuesAsString("pointer")).containsExactly("/data/amount");
		assertThat(this.cases.read(reference).path("summary").asString()).isEqualTo("Pothole reported three times");
	}

}
