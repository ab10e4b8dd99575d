package org.candour.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.ObjectId;
import org.candour.api.EndpointRoles;
import org.candour.definition.CanonicalJson;
import org.candour.support.Api;
import org.candour.support.CaseApi;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.support.TestTokens;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of edit made directly in the database that a case's history must reveal, one
 * test each: the verification the API shows ({@code GET …/history/verify}) is intact
 * before and reports the history broken after. A chain head left one change behind (a
 * crash between storing a change and signing it) is not an edit: it verifies and catches
 * up.
 */
@CandourIntegrationTest
class HistoryTamperingIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	@Autowired
	TestTokens tokens;

	@Autowired
	MongoClient rawClient;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Cases storedCases;

	@Autowired
	TenantManagement tenants;

	@Autowired
	JsonMapper json;

	String tenant;

	CaseApi cases;

	@BeforeEach
	void tenant() {
		this.clock.set("2026-11-18T10:00:00Z");
		this.tenant = this.testTenants.withConfiguration("chc-two-stage");
		this.cases = new CaseApi(this.api, this.tenant);
	}

	@Test
	void recordsTheSnapshotEarlierReleasesRecordedSoStoredHistoriesKeepVerifying() {
		String reference = acknowledged();
		this.cases.acted(reference, "extend", Map.of("extensionDays", 5, "reason", "Waiting for inspection"));
		FeedbackCase stored = TenantContext.callAs(this.tenants.get(this.tenant).asCurrent(),
				() -> this.storedCases.byReference(reference).orElseThrow());
		// the case as stored, but its history, turned into a document and back: how
		// snapshots were hashed before they were computed in one pass
		ObjectNode tree = this.json.valueToTree(stored);
		tree.remove("history");
		String asBefore = CanonicalJson.sha256(BsonTrees.toTree(BsonTrees.toDocument(tree)));
		assertThat(stored.history()).hasSize(3);
		assertThat(stored.history().get(2).snapshotHash()).isEqualTo(asBefore);
	}

	@Test
	void changingWhenTheCaseWasReceivedIsDetected() {
		String reference = acknowledged();
		set("cases", reference, "receivedAt", "2026-11-10T09:00:00Z");
		assertBroken(reference);
	}

	@Test
	void changingTheDayItsClocksCountFromIsDetected() {
		String reference = acknowledged();
		set("cases", reference, "receivedOn", "2026-11-10");
		assertBroken(reference);
	}

	@Test
	void changingWhyTheReceiptWasBackDatedIsDetected() {
		Map<String, Object> backdated = new HashMap<>(ComplaintHandlingCodeIntegrationTests.complaint());
		backdated.put("receivedAt", "2026-11-16T09:00:00Z");
		backdated.put("backdatedReason", "Letter scanned late by the post room");
		String reference = this.cases.logged(backdated).path("reference").asString();
		assertIntact(reference);
		set("cases", reference, "backdatedReason", "Resident rang on Monday");
		assertBroken(reference);
	}

	@Test
	void changingTheChannelIsDetected() {
		String reference = acknowledged();
		set("cases", reference, "channel", "letter");
		assertBroken(reference);
	}

	@Test
	void changingTheConfigurationVersionTheCaseIsPinnedToIsDetected() {
		String reference = acknowledged();
		set("cases", reference, "configVersion", 2);
		assertBroken(reference);
	}

	@Test
	void changingTheComplainantsNameIsDetected() {
		String reference = acknowledged();
		set("people", reference, "contact.name", "Someone Else");
		assertBroken(reference).contains("contact details");
	}

	@Test
	void changingTheComplainantsEmailIsDetected() {
		String reference = acknowledged();
		set("people", reference, "contact.email", "someone@example.net");
		assertBroken(reference).contains("contact details");
	}

	@Test
	void deletingTheLastHistoryEntryAndSteppingTheVersionBackIsDetected() {
		String reference = acknowledged();
		this.api.post(this.cases.base() + "/" + reference + "/notes", Map.of("text", "Rang the resident"));
		assertIntact(reference);
		Document stored = find("cases", reference);
		List<Document> history = stored.getList("history", Document.class);
		Document kept = history.get(history.size() - 2);
		collection("cases").updateOne(filter(reference),
				new Document("$pop", new Document("history", 1)).append("$inc", new Document("version", -1))
					.append("$set", new Document("updatedAt", kept.get("at"))));
		assertBroken(reference).contains("rolled back or cut short");
	}

	@Test
	void restoringAnOlderCopyOfTheWholeCaseIsDetected() {
		String reference = this.cases.logged(ComplaintHandlingCodeIntegrationTests.complaint())
			.path("reference")
			.asString();
		Document older = find("cases", reference);
		this.clock.set("2026-11-19T10:00:00Z");
		this.cases.acted(reference, "acknowledge", Map.of());
		this.cases.acted(reference, "withdraw", Map.of("reason", "signposted-elsewhere"));
		assertIntact(reference);
		collection("cases").replaceOne(filter(reference), older);
		assertBroken(reference).contains("rolled back or cut short");
	}

	@Test
	void transplantingAnotherCasesHistoryIsDetected() {
		String target = acknowledged();
		String donor = this.cases.logged(ComplaintHandlingCodeIntegrationTests.complaint())
			.path("reference")
			.asString();
		this.cases.acted(donor, "acknowledge", Map.of());
		this.cases.acted(donor, "withdraw", Map.of("reason", "signposted-elsewhere"));
		assertIntact(target);
		Document replacement = find("cases", donor);
		Document original = find("cases", target);
		replacement.put("_id", original.get("_id"));
		replacement.put("reference", target);
		replacement.put("idempotencyKey", original.get("idempotencyKey"));
		collection("cases").replaceOne(filter(target), replacement);
		assertBroken(target);
	}

	@Test
	void replacingTheBytesOfAnAttachmentIsDetected() {
		String reference = acknowledged();
		Api.Response added = this.api.postFile(this.cases.base() + "/" + reference + "/attachments", "file",
				"letter.txt", "Dear council, the pothole is still there.".getBytes(),
				this.tokens.member("olive", this.tenant, Set.of(EndpointRoles.OFFICER), Set.of()));
		assertThat(added.status()).as(added.body().toString()).isEqualTo(201);
		assertIntact(reference);
		collection("attachments.chunks").updateOne(
				new Document("files_id", new ObjectId(added.body().path("id").asString())).append("n", 0),
				new Document("$set",
						new Document("data", new Binary("Dear council, the pothole was fixed! :)".getBytes()))));
		assertBroken(reference).contains("content of file");
	}

	@Test
	void hidingTheCaseFromQueuesThroughTheCopiesTheyReadIsDetected() {
		String reference = acknowledged();
		set("cases", reference, "open", false);
		assertBroken(reference).contains("copies queues read");
	}

	@Test
	void removingTheSignedChainHeadIsDetected() {
		String reference = acknowledged();
		collection("case_heads").deleteOne(filter(reference));
		assertBroken(reference).contains("no signed chain head");
	}

	@Test
	void aHeadOneChangeBehindTheCaseStillVerifiesAndCatchesUpWithTheNextChange() {
		String reference = acknowledged();
		Document behind = find("case_heads", reference);
		this.api.post(this.cases.base() + "/" + reference + "/notes", Map.of("text", "Rang the resident"));
		collection("case_heads").replaceOne(filter(reference), behind);
		assertIntact(reference);
		this.cases.acted(reference, "withdraw", Map.of("reason", "signposted-elsewhere"));
		assertIntact(reference);
		assertThat(find("case_heads", reference).get("version", Number.class).longValue()).isEqualTo(3);
	}

	@Test
	void changesMadeThroughCandourKeepTheHistoryIntact() {
		String reference = acknowledged();
		this.api.postFile(this.cases.base() + "/" + reference + "/attachments", "file", "letter.txt",
				"A letter".getBytes(),
				this.tokens.member("olive", this.tenant, Set.of(EndpointRoles.OFFICER), Set.of()));
		this.api.post(this.cases.base() + "/" + reference + "/notes", Map.of("text", "Rang the resident"));
		this.cases.acted(reference, "withdraw", Map.of("reason", "signposted-elsewhere"));
		JsonNode report = assertIntact(reference);
		assertThat(report.path("entries").asInt()).isEqualTo(5);
		JsonNode last = this.cases.get("/" + reference + "/history").body().get(4);
		assertThat(last.path("scheme").asInt()).isEqualTo(2);
		assertThat(last.path("mac").asString()).hasSize(64);
	}

	private String acknowledged() {
		String reference = this.cases.logged(ComplaintHandlingCodeIntegrationTests.complaint())
			.path("reference")
			.asString();
		this.cases.acted(reference, "acknowledge", Map.of());
		assertIntact(reference);
		return reference;
	}

	private JsonNode assertIntact(String reference) {
		JsonNode report = this.cases.get("/" + reference + "/history/verify").body();
		assertThat(report.path("valid").asBoolean()).as(report.toString()).isTrue();
		return report;
	}

	private org.assertj.core.api.AbstractStringAssert<?> assertBroken(String reference) {
		Api.Response response = this.cases.get("/" + reference + "/history/verify");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().path("valid").asBoolean()).as(response.body().toString()).isFalse();
		return assertThat(response.body().path("problem").asString());
	}

	private void set(String collection, String reference, String field, Object value) {
		long changed = collection(collection)
			.updateOne(filter(reference), new Document("$set", new Document(field, value)))
			.getModifiedCount();
		assertThat(changed).as("edited " + collection + " " + field).isEqualTo(1);
	}

	private Document find(String collection, String reference) {
		return collection(collection).find(filter(reference)).first();
	}

	private Document filter(String reference) {
		return new Document("reference", reference).append("tenantId", this.tenant);
	}

	private MongoCollection<Document> collection(String name) {
		MongoDatabase database = this.rawClient.getDatabase(this.mongo.getDb().getName());
		return database.getCollection(name);
	}

}
