package org.candour.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.candour.support.Api;
import org.candour.support.CaseApi;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case stored before history entries were signed (hash scheme 2), exactly as that code
 * stored it ({@code cases/legacy-case.json}: logged, acknowledged, noted): its entries
 * keep verifying as written, and its next change records its people part and files and
 * signs its history from there on.
 */
@CandourIntegrationTest
class LegacyHistoryIntegrationTests {

	private static final String REFERENCE = "COMP-2026-000001";

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	@Autowired
	MongoClient rawClient;

	@Autowired
	MongoTemplate mongo;

	String tenant;

	CaseApi cases;

	@BeforeEach
	void legacyCase() {
		this.clock.set("2026-11-20T10:00:00Z");
		this.tenant = this.testTenants.withConfiguration("chc-two-stage");
		this.cases = new CaseApi(this.api, this.tenant);
		String id = this.tenant + ":" + REFERENCE;
		Document stored = Document.parse(resource("legacy-case.json"));
		stored.put("_id", id);
		stored.put("id", id);
		stored.put("tenantId", this.tenant);
		database().getCollection("cases").insertOne(stored);
		Document people = Document.parse(resource("legacy-people.json"));
		people.put("_id", id);
		people.put("tenantId", this.tenant);
		database().getCollection("people").insertOne(people);
	}

	@Test
	void aHistoryWrittenBeforeSignedEntriesStillVerifiesAndIsSignedFromItsNextChange() {
		assertThat(verify().path("valid").asBoolean()).as(verify().toString()).isTrue();
		assertThat(verify().path("entries").asInt()).isEqualTo(3);

		this.api.post(this.cases.base() + "/" + REFERENCE + "/notes", Map.of("text", "Rang the resident again"));
		JsonNode report = verify();
		assertThat(report.path("valid").asBoolean()).as(report.toString()).isTrue();
		JsonNode history = this.cases.get("/" + REFERENCE + "/history").body();
		assertThat(history.get(2).has("scheme") && !history.get(2).path("scheme").isNull()).isFalse();
		assertThat(history.get(3).path("scheme").asInt()).isEqualTo(2);
		assertThat(database().getCollection("case_heads")
			.countDocuments(new Document("reference", REFERENCE).append("tenantId", this.tenant))).isEqualTo(1);

		database().getCollection("people")
			.updateOne(new Document("reference", REFERENCE).append("tenantId", this.tenant),
					new Document("$set", new Document("contact.email", "someone@example.net")));
		assertThat(verify().path("valid").asBoolean()).as("contact details are now recorded").isFalse();
	}

	@Test
	void anEntryOfALegacyHistoryEditedDirectlyIsStillDetected() {
		database().getCollection("cases")
			.updateOne(new Document("reference", REFERENCE).append("tenantId", this.tenant),
					new Document("$set", new Document("history.1.by", "someone-else")));
		JsonNode report = verify();
		assertThat(report.path("valid").asBoolean()).isFalse();
		assertThat(report.path("firstBroken").asInt()).isEqualTo(2);
	}

	private JsonNode verify() {
		return this.cases.get("/" + REFERENCE + "/history/verify").body();
	}

	private MongoDatabase database() {
		return this.rawClient.getDatabase(this.mongo.getDb().getName());
	}

	private static String resource(String name) {
		try (InputStream in = LegacyHistoryIntegrationTests.class.getResourceAsStream("/cases/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
