package org.candour.demo.synthetic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.CaseApi;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's learning, remedies and risk assessments, made for a tenant on the shipped
 * county council pack after its synthetic cases, read back through the API as the pages
 * read them.
 */
@CandourIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticAftercareIntegrationTests {

	private static final Set<String> UPHELD = Set.of("upheld", "partially-upheld");

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	@Autowired
	SyntheticCases synthetic;

	@Autowired
	SyntheticAftercare aftercare;

	String tenant;

	CaseApi cases;

	SyntheticAftercare.Result result;

	@BeforeAll
	void demoTenant() {
		this.clock.set("2026-11-18T10:00:00Z");
		this.tenant = this.testTenants.withShippedPack("aftercare", "county-council");
		this.cases = new CaseApi(this.api, this.tenant);
		CurrentTenant current = CurrentTenant.pooled(this.tenant);
		TenantContext.callAs(current, () -> this.synthetic.generate(120, 42L));
		this.result = TenantContext.callAs(current, () -> this.aftercare.generate(42L));
	}

	@Test
	void learningFromUpheldClosedCasesHasActionsInEveryStateSomeOverdue() {
		JsonNode register = get("/learning");
		assertThat(register.path("items").size()).isEqualTo(this.result.learningRecords()).isGreaterThanOrEqualTo(5);
		Set<String> states = new HashSet<>();
		boolean overdue = false;
		for (JsonNode record : register.path("items")) {
			for (JsonNode reference : record.path("cases")) {
				JsonNode linked = this.cases.read(reference.asString());
				assertThat(linked.path("stateCategory").asString()).isEqualTo("closed");
				assertThat(linked.path("outcome").path("decision").asString()).isIn(UPHELD);
				assertThat(linked.path("meta").path("learning").path("actions").asInt()).isPositive();
			}
			for (JsonNode action : record.path("actions")) {
				states.add(action.path("state").asString());
				overdue |= action.path("overdue").asBoolean();
			}
		}
		assertThat(states).containsExactlyInAnyOrder("planned", "in-progress", "done", "verified");
		assertThat(overdue).isTrue();
		assertThat(get("/actions?status=overdue").path("items")).isNotEmpty()
			.allMatch(action -> action.path("overdue").asBoolean());
		assertThat(get("/actions?status=due").path("items")).isNotEmpty();
		assertThat(get("/actions?status=done").path("items")).isNotEmpty();
		assertThat(get("/learning?status=overdue").path("items")).isNotEmpty();
	}

	@Test
	void remediesOfUpheldClosedCasesAreInEveryStateWithPaymentsOverAnOfficersLimitAwaitingAManager() {
		List<JsonNode> remedies = new ArrayList<>();
		for (JsonNode listed : cases(true)) {
			JsonNode caseRemedies = this.cases.get("/" + listed.path("reference").asString() + "/remedies").body();
			caseRemedies.path("items").forEach(remedies::add);
			if (!caseRemedies.path("items").isEmpty()) {
				assertThat(listed.path("outcome").path("decision").asString()).isIn(UPHELD);
				assertThat(caseRemedies.path("totals").path("count").asInt()).isPositive();
			}
		}
		assertThat(remedies).hasSize(this.result.remedies());
		assertThat(remedies).extracting(r -> r.path("state").asString())
			.contains("proposed", "approved", "paid", "declined");
		assertThat(remedies).as("a payment over the officer's £250 waits for a manager")
			.anyMatch(r -> "proposed".equals(r.path("state").asString()) && r.path("amount").asDouble() > 250);
		assertThat(remedies).filteredOn(r -> "paid".equals(r.path("state").asString()))
			.allMatch(r -> !r.path("payment").path("reference").asString().isBlank()
					&& r.path("payment").path("paidOn").asString().compareTo("2026-11-18") <= 0);
	}

	@Test
	void someOpenCasesAreRiskAssessedAndSomeOfThoseHighRisk() {
		assertThat(this.result.riskAssessments()).isPositive();
		assertThat(this.result.highRisk()).isPositive();
		JsonNode flagged = this.cases.get("?riskFlag=serious-failures").body();
		JsonNode wider = this.cases.get("?riskFlag=wider-public-interest").body();
		assertThat(flagged.path("content").size() + wider.path("content").size()).isPositive();
		String reference = (flagged.path("content").isEmpty() ? wider : flagged).path("content")
			.get(0)
			.path("reference")
			.asString();
		assertThat(this.cases.read(reference).path("meta").path("risk").path("highRisk").asBoolean()).isTrue();
	}

	@Test
	void theSameSeedGivesTheSameLearningRemediesAndRiskAssessments() {
		String second = this.testTenants.withShippedPack("aftercare", "county-council");
		CurrentTenant current = CurrentTenant.pooled(second);
		TenantContext.callAs(current, () -> this.synthetic.generate(120, 42L));
		assertThat(TenantContext.callAs(current, () -> this.aftercare.generate(42L))).isEqualTo(this.result);
		assertThat(learningFingerprints(second)).isEqualTo(learningFingerprints(this.tenant));
	}

	@Test
	void theCasesHistoriesStayValid() {
		for (JsonNode listed : cases(false)) {
			String reference = listed.path("reference").asString();
			JsonNode verification = this.cases.get("/" + reference + "/history/verify").body();
			assertThat(verification.path("valid").asBoolean()).as(reference).isTrue();
		}
	}

	private List<String> learningFingerprints(String tenant) {
		List<String> fingerprints = new ArrayList<>();
		for (JsonNode record : this.api.get("/api/tenants/" + tenant + "/learning").body().path("items")) {
			StringBuilder fingerprint = new StringBuilder(record.path("id").asString()).append('|')
				.append(record.path("theme").asString())
				.append('|')
				.append(record.path("cases"));
			record.path("actions")
				.forEach(action -> fingerprint.append('|')
					.append(action.path("state").asString())
					.append(action.path("dueDate").asString())
					.append(action.path("owner").path("kind").asString()));
			fingerprints.add(fingerprint.toString());
		}
		return fingerprints;
	}

	/** The tenant's cases, or only its closed ones. */
	private List<JsonNode> cases(boolean onlyClosed) {
		List<JsonNode> closed = new ArrayList<>();
		JsonNode page;
		int number = 0;
		do {
			page = this.cases.get("?size=200&sort=reference&page=" + number++).body();
			for (JsonNode listed : page.path("content")) {
				if (!onlyClosed || "closed".equals(listed.path("stateCategory").asString())) {
					closed.add(listed);
				}
			}
		}
		while (number < page.path("page").path("totalPages").asInt());
		return closed;
	}

	private JsonNode get(String path) {
		Api.Response response = this.api.get("/api/tenants/" + this.tenant + path);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return response.body();
	}

}
