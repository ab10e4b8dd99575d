package org.candour.remedies;

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

/**
 * Remedies on a case through the API, with the base pack's remedy kinds and the delegated
 * limits of its officer (£250) and manager (£5,000) roles.
 */
@CandourIntegrationTest
class RemediesIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String BASE = "base-uk-public-body";

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

	String reference;

	@BeforeEach
	void tenant() {
		this.clock.set("2026-11-18T10:00:00Z");
		this.tenant = withRemedyKindsAndLimits();
		this.cases = new CaseApi(this.api, this.tenant);
		this.reference = logged();
	}

	@Test
	void proposesRemediesAndKeepsTheCaseTotals() {
		Api.Response apology = this.api.post(remedies(),
				Map.of("kind", "apology", "description", "A written apology from the head of service"));
		Api.Response payment = this.api.post(remedies(),
				Map.of("kind", "time-and-trouble-payment", "description", "For the three visits", "amount", 120.5));

		assertThat(apology.status()).as(apology.body().toString()).isEqualTo(201);
		assertThat(apology.header("Location")).isEqualTo("REM-000001");
		assertThat(apology.body().path("state").asString()).isEqualTo("proposed");
		assertThat(apology.body().path("financial").asBoolean()).isFalse();
		assertThat(apology.body().path("proposedBy").asString()).isEqualTo(TestTokens.MEMBER);
		assertThat(apology.body().path("proposedAt").asString()).isEqualTo("2026-11-18T10:00:00Z");
		assertThat(payment.status()).as(payment.body().toString()).isEqualTo(201);
		assertThat(payment.body().path("financial").asBoolean()).isTrue();
		assertThat(payment.body().path("amount").asDouble()).isEqualTo(120.5);

		JsonNode listed = this.api.get(remedies()).body();
		assertThat(listed.path("items").findValuesAsString("id")).containsExactly("REM-000001", "REM-000002");
		assertThat(listed.path("totals")).isEqualTo(totals(2, 120.5, 0));
		assertThat(this.cases.read(this.reference).path("meta").path("remedies")).isEqualTo(totals(2, 120.5, 0));
		assertThat(this.cases.get("/" + this.reference + "/history/verify").body().path("valid").asBoolean())
			.as("the totals are recorded in the case's history")
			.isTrue();
		assertThat(this.api.get(remedies() + "/REM-000002").body().path("description").asString())
			.isEqualTo("For the three visits");
	}

	@Test
	void refusesAPaymentWithoutAnAmountAnUnknownKindAndAnAmountOnAnApology() {
		Api.Response noAmount = this.api.post(remedies(),
				Map.of("kind", "ex-gratia-payment", "description", "For the distress"));
		Api.Response unknown = this.api.post(remedies(), Map.of("kind", "free-lunch", "description", "Lunch"));
		Api.Response apologyWithAmount = this.api.post(remedies(),
				Map.of("kind", "apology", "description", "Sorry", "amount", 10));
		Api.Response schema = this.api.post(remedies(),
				Map.of("kind", "reimbursement", "description", "", "amount", -5));

		assertThat(noAmount.status()).isEqualTo(422);
		assertThat(noAmount.header("Content-Type")).startsWith("application/problem+json");
		assertThat(errors(noAmount)).containsExactly("/amount remedy.amount-required");
		assertThat(errors(unknown)).containsExactly("/kind remedy.kind-unknown");
		assertThat(errors(apologyWithAmount)).containsExactly("/amount remedy.amount-not-a-payment");
		assertThat(schema.status()).isEqualTo(422);
		assertThat(schema.body().path("errors").findValuesAsString("pointer")).contains("/description", "/amount");
		assertThat(this.api.get(remedies()).body().path("items")).isEmpty();
		assertThat(this.cases.read(this.reference).path("meta").has("remedies")).isFalse();
	}

	@Test
	void anOfficerCannotApproveFourHundredPoundsButAManagerCan() {
		String officer = this.tokens.member("officer-rem", this.tenant, Set.of("OFFICER"), Set.of());
		String manager = this.tokens.member("manager-rem", this.tenant, Set.of("MANAGER"), Set.of());
		String id = proposedAs(officer, "ex-gratia-payment", 400);

		Api.Response byOfficer = this.api.sendAs(officer, "PATCH", remedies() + "/" + id, Map.of("state", "approved"));

		assertThat(byOfficer.status()).isEqualTo(403);
		assertThat(byOfficer.body().path("detail").asString()).contains("£400", "£250", "role officer");
		assertThat(errors(byOfficer)).containsExactly("/state remedy.over-delegated-limit");
		assertThat(byOfficer.body().path("limit").asDouble()).isEqualTo(250.0);
		assertThat(this.api.get(remedies() + "/" + id).body().path("state").asString()).isEqualTo("proposed");

		Api.Response byManager = this.api.sendAs(manager, "PATCH", remedies() + "/" + id, Map.of("state", "approved"));

		assertThat(byManager.status()).as(byManager.body().toString()).isEqualTo(200);
		JsonNode approval = byManager.body().path("approval");
		assertThat(approval.path("by").asString()).isEqualTo("manager-rem");
		assertThat(approval.path("at").asString()).isEqualTo("2026-11-18T10:00:00Z");
		assertThat(approval.path("limit").asDouble()).isEqualTo(5000.0);
		assertThat(approval.path("limitRole").asString()).isEqualTo("manager");
		assertThat(byManager.body().path("stateChanges").findValuesAsString("by")).containsExactly("officer-rem",
				"manager-rem");

		String small = proposedAs(officer, "reimbursement", 250);
		Api.Response withinLimit = this.api.sendAs(officer, "PATCH", remedies() + "/" + small,
				Map.of("state", "approved"));
		assertThat(withinLimit.status()).as("£250 is within the officer's limit").isEqualTo(200);
		assertThat(withinLimit.body().path("approval").path("limitRole").asString()).isEqualTo("officer");
	}

	@Test
	void aMemberWhoseRolesHaveNoLimitApprovesOnlyRemediesThatAreNotPayments() {
		String investigator = this.tokens.member("investigator-rem", this.tenant, Set.of("INVESTIGATOR"),
				Set.of(this.cases.read(this.reference).path("orgUnit").asString()));
		String payment = proposedAs(investigator, "financial-redress", 1);
		String apology = proposedAs(investigator, "apology", null);

		Api.Response refused = this.api.sendAs(investigator, "PATCH", remedies() + "/" + payment,
				Map.of("state", "approved"));
		Api.Response approved = this.api.sendAs(investigator, "PATCH", remedies() + "/" + apology,
				Map.of("state", "approved"));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body().path("detail").asString()).contains("none of your roles has a remedy limit");
		assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
		assertThat(approved.body().path("approval").path("limit").isNumber()).as("no limit needed").isFalse();
		assertThat(approved.body().path("approval").path("by").asString()).isEqualTo("investigator-rem");
	}

	@Test
	void aPaymentIsPaidOnlyOnceApprovedAndWithItsDayAndReference() {
		String id = proposedAs(this.tokens.memberOf(this.tenant), "financial-redress", 300);
		Api.Response tooEarly = this.api.patch(remedies() + "/" + id,
				Map.of("state", "paid", "paidOn", "2026-11-20", "paymentReference", "FIN-1"));
		assertThat(errors(tooEarly)).containsExactly("/state remedy.state-not-allowed");
		assertThat(this.api.patch(remedies() + "/" + id, Map.of("state", "approved")).status()).isEqualTo(200);

		Api.Response bare = this.api.patch(remedies() + "/" + id, Map.of("state", "paid"));

		assertThat(bare.status()).isEqualTo(422);
		assertThat(errors(bare)).containsExactlyInAnyOrder("/paidOn remedy.paid-on-required",
				"/paymentReference remedy.payment-reference-required");

		this.clock.set("2026-11-25T09:00:00Z");
		Api.Response paid = this.api.patch(remedies() + "/" + id,
				Map.of("state", "paid", "paidOn", "2026-11-24", "paymentReference", "FIN-2026-0042"));

		assertThat(paid.status()).as(paid.body().toString()).isEqualTo(200);
		assertThat(paid.body().path("state").asString()).isEqualTo("paid");
		assertThat(paid.body().path("payment").path("paidOn").asString()).isEqualTo("2026-11-24");
		assertThat(paid.body().path("payment").path("reference").asString()).isEqualTo("FIN-2026-0042");
		assertThat(paid.body().path("payment").path("recordedAt").asString()).isEqualTo("2026-11-25T09:00:00Z");
		assertThat(this.cases.read(this.reference).path("meta").path("remedies")).isEqualTo(totals(1, 300, 300));

		String apology = proposedAs(this.tokens.memberOf(this.tenant), "apology", null);
		this.api.patch(remedies() + "/" + apology, Map.of("state", "approved"));
		Api.Response apologyPaid = this.api.patch(remedies() + "/" + apology,
				Map.of("state", "paid", "paidOn", "2026-11-24", "paymentReference", "FIN-1"));
		assertThat(errors(apologyPaid)).containsExactly("/state remedy.not-a-payment");
	}

	@Test
	void aDeclinedRemedyNeedsAReasonAndLeavesTheTotals() {
		String id = proposedAs(this.tokens.memberOf(this.tenant), "ex-gratia-payment", 75);
		assertThat(this.cases.read(this.reference).path("meta").path("remedies")).isEqualTo(totals(1, 75, 0));

		assertThat(errors(this.api.patch(remedies() + "/" + id, Map.of("state", "declined"))))
			.containsExactly("/reason remedy.reason-required");
		Api.Response declined = this.api.patch(remedies() + "/" + id,
				Map.of("state", "declined", "reason", "The fault was the contractor's; they pay"));

		assertThat(declined.status()).as(declined.body().toString()).isEqualTo(200);
		assertThat(declined.body().path("declined").path("reason").asString()).startsWith("The fault");
		assertThat(this.cases.read(this.reference).path("meta").path("remedies")).isEqualTo(totals(0, 0, 0));
	}

	@Test
	void refusesAChangeMadeFromAStaleVersion() {
		String id = proposedAs(this.tokens.memberOf(this.tenant), "financial-redress", 50);
		assertThat(this.api.patch(remedies() + "/" + id, Map.of("version", 0, "state", "approved")).status())
			.isEqualTo(200);

		Api.Response stale = this.api.patch(remedies() + "/" + id,
				Map.of("version", 0, "state", "declined", "reason", "Changed our mind"));
		Api.Response staleIfMatch = this.api.send("PATCH", remedies() + "/" + id,
				Map.of("state", "declined", "reason", "Changed our mind"), Map.of("If-Match", "\"0\""));

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.body().path("currentVersion").asInt()).isEqualTo(1);
		assertThat(staleIfMatch.status()).isEqualTo(409);
		assertThat(this.api.get(remedies() + "/" + id).body().path("state").asString()).isEqualTo("approved");
	}

	@Test
	void anAuditorReadsButDoesNotProposeOrApprove() {
		String id = proposedAs(this.tokens.memberOf(this.tenant), "apology", null);
		String auditor = this.tokens.member("auditor-rem", this.tenant, Set.of("AUDITOR"), Set.of());

		assertThat(this.api.sendAs(auditor, "GET", remedies(), null).status()).isEqualTo(200);
		assertThat(this.api.sendAs(auditor, "GET", remedies() + "/" + id, null).status()).isEqualTo(200);
		assertThat(this.api.sendAs(auditor, "POST", remedies(), Map.of("kind", "apology", "description", "Sorry"))
			.status()).isEqualTo(403);
		assertThat(this.api.sendAs(auditor, "PATCH", remedies() + "/" + id, Map.of("state", "approved")).status())
			.isEqualTo(403);
	}

	@Test
	void anotherTenantCannotSeeOrChangeThem() {
		String id = proposedAs(this.tokens.memberOf(this.tenant), "apology", null);
		String other = withRemedyKindsAndLimits();
		String otherRemedies = "/api/tenants/" + other + "/cases/" + this.reference + "/remedies";

		assertThat(this.api.get(otherRemedies).status()).isEqualTo(404);
		assertThat(this.api.get(otherRemedies + "/" + id).status()).isEqualTo(404);
		assertThat(this.api.patch(otherRemedies + "/" + id, Map.of("state", "approved")).status()).isEqualTo(404);
		String otherCase = new CaseApi(this.api, other).logged(Map.of("feedbackType", "complaint-stage-1", "channel",
				"web", "data", Map.of("name", "Sam Jones", "email", "sam@example.org", "service", "highways", "summary",
						"Pothole", "details", "Still there.")))
			.path("reference")
			.asString();
		assertThat(this.api.get("/api/tenants/" + other + "/cases/" + otherCase + "/remedies").body().path("items"))
			.as("its own case, whatever its reference, has no remedies")
			.isEmpty();
		assertThat(this.api.get("/api/tenants/" + other + "/cases/" + otherCase + "/remedies/" + id).status())
			.isEqualTo(404);
		assertThat(this.api.get(remedies() + "/" + id).body().path("state").asString()).isEqualTo("proposed");
	}

	private String withRemedyKindsAndLimits() {
		List<ObjectNode> documents = new ArrayList<>(ConfigFixtures.documents("chc-two-stage"));
		documents.add(ConfigFixtures.shipped(BASE, "code-list.remedy-kinds.json"));
		documents.add(ConfigFixtures.shipped(BASE, "role.officer.json"));
		documents.add(ConfigFixtures.shipped(BASE, "role.manager.json"));
		documents.add(ConfigFixtures.shipped(BASE, "role.investigator.json"));
		return this.testTenants.withConfiguration("Remedies", documents);
	}

	private String proposedAs(String token, String kind, Integer amount) {
		Map<String, Object> body = amount == null ? Map.of("kind", kind, "description", "Offered")
				: Map.of("kind", kind, "description", "Offered", "amount", amount);
		Api.Response proposed = this.api.sendAs(token, "POST", remedies(), body);
		if (proposed.status() != 201) {
			throw new IllegalStateException("Not proposed: " + proposed.body());
		}
		return proposed.body().path("id").asString();
	}

	private String logged() {
		return this.cases.logged(Map.of("feedbackType", "complaint-stage-1", "channel", "web", "data",
				Map.of("name", "Alex Smith", "email", "alex@example.org", "service", "highways", "summary",
						"Pothole reported three times", "details", "The pothole outside number 12 is still there.")))
			.path("reference")
			.asString();
	}

	private String remedies() {
		return "/api/tenants/" + this.tenant + "/cases/" + this.reference + "/remedies";
	}

	private static JsonNode totals(int count, double financialOffered, double paid) {
		return JSON.createObjectNode().put("count", count).put("financialOffered", financialOffered).put("paid", paid);
	}

	private static List<String> errors(Api.Response response) {
		List<String> errors = new ArrayList<>();
		response.body()
			.path("errors")
			.forEach(error -> errors.add(error.path("pointer").asString() + " " + error.path("code").asString()));
		return errors;
	}

}
