package org.candour.cases;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.candour.api.EndpointRoles;
import org.candour.definition.pack.PackRepository;
import org.candour.definition.pack.PackSource;
import org.candour.packs.PackDeployment;
import org.candour.support.Api;
import org.candour.support.CaseApi;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes outside the workflow's actions, on the unitary council's triage workflow:
 * editing form data where the state allows it, internal notes, and who may read contact
 * details.
 */
@CandourIntegrationTest
class CaseEditsIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	TestTokens tokens;

	@Autowired
	PackDeployment deployment;

	String tenant;

	CaseApi cases;

	@BeforeEach
	void unitaryCouncil() {
		this.tenant = "edits-" + UUID.randomUUID().toString().substring(0, 8);
		Path packs = Path.of("../../tenant-configs").toAbsolutePath().normalize();
		this.deployment.deploy(this.tenant, PackSource.fromDirectory(packs.resolve("unitary-council-triage")),
				PackRepository.directory(packs), false, true);
		this.cases = new CaseApi(this.api, this.tenant);
	}

	@Test
	void editsFormDataWhereTheStateAllowsItAndRecordsEveryChangedField() {
		String reference = allocated();
		long version = this.cases.read(reference).path("version").asLong();
		Api.Response edited = this.api
			.patch(data(reference), Map.of("version", version, "comment", "resident rang", "data",
					Map.of("details", "The bin was missed three weeks running.", "desiredOutcome", "A collection")));
		assertThat(edited.status()).as(edited.body().toString()).isEqualTo(200);
		assertThat(edited.body().path("version").asLong()).isEqualTo(version + 1);
		assertThat(edited.body().path("data").path("desiredOutcome").asString()).isEqualTo("A collection");
		JsonNode last = last(reference);
		assertThat(last.path("action").asString()).isEqualTo("edit-data");
		assertThat(last.path("comment").asString()).isEqualTo("resident rang");
		assertThat(last.path("changes").findValuesAsString("path")).contains("/data/details", "/data/desiredOutcome");
		assertThat(this.cases.get("/" + reference + "/history/verify").body().path("valid").asBoolean()).isTrue();

		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("summary", "Missed bins, again");
		assertThat(this.api.patch(data(reference), Map.of("data", summary)).body().path("summary").asString())
			.isEqualTo("Missed bins, again");
	}

	@Test
	void refusesAStaleVersionAnInvalidValueAContactFieldAndAStateThatIsNotEditable() {
		String reference = allocated();
		long version = this.cases.read(reference).path("version").asLong();
		Api.Response stale = this.api.patch(data(reference),
				Map.of("version", version - 1, "data", Map.of("details", "x")));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.body().path("currentVersion").asLong()).isEqualTo(version);

		Api.Response invalid = this.api.patch(data(reference), Map.of("data", Map.of("summary", "")));
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.body().path("errors").findValuesAsString("pointer")).containsExactly("/data/summary");

		Api.Response contact = this.api.patch(data(reference), Map.of("data", Map.of("name", "Someone Else")));
		assertThat(contact.status()).isEqualTo(422);
		assertThat(contact.body().path("errors").findValuesAsString("code")).contains("case.contact-field");

		String untriaged = logged();
		assertThat(this.api.patch(data(untriaged), Map.of("data", Map.of("details", "x"))).status()).isEqualTo(409);
		assertThat(this.cases.read(reference).path("version").asLong()).as("nothing written").isEqualTo(version);
	}

	@Test
	void addsInternalNotesToTheHistoryWithoutChangingTheCase() {
		String reference = logged();
		JsonNode before = this.cases.read(reference);
		Api.Response noted = this.api.post(notes(reference), Map.of("text", "Rang back, no answer"));
		assertThat(noted.status()).isEqualTo(201);
		assertThat(noted.body().path("version").asLong()).isEqualTo(before.path("version").asLong() + 1);
		assertThat(noted.body().path("state").asString()).isEqualTo(before.path("state").asString());
		JsonNode last = last(reference);
		assertThat(last.path("action").asString()).isEqualTo("note");
		assertThat(last.path("comment").asString()).isEqualTo("Rang back, no answer");
		assertThat(last.path("changes")).isEmpty();
		assertThat(this.cases.get("/" + reference + "/history/verify").body().path("valid").asBoolean()).isTrue();
		assertThat(this.api.post(notes(reference), Map.of("text", " ")).status()).isEqualTo(422);
	}

	@Test
	void showsContactDetailsOnlyToTheRolesThatWorkCases() {
		String reference = logged();
		JsonNode people = this.cases.get("/" + reference + "/people").body();
		assertThat(people.path("contact").path("name").asString()).isEqualTo("Pat Resident");
		String auditor = this.tokens.member("audrey", this.tenant, Set.of(EndpointRoles.AUDITOR), Set.of());
		assertThat(this.api.sendAs(auditor, "GET", this.cases.base() + "/" + reference + "/people", null).status())
			.isEqualTo(403);
		String investigator = this.tokens.member("ivan", this.tenant, Set.of(EndpointRoles.INVESTIGATOR),
				Set.of("adults"));
		assertThat(this.api.sendAs(investigator, "GET", this.cases.base() + "/" + reference + "/people", null).status())
			.as("outside the investigator's org units")
			.isEqualTo(404);
	}

	private String logged() {
		return this.cases
			.logged(Map.of("feedbackType", "contact", "channel", "phone", "data",
					Map.of("name", "Pat Resident", "summary", "Missed bins", "details", "Missed twice.")))
			.path("reference")
			.asString();
	}

	private String allocated() {
		String reference = logged();
		this.cases.acted(reference, "triage-complaint", Map.of("service", "corporate"));
		this.cases.acted(reference, "allocate", Map.of("officer", "officer@" + this.tenant));
		return reference;
	}

	private JsonNode last(String reference) {
		List<JsonNode> history = List
			.copyOf((java.util.Collection<JsonNode>) this.cases.get("/" + reference + "/history")
				.body()
				.valueStream()
				.toList());
		return history.get(history.size() - 1);
	}

	private String data(String reference) {
		return this.cases.base() + "/" + reference + "/data";
	}

	private String notes(String reference) {
		return this.cases.base() + "/" + reference + "/notes";
	}

}
