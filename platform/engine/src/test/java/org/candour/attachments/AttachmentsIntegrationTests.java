package org.candour.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.candour.api.EndpointRoles;
import org.candour.cases.CaseIntake;
import org.candour.cases.FeedbackCase;
import org.candour.cases.FileDigest;
import org.candour.cases.LogCase;
import org.candour.definition.model.FormQuestion;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.ConfigFixtures;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.support.TestTokens;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files of cases: stored in GridFS with the type their content shows, refused with
 * nothing stored when empty, of another type (an executable renamed .pdf), too large or
 * one too many; confined to their tenant and, for investigators, to their org units;
 * downloaded as attachments; a resident's files linked to their case once it is logged,
 * abandoned ones swept away.
 */
@CandourIntegrationTest
class AttachmentsIntegrationTests {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final String CLIENT = "203.0.113.7";

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestTokens tokens;

	@Autowired
	TestClock clock;

	@Autowired
	TenantManagement tenants;

	@Autowired
	PendingUploads pending;

	@Autowired
	UploadPolicies policies;

	@Autowired
	PendingUploadSweep sweep;

	@Autowired
	CaseIntake intake;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	AttachmentStore store;

	@Autowired
	AttachmentSettings settings;

	String tenant;

	String adultCare;

	String housing;

	@BeforeEach
	void twoCasesInTwoDirectorates() {
		this.clock.set("2026-11-18T10:00:00Z");
		List<ObjectNode> documents = ConfigFixtures.documents("minimal");
		for (ObjectNode document : documents) {
			if ("org-structure".equals(document.path("kind").asString())) {
				((ArrayNode) document.path("spec").path("units")).addObject()
					.put("id", "housing")
					.put("name", "Housing")
					.put("type", "directorate")
					.put("effectiveFrom", "2024-04-01");
			}
			if ("form".equals(document.path("kind").asString())) {
				withFileQuestion((ObjectNode) document.path("spec"));
			}
		}
		this.tenant = this.testTenants.withConfiguration("with documents", documents);
		this.adultCare = log("adult-care");
		this.housing = log("housing");
	}

	@Test
	void storesAFileWithTheTypeItsContentShowsAndNotesItInTheCaseHistory() {
		byte[] pdf = fixture("pothole-photo-report.pdf");
		Api.Response added = this.api.postFile(files(this.adultCare), "file", "../../Pothole report.pdf", pdf,
				officer());
		assertThat(added.status()).as(added.body().toString()).isEqualTo(201);
		assertThat(added.body().path("fileName").asString()).isEqualTo("Pothole report.pdf");
		assertThat(added.body().path("contentType").asString()).isEqualTo("application/pdf");
		assertThat(added.body().path("size").asLong()).isEqualTo(pdf.length);
		assertThat(added.body().path("sha256").asString()).isEqualTo(sha256(pdf));
		assertThat(added.body().path("uploadedBy").asString()).isEqualTo("olive");
		assertThat(added.body().path("caseReference").asString()).isEqualTo(this.adultCare);

		Api.Response listed = this.api.get(files(this.adultCare));
		assertThat(listed.body().findValuesAsString("id")).containsExactly(added.body().path("id").asString());
		JsonNode history = this.api.get(base() + "/cases/" + this.adultCare + "/history").body();
		JsonNode last = history.get(history.size() - 1);
		assertThat(last.path("action").asString()).isEqualTo("attachment-added");
		assertThat(last.path("by").asString()).isEqualTo("olive");
		assertThat(last.path("comment").asString()).contains("Pothole report.pdf", "application/pdf");
		assertThat(
				this.api.get(base() + "/cases/" + this.adultCare + "/history/verify").body().path("valid").asBoolean())
			.isTrue();
	}

