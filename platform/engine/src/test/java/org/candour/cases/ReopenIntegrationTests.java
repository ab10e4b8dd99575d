package org.candour.cases;

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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A closed case reopened by a configured transition: the closure cleared with a reason,
 * the history kept, the response clock carried on with the days the case was closed not
 * counted, and a second closing recorded as the case's closure.
 */
@CandourIntegrationTest
class ReopenIntegrationTests {

	private static final String WORKFLOW = """
			{"kind": "workflow", "id": "complaint-flow", "title": "Complaint", "spec": {
			 "initialState": "new",
			 "states": [{"id": "new", "label": "New", "category": "new"},
			            {"id": "open", "label": "Open", "category": "open"},
			            {"id": "closed", "label": "Closed", "category": "closed"}],
			 "clocks": [{"id": "respond", "label": "Response due", "startsOn": {"event": "logged"},
			             "anchor": {"type": "received"}, "duration": {"amount": 20, "unit": "working-days"},
			             "stopsOn": ["close"]}],
			 "transitions": [
			  {"action": "close", "label": "Close", "from": ["new", "open"], "to": "closed", "roles": ["OFFICER"],
			   "effects": [{"type": "close", "reason": "resolved"}]},
			  {"action": "reopen", "label": "Reopen", "from": ["closed"], "to": "open", "roles": ["OFFICER"],
			   "inputs": {"type": "object", "required": ["reason"],
			              "properties": {"reason": {"type": "string", "title": "Why is the case reopened?", "maxLength": 500}}},
			   "effects": [{"type": "reopen", "reasonFrom": "/inputs/reason"},
			               {"type": "clock", "clock": "respond", "operation": "resume"}]}]}}""";

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	@Autowired
	JsonMapper json;

	CaseApi cases;

	@BeforeEach
	void tenantWhoseClosedCasesMayBeReopened() {
		this.clock.set("2026-11-02T10:00:00Z");
		List<ObjectNode> documents = ConfigFixtures.documents("minimal");
		documents.removeIf(document -> "workflow".equals(document.path("kind").asString()));
		documents.add((ObjectNode) this.json.readTree(WORKFLOW));
		this.cases = new CaseApi(this.api, this.testTenants.withConfiguration("Reopening", documents));
	}

	@Test
	void aReopenedCaseIsOpenWithItsClosureClearedItsReasonRecordedAndItsClockCarriedOn() {
		String reference = logged();
		assertThat(CaseApi.due(this.cases.read(reference), "respond")).isEqualTo("2026-11-30");
		this.clock.set("2026-11-04T10:00:00Z");
		this.cases.acted(reference, "close", Map.of());
		JsonNode closed = this.cases.read(reference);
		assertThat(closed.path("closureReason").asString()).isEqualTo("resolved");
		assertThat(clock(closed).path("status").asString()).isEqualTo("met");

		this.clock.set("2026-11-11T10:00:00Z");
		this.cases.acted(reference, "reopen", Map.of("reason", "The resident says the repair was never done"));

		JsonNode reopened = this.cases.read(reference);
		assertThat(reopened.path("state").asString()).isEqualTo("open");
		assertThat(reopened.path("stateCategory").asString()).isEqualTo("open");
		assertThat(reopened.path("closureReason").isNull() || reopened.path("closureReason").isMissingNode()).isTrue();
		assertThat(reopened.path("closedAt").isNull() || reopened.path("closedAt").isMissingNode()).isTrue();
		assertThat(reopened.at("/meta/reopened/count").asInt()).isEqualTo(1);
		assertThat(reopened.at("/meta/reopened/reason").asString())
			.isEqualTo("The resident says the repair was never done");
		assertThat(clock(reopened).path("status").asString()).isEqualTo("running");
		assertThat(CaseApi.due(reopened, "respond")).as("5 working days closed, not counted").isEqualTo("2026-12-07");
		assertThat(this.cases.get("/" + reference + "/history").body().findValuesAsString("action"))
			.containsExactly("log", "close", "reopen");

		this.clock.set("2026-11-12T10:00:00Z");
		this.cases.acted(reference, "close", Map.of());
		JsonNode closedAgain = this.cases.read(reference);
		assertThat(closedAgain.path("closedAt").asString()).isEqualTo("2026-11-12T10:00:00Z");
		assertThat(clock(closedAgain).path("status").asString()).isEqualTo("met");
	}

	@Test
	void aCaseIsNotReopenedWithoutAReasonAndStaysClosed() {
		String reference = logged();
		this.cases.acted(reference, "close", Map.of());

		Api.Response blank = this.cases.act(reference, "reopen", Map.of("reason", "   "));
		Api.Response none = this.cases.act(reference, "reopen", Map.of());

		assertThat(blank.status()).isEqualTo(422);
		assertThat(blank.body().findValuesAsString("pointer")).contains("/inputs/reason");
		assertThat(none.status()).isEqualTo(422);
		assertThat(none.body().findValuesAsString("pointer")).contains("/inputs/reason");
		JsonNode still = this.cases.read(reference);
		assertThat(still.path("state").asString()).isEqualTo("closed");
		assertThat(still.path("closureReason").asString()).isEqualTo("resolved");
	}

	private String logged() {
		return this.cases
			.logged(Map.of("feedbackType", "complaint", "channel", "web", "data",
					Map.of("summary", "The repair was never done")))
			.path("reference")
			.asString();
	}

	private static JsonNode clock(JsonNode feedbackCase) {
		for (JsonNode clock : feedbackCase.path("clocks")) {
			if ("respond".equals(clock.path("id").asString())) {
				return clock;
			}
		}
		throw new AssertionError("no respond clock");
	}

}
