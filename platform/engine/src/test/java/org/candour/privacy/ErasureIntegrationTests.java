package org.candour.privacy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.candour.api.EndpointRoles;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.CaseApi;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.privacy.SubjectAccessIntegrationTests.DETAILS;
import static org.candour.privacy.SubjectAccessIntegrationTests.EMAIL;
import static org.candour.privacy.SubjectAccessIntegrationTests.NAME;
import static org.candour.privacy.SubjectAccessIntegrationTests.pointers;

/**
 * Erasure and redaction in the county pack: erasing a person empties their closed cases
 * of their details and free text but keeps the cases (past reports give the same totals),
 * leaves open and held cases as they are, and keeps every history chain verifiable;
 * redacting one field is an entry of the chain that names the field, never its text.
 */
@CandourIntegrationTest
class ErasureIntegrationTests {

	private static final String NOTE = "Robin's neighbour Sam Third rang on 01632 960001";

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestTokens tokens;

	@Autowired
	TestClock clock;

	String tenant;

	CaseApi cases;

	@BeforeEach
	void tenant() {
		this.clock.set("2024-06-10T10:00:00Z");
		this.tenant = this.testTenants.withShippedPack("erasure", "county-council");
		this.cases = new CaseApi(this.api, this.tenant);
	}

	@Test
	void erasingAPersonEmptiesTheirClosedCasesKeepsTheChainsAndPastReportTotals() {
		String compliment = SubjectAccessIntegrationTests.compliment(this.cases, EMAIL, DETAILS);
		this.api.post(base() + "/cases/" + compliment + "/notes", Map.of("text", NOTE));
		this.api.postFile(base() + "/cases/" + compliment + "/attachments", "file", "letter.txt",
				"Dear council".getBytes(StandardCharsets.UTF_8),
				this.tokens.member("olive", this.tenant, Set.of(EndpointRoles.OFFICER), Set.of()));
		this.cases.acted(compliment, "pass-to-service", Map.of("team", "libraries-team"));
		this.cases.acted(compliment, "close", Map.of("decision", "passed-to-service", "responseDate", "2024-06-10",
				"classification", "staff-member"));
		String comment = SubjectAccessIntegrationTests.comment(this.cases, EMAIL, "Open on Sundays, from Robin.");
		this.cases.acted(comment, "pass-to-service", Map.of("team", "libraries-team"));
		this.cases.acted(comment, "close",
				Map.of("decision", "noted", "responseDate", "2024-06-10", "classification", "suggestion"));
		String open = SubjectAccessIntegrationTests.comment(this.cases, EMAIL, "Still waiting.");
		String held = SubjectAccessIntegrationTests.compliment(this.cases, EMAIL, DETAILS);
		this.cases.acted(held, "pass-to-service", Map.of("team", "libraries-team"));
		this.cases.acted(held, "close", Map.of("decision", "passed-to-service", "responseDate", "2024-06-10",
				"classification", "staff-member"));
		this.api.put(base() + "/cases/" + held + "/legal-hold", Map.of("held", true, "reason", "Claim pending"));
		JsonNode before = report();
		String person = this.api.get(base() + "/subject-access?email=" + EMAIL)
			.body()
			.path("people")
			.get(0)
			.path("id")
			.asString();

		assertThat(pointers(this.api.post(base() + "/people/" + person + "/erasure", Map.of()), 400))
			.containsExactly("/reason");
		this.clock.set("2024-07-01T09:00:00Z");
		Api.Response erased = this.api.post(base() + "/people/" + person + "/erasure",
				Map.of("reason", "Article 17 request of 1 July"));

		assertThat(erased.status()).as(erased.body().toString()).isEqualTo(200);
		assertThat(erased.body().path("erased").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder(compliment, comment);
		assertThat(erased.body().path("kept").toString()).contains(open, "\"open\"", held, "on-legal-hold");
		for (String reference : List.of(compliment, comment)) {
			JsonNode gone = this.cases.read(reference);
			assertThat(gone.toString()).doesNotContain(NAME, EMAIL, DETAILS, "Sundays");
			assertThat(gone.path("state").asString()).isEqualTo("closed");
			assertThat(gone.path("meta").path("erasure").path("reason").asString())
				.isEqualTo("Article 17 request of 1 July");
			JsonNode history = this.cases.get("/" + reference + "/history").body();
			assertThat(history.toString()).doesNotContain(NAME, DETAILS, NOTE);
			assertThat(history.get(history.size() - 1).path("action").asString()).isEqualTo("erased");
			assertThat(history.get(history.size() - 1).path("by").asString()).isEqualTo(TestTokens.MEMBER);
			assertThat(this.cases.get("/" + reference + "/history/verify").body().path("valid").asBoolean())
				.as(reference)
				.isTrue();
		}
		assertThat(this.cases.get("/" + compliment + "/attachments").body()).isEmpty();
		assertThat(this.cases.read(held).path("data").path("details").asString()).isEqualTo(DETAILS);
		assertThat(this.api.get(base() + "/subject-access?email=" + EMAIL)
			.body()
			.path("cases")
			.findValuesAsString("reference")).containsExactly(open, held);
		assertThat(report()).as("the past period's totals").isEqualTo(before);
		JsonNode log = this.api.get(base() + "/subject-access/log").body().get(0);
		assertThat(log.path("action").asString()).isEqualTo("erasure");
		assertThat(log.path("reason").asString()).isEqualTo("Article 17 request of 1 July");
		assertThat(this.api.get(base() + "/security-events?type=person-erased").body().toString()).contains(person);
		assertThat(this.api.post(base() + "/people/p-unknown/erasure", Map.of("reason", "x")).status()).isEqualTo(404);
	}

	@Test
	void redactingAFieldIsAnEntryOfTheChainThatNamesTheFieldNotItsText() {
		String reference = SubjectAccessIntegrationTests.comment(this.cases, EMAIL, "Open on Sundays.");
		this.cases.acted(reference, "pass-to-service", Map.of("team", "libraries-team"));
		this.cases.acted(reference, "close", Map.of("decision", "action-taken", "responseDate", "2024-06-10",
				"classification", "suggestion", "actionTaken", "Sam Third, the manager, changed the rota."));
		this.api.post(base() + "/cases/" + reference + "/notes", Map.of("text", NOTE));

		Api.Response redacted = this.api.post(base() + "/cases/" + reference + "/redactions",
				Map.of("pointer", "/data/actionTaken", "reason", "Names a third party"));

		assertThat(redacted.status()).as(redacted.body().toString()).isEqualTo(200);
		assertThat(this.cases.read(reference).path("data").path("actionTaken").asString()).isEqualTo("[redacted]");
		assertThat(this.cases.read(reference).path("data").path("details").asString()).isEqualTo("Open on Sundays.");
		JsonNode history = this.cases.get("/" + reference + "/history").body();
		assertThat(history.toString()).doesNotContain("the manager, changed the rota").contains(NOTE, "[redacted]");
		JsonNode last = history.get(history.size() - 1);
		assertThat(last.path("action").asString()).isEqualTo("redaction");
		assertThat(last.path("comment").asString()).isEqualTo("Names a third party");
		assertThat(last.path("changes").get(0).path("path").asString()).isEqualTo("/data/actionTaken");
		assertThat(verified(reference)).isTrue();

		int noteSeq = history.get(history.size() - 2).path("seq").asInt();
		assertThat(this.api
			.post(base() + "/cases/" + reference + "/redactions",
					Map.of("pointer", "/history/" + noteSeq + "/comment", "reason", "Names a third party"))
			.status()).isEqualTo(200);
		assertThat(this.cases.get("/" + reference + "/history").body().toString()).doesNotContain(NOTE);
		assertThat(verified(reference)).isTrue();
		assertThat(this.api.get(base() + "/subject-access/log").body().get(0).path("identifiers").get(0).asString())
			.isEqualTo("/history/" + noteSeq + "/comment");
	}

	@Test
	void aRedactionThatCannotBeIsRefusedWithPointers() {
		String reference = SubjectAccessIntegrationTests.compliment(this.cases, EMAIL, DETAILS);
		String redactions = base() + "/cases/" + reference + "/redactions";
		assertThat(pointers(this.api.post(redactions, Map.of("reason", "x")), 400)).containsExactly("/pointer");
		assertThat(pointers(this.api.post(redactions, Map.of("pointer", "/data/details")), 400))
			.containsExactly("/reason");
		assertThat(pointers(this.api.post(redactions, Map.of("pointer", "/state", "reason", "x")), 422))
			.containsExactly("/pointer");
		assertThat(pointers(this.api.post(redactions, Map.of("pointer", "/data/nothing", "reason", "x")), 422))
			.containsExactly("/pointer");
		this.api.put(base() + "/cases/" + reference + "/legal-hold", Map.of("held", true, "reason", "Claim"));
		assertThat(pointers(this.api.post(redactions, Map.of("pointer", "/data/details", "reason", "x")), 422))
			.containsExactly("/pointer");
		assertThat(this.api.post(base() + "/cases/NOPE-1/redactions", Map.of("pointer", "/data/x", "reason", "x"))
			.status()).isEqualTo(404);
		assertThat(verified(reference)).isTrue();
	}

	private boolean verified(String reference) {
		return this.cases.get("/" + reference + "/history/verify").body().path("valid").asBoolean();
	}

	/**
	 * The county's counts by directorate and type over the financial year of the cases.
	 */
	private JsonNode report() {
		Api.Response started = this.api.post(base() + "/reports/counts-by-directorate-and-type/runs",
				Map.of("period", Map.of("from", "2024-04-01", "to", "2025-03-31")));
		assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
		JsonNode run = this.api.get(base() + "/reports/runs/" + started.body().path("runId").asString()).body();
		assertThat(run.path("status").asString()).isEqualTo("completed");
		assertThat(run.path("totals").path("received").asDouble()).isEqualTo(4.0);
		return Api.json("{\"rows\": " + run.path("rows") + ", \"totals\": " + run.path("totals") + "}");
	}

	private String base() {
		return "/api/tenants/" + this.tenant;
	}

}