	@Test
	void downloadsAsAnAttachmentWithTheDetectedTypeAndNoSniffing() {
		byte[] png = fixture("pothole.png");
		String id = this.api.postFile(files(this.housing), "file", "pothole.png", png, officer())
			.body()
			.path("id")
			.asString();
		HttpResponse<byte[]> download = this.api.download(files(this.housing) + "/" + id, officer());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(png);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(download.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(value -> assertThat(value).startsWith("attachment;").contains("pothole.png"));
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(this.api.download(files(this.adultCare) + "/" + id, officer()).statusCode())
			.as("a file is reached only through its own case")
			.isEqualTo(404);
	}

	@Test
	void refusesARenamedExecutableAnEmptyFileAndAMissingPartStoringNothing() {
		Api.Response program = this.api.postFile(files(this.adultCare), "file", "invoice.pdf",
				fixture("renamed-program.pdf"), officer());
		assertThat(program.status()).isEqualTo(422);
		assertThat(program.body().path("errors").get(0).path("pointer").asString()).isEqualTo("/file");
		assertThat(program.body().path("errors").get(0).path("code").asString()).isEqualTo("attachment.type");
		assertThat(program.body().path("errors").get(0).path("message").asString())
			.startsWith("The file must be a PDF, JPG, PNG");
		Api.Response empty = this.api.postFile(files(this.adultCare), "file", "empty.pdf", new byte[0], officer());
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.body().path("errors").get(0).path("code").asString()).isEqualTo("attachment.empty");
		Api.Response wrongPart = this.api.postFile(files(this.adultCare), "document", "letter.txt",
				fixture("letter.txt"), officer());
		assertThat(wrongPart.status()).isEqualTo(400);
		assertThat(this.api.get(files(this.adultCare)).body()).isEmpty();
		assertThat(storedDocuments()).as("no file entry and no chunk").isZero();
	}

