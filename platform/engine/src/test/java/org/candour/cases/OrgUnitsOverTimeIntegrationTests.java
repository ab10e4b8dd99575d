package org.candour.cases;

import java.util.List;
import java.util.Map;

import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.CaseApi;
import org.candour.support.Restructure;
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
 * A restructure at run time: on 1 April 2025 the north and south highways teams merge
 * into one maintenance team. Closed units take no new cases, each case records where it
 * sat in the structure when it was logged and when it was given to a team, and old cases
 * are never rewritten.
 */
@CandourIntegrationTest
class OrgUnitsOverTimeIntegrationTests {

	private static final String ALLOCATE = """
			{"action": "allocate", "label": "Allocate", "from": ["new"], "to": "new", "roles": ["OFFICER"],
			 "inputs": {"type": "object", "required": ["team"], "properties": {"team": {"type": "string"}}},
			 "effects": [{"type": "assign", "to": "team", "source": "/inputs/team"}]}""";

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
	void tenantWithARestructure() {
		List<ObjectNode> documents = Restructure.minimal(this.json);
		documents.stream()
			.filter(document -> "workflow".equals(document.path("kind").asString()))
			.forEach(workflow -> ((tools.jackson.databind.node.ArrayNode) workflow.path("spec").path("transitions"))
				.add(this.json.readTree(ALLOCATE)));
		this.clock.set("2025-03-20T10:00:00Z");
		this.cases = new CaseApi(this.api, this.testTenants.withConfiguration("Restructure", documents));
	}

	@Test
	void aCaseRecordsItsPlaceInTheStructureWhenLoggedAndWhenGivenToATeam() {
		JsonNode logged = this.cases.logged(Map.of("feedbackType", "complaint", "channel", "web", "orgUnit",
				"highways-north", "data", Map.of("summary", "Pothole")));

		assertThat(logged.at("/meta/orgPath").toString()).isEqualTo(
				"{\"unit\":\"highways-north\",\"directorate\":\"place\",\"service\":\"highways\",\"team\":\"highways-north\",\"on\":\"2025-03-20\"}");

		this.clock.set("2025-04-02T10:00:00Z");
		JsonNode allocated = this.cases.acted(logged.path("reference").asString(), "allocate",
				Map.of("team", "highways-maintenance"));

		assertThat(allocated.at("/team").asString()).isEqualTo("highways-maintenance");
		assertThat(allocated.at("/meta/teamPath/team").asString()).isEqualTo("highways-maintenance");
		assertThat(allocated.at("/meta/teamPath/on").asString()).isEqualTo("2025-04-02");
		assertThat(allocated.at("/orgUnit").asString()).as("the old case is not rewritten").isEqualTo("highways-north");
		assertThat(allocated.at("/meta/orgPath/team").asString()).isEqualTo("highways-north");
	}

	@Test
	void aUnitARestructureClosedTakesNoNewCasesAndSaysWhy() {
		this.clock.set("2025-04-01T09:00:00Z");

		Api.Response refused = this.cases.log(Map.of("feedbackType", "complaint", "channel", "web", "orgUnit",
				"highways-south", "data", Map.of("summary", "Pothole")));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().at("/errors/0/pointer").asString()).isEqualTo("/orgUnit");
		assertThat(refused.body().at("/errors/0/code").asString()).isEqualTo("org-unit.closed");
		assertThat(refused.body().at("/errors/0/message").asString()).contains("2025-03-31");
	}

	@Test
	void aUnitNotYetInExistenceTakesNoCases() {
		Api.Response refused = this.cases.log(Map.of("feedbackType", "complaint", "channel", "web", "orgUnit",
				"highways-maintenance", "data", Map.of("summary", "Pothole")));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().at("/errors/0/code").asString()).isEqualTo("org-unit.not-yet");
	}

	@Test
	void aCaseCannotBeGivenToAClosedTeamOrOneThatNeverExisted() {
		String reference = this.cases
			.logged(Map.of("feedbackType", "complaint", "channel", "web", "data", Map.of("summary", "Pothole")))
			.path("reference")
			.asString();
		this.clock.set("2025-04-02T10:00:00Z");

		Api.Response closed = this.cases.act(reference, "allocate", Map.of("team", "highways-north"));
		Api.Response unknown = this.cases.act(reference, "allocate", Map.of("team", "roads"));

		assertThat(closed.status()).isEqualTo(422);
		assertThat(closed.body().at("/errors/0/pointer").asString()).isEqualTo("/inputs/team");
		assertThat(closed.body().at("/errors/0/code").asString()).isEqualTo("org-unit.closed");
		assertThat(unknown.status()).isEqualTo(422);
		assertThat(unknown.body().at("/errors/0/code").asString()).isEqualTo("ref.org-unit-missing");
		assertThat(this.cases.read(reference).at("/version").asLong()).as("nothing written").isZero();
	}

}