	@Test
	void refusesAFileOverThePlatformsLimitWithAProblemDocument() {
		byte[] huge = pdfOf(11 * 1024 * 1024);
		Api.Response refused = this.api.postFile(files(this.adultCare), "file", "scan.pdf", huge, officer());
		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.body().path("errors").get(0).path("code").asString()).isEqualTo("attachment.too-large");
		assertThat(refused.body().path("errors").get(0).path("message").asString())
			.isEqualTo("The file must be smaller than 10 MB");
		assertThat(storedDocuments()).isZero();
	}

	@Test
	void refusesFilesTooLargeOrOneTooManyForTheQuestionStoringNothing() {
		String token = "web-" + UUID.randomUUID();
		UploadPolicy onePdfUpTo1Kb = this.policies
			.forQuestion(new FormQuestion.UploadLimits(List.of("application/pdf"), 1, 1L));
		assertThat(onePdfUpTo1Kb.typeNames()).containsExactly("PDF");
		inTenant(() -> {
			assertThatThrownBy(() -> this.pending.add(token, CLIENT, "documents", onePdfUpTo1Kb,
					upload("letter.txt", fixture("letter.txt"))))
				.isInstanceOfSatisfying(UploadRefused.class,
						refused -> assertThat(refused.reason()).isEqualTo(UploadRefused.Reason.TYPE));
			assertThatThrownBy(
					() -> this.pending.add(token, CLIENT, "documents", onePdfUpTo1Kb, upload("big.pdf", pdfOf(2048))))
				.isInstanceOfSatisfying(UploadRefused.class,
						refused -> assertThat(refused.reason()).isEqualTo(UploadRefused.Reason.TOO_LARGE));
			this.pending.add(token, CLIENT, "documents", onePdfUpTo1Kb,
					upload("report.pdf", fixture("pothole-photo-report.pdf")));
			assertThatThrownBy(() -> this.pending.add(token, CLIENT, "documents", onePdfUpTo1Kb,
					upload("another.pdf", fixture("pothole-photo-report.pdf"))))
				.isInstanceOfSatisfying(UploadRefused.class, refused -> {
					assertThat(refused.reason()).isEqualTo(UploadRefused.Reason.TOO_MANY);
					assertThat(refused.getMessage()).isEqualTo("You can upload up to 1 files");
				});
			assertThat(this.pending.list(token)).extracting(Attachment::fileName).containsExactly("report.pdf");
		});
		assertThat(storedDocuments()).as("one file entry and its one chunk").isEqualTo(2);
	}

	@Test
	void capsTheBytesWaitingPerJourneyAndPerClientStoringNothingBeyond() {
		byte[] pdf = pdfOf(1000);
		PendingUploads capped = new PendingUploads(this.store,
				new AttachmentSettings(this.settings.maxFileSize(), this.settings.allowedTypes(), 5, 50,
						this.settings.pendingExpiry(), DataSize.ofKilobytes(2), DataSize.ofKilobytes(3)));
		UploadPolicy policy = this.policies.forQuestion(FormQuestion.UploadLimits.NONE);
		String journey = "web-" + UUID.randomUUID();
		String another = "web-" + UUID.randomUUID();
		inTenant(() -> {
			capped.add(journey, CLIENT, "documents", policy, upload("one.pdf", pdf));
			capped.add(journey, CLIENT, "documents", policy, upload("two.pdf", pdf));
			assertThatThrownBy(() -> capped.add(journey, CLIENT, "documents", policy, upload("three.pdf", pdf)))
				.isInstanceOfSatisfying(UploadRefused.class, refused -> {
					assertThat(refused.reason()).isEqualTo(UploadRefused.Reason.JOURNEY_FULL);
					assertThat(refused.limit()).isEqualTo("2 KB");
				});
			Attachment third = capped.add(another, CLIENT, "documents", policy, upload("three.pdf", pdf));
			assertThatThrownBy(() -> capped.add(another, CLIENT, "documents", policy, upload("four.pdf", pdf)))
				.isInstanceOfSatisfying(UploadRefused.class,
						refused -> assertThat(refused.reason()).isEqualTo(UploadRefused.Reason.CLIENT_FULL));
			capped.add("web-" + UUID.randomUUID(), "198.51.100.1", "documents", policy, upload("other.pdf", pdf));
			assertThat(capped.list(journey)).extracting(Attachment::fileName).containsExactly("one.pdf", "two.pdf");
			assertThat(capped.list(another)).extracting(Attachment::fileName).containsExactly("three.pdf");

			capped.remove(another, third.id());
			capped.add(another, CLIENT, "documents", policy, upload("four.pdf", pdf));
			FeedbackCase logged = logWithFiles(journey, capped.list(journey).get(0));
			capped.settle(journey, logged);
			capped.add(another, CLIENT, "documents", policy, upload("five.pdf", pdf));
			assertThat(this.mongo.getCollection(AttachmentCollections.FILES)
				.countDocuments(new Document("metadata.client", new Document("$exists", true))))
				.as("a linked file forgets who sent it")
				.isEqualTo(3);
		});
		assertThat(storedDocuments()).as("four file entries (one linked) and their chunks").isEqualTo(8);
	}

	@Test
	void anotherTenantCannotReachTheFiles() {
		String id = this.api.postFile(files(this.adultCare), "file", "letter.txt", fixture("letter.txt"), officer())
			.body()
			.path("id")
			.asString();
		String other = this.testTenants.withConfiguration("minimal");
		String sameReference = this.api
			.post("/api/tenants/" + other + "/cases",
					Map.of("feedbackType", "complaint", "data", Map.of("summary", "Something else")))
			.body()
			.path("reference")
			.asString();
		assertThat(sameReference).as("references are per tenant").isEqualTo(this.adultCare);
		String otherFiles = "/api/tenants/" + other + "/cases/" + sameReference + "/attachments";
		assertThat(this.api.get(otherFiles).body()).isEmpty();
		String otherOfficer = this.tokens.member("oscar", other, Set.of(EndpointRoles.OFFICER), Set.of());
		assertThat(this.api.download(otherFiles + "/" + id, otherOfficer).statusCode()).isEqualTo(404);
		assertThat(this.api.download(files(this.adultCare) + "/" + id, otherOfficer).statusCode()).isEqualTo(403);
	}

	@Test
	void anInvestigatorReachesOnlyTheFilesOfTheirOrgUnitsCases() {
		String id = this.api.postFile(files(this.adultCare), "file", "letter.txt", fixture("letter.txt"), officer())
			.body()
			.path("id")
			.asString();
		String investigator = this.tokens.member("ivy", this.tenant, Set.of(EndpointRoles.INVESTIGATOR),
				Set.of("housing"));
		assertThat(this.api.sendAs(investigator, "GET", files(this.adultCare), null).status()).isEqualTo(404);
		assertThat(this.api.download(files(this.adultCare) + "/" + id, investigator).statusCode()).isEqualTo(404);
		assertThat(this.api.postFile(files(this.adultCare), "file", "letter.txt", fixture("letter.txt"), investigator)
			.status()).isEqualTo(404);
		Api.Response own = this.api.postFile(files(this.housing), "file", "letter.txt", fixture("letter.txt"),
				investigator);
		assertThat(own.status()).isEqualTo(201);
		assertThat(this.api.sendAs(investigator, "GET", files(this.housing), null).body().findValuesAsString("id"))
			.containsExactly(own.body().path("id").asString());
	}

	@Test
	void linksTheFilesTheLoggedCaseNamesRemovesTheRestAndDoesItOnlyOnce() {
		String token = "web-" + UUID.randomUUID();
		UploadPolicy policy = this.policies.forQuestion(FormQuestion.UploadLimits.NONE);
		inTenant(() -> {
			Attachment kept = this.pending.add(token, CLIENT, "documents", policy,
					upload("pothole.png", fixture("pothole.png")));
			Attachment dropped = this.pending.add(token, CLIENT, "documents", policy,
					upload("letter.txt", fixture("letter.txt")));
			FeedbackCase logged = logWithFiles(token, kept);
			assertThat(this.api.get(files(logged.reference())).body().findValuesAsString("id"))
				.as("named by the case's data before it is settled")
				.containsExactly(kept.id());
			assertThat(logged.files()).as("recorded in the case's history")
				.extracting(FileDigest::id)
				.containsExactly(kept.id());
			assertThat(verified(logged.reference())).isTrue();
			this.pending.settle(token, logged);
			this.pending.settle(token, logged);
			assertThat(this.pending.list(token)).isEmpty();
			assertThat(verified(logged.reference())).as("settling changes no recorded file").isTrue();
			JsonNode listed = this.api.get(files(logged.reference())).body();
			assertThat(listed.findValuesAsString("id")).containsExactly(kept.id());
			assertThat(listed.get(0).path("caseReference").asString()).isEqualTo(logged.reference());
			assertThat(listed.get(0).path("field").asString()).isEqualTo("documents");
			assertThat(this.pending.remove(token, kept.id())).as("a linked file is no longer the resident's").isFalse();
			assertThat(this.api.download(files(logged.reference()) + "/" + dropped.id(), officer()).statusCode())
				.isEqualTo(404);
		});
	}

	@Test
	void theSweepRemovesAbandonedUploadsAndLinksThoseOfLoggedCases() {
		String abandoned = "web-" + UUID.randomUUID();
		String unlinked = "web-" + UUID.randomUUID();
		String recent = "web-" + UUID.randomUUID();
		UploadPolicy policy = this.policies.forQuestion(FormQuestion.UploadLimits.NONE);
		inTenant(() -> {
			this.pending.add(abandoned, CLIENT, "documents", policy, upload("letter.txt", fixture("letter.txt")));
			Attachment evidence = this.pending.add(unlinked, CLIENT, "documents", policy,
					upload("pothole.png", fixture("pothole.png")));
			FeedbackCase logged = logWithFiles(unlinked, evidence);
			this.clock.set("2026-11-19T10:30:00Z");
			this.pending.add(recent, CLIENT, "documents", policy, upload("letter.txt", fixture("letter.txt")));
			assertThat(this.sweep.sweep()).isEqualTo(2);
			assertThat(this.pending.list(abandoned)).isEmpty();
			assertThat(this.pending.list(unlinked)).isEmpty();
			assertThat(this.pending.list(recent)).hasSize(1);
			assertThat(this.api.get(files(logged.reference())).body().findValuesAsString("caseReference"))
				.containsExactly(logged.reference());
			assertThat(this.sweep.sweep()).isZero();
		});
	}

	private boolean verified(String reference) {
		return this.api.get(base() + "/cases/" + reference + "/history/verify").body().path("valid").asBoolean();
	}

	private FeedbackCase logWithFiles(String token, Attachment file) {
		ObjectNode data = NODES.objectNode().put("summary", "Pothole");
		data.putArray("documents")
			.addObject()
			.put("id", file.id())
			.put("name", file.fileName())
			.put("contentType", file.contentType())
			.put("size", file.size());
		return this.intake.log(new LogCase("complaint", data, null, "web", null, null, null, null, null), token)
			.feedbackCase();
	}

	private static void withFileQuestion(ObjectNode form) {
		ObjectNode item = NODES.objectNode().put("type", "object");
		item.putArray("required").add("id").add("name");
		ObjectNode properties = item.putObject("properties");
		properties.putObject("id").put("type", "string");
		properties.putObject("name").put("type", "string");
		properties.putObject("contentType").put("type", "string");
		properties.putObject("size").put("type", "integer");
		((ObjectNode) form.path("schema").path("properties")).putObject("documents")
			.put("type", "array")
			.put("title", "Documents or photos")
			.put("maxItems", 3)
			.set("items", item);
		ObjectNode control = ((ArrayNode) form.path("uiSchema").path("elements")).addObject()
			.put("type", "Control")
			.put("scope", "#/properties/documents");
		control.putObject("options").put("widget", "file").put("maxFiles", 3);
	}

	private String log(String orgUnit) {
		Api.Response logged = this.api.post(base() + "/cases", Map.of("feedbackType", "complaint", "orgUnit", orgUnit,
				"data", Map.of("summary", "Something broken in " + orgUnit)));
		assertThat(logged.status()).as(logged.body().toString()).isEqualTo(201);
		return logged.body().path("reference").asString();
	}

	private long storedDocuments() {
		CurrentTenant current = this.tenants.find(this.tenant).orElseThrow().asCurrent();
		return TenantContext.callAs(current,
				() -> this.mongo.getCollection(AttachmentCollections.FILES).countDocuments(new Document())
						+ this.mongo.getCollection(AttachmentCollections.CHUNKS).countDocuments(new Document()));
	}

	private void inTenant(Runnable work) {
		TenantContext.runAs(this.tenants.find(this.tenant).orElseThrow().asCurrent(), work);
	}

	private String officer() {
		return this.tokens.member("olive", this.tenant, Set.of(EndpointRoles.OFFICER), Set.of());
	}

	private String files(String reference) {
		return base() + "/cases/" + reference + "/attachments";
	}

	private String base() {
		return "/api/tenants/" + this.tenant;
	}

	private static Upload upload(String name, byte[] content) {
		return new Upload(name, content.length, new ByteArrayResource(content));
	}

	private static byte[] pdfOf(int size) {
		byte[] pdf = new byte[size];
		System.arraycopy("%PDF-1.4\n".getBytes(), 0, pdf, 0, 9);
		java.util.Arrays.fill(pdf, 9, size, (byte) ' ');
		return pdf;
	}

	static byte[] fixture(String name) {
		try (InputStream in = AttachmentsIntegrationTests.class.getResourceAsStream("/attachments/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
