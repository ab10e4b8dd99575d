package org.candour.privacy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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

/**
 * Subject access in the county pack: a person is found by normalised identifiers across
 * compliments and comments (and not in another tenant), exported as one zip with the
 * JSON, a readable PDF and their file, and every export is in the privacy log.
 */
@CandourIntegrationTest
class SubjectAccessIntegrationTests {

	static final String NAME = "Robin Example";

	static final String EMAIL = "robin@example.org";

	static final String DETAILS = "The staff at Northby library helped me apply for a job online.";

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
		this.tenant = this.testTenants.withShippedPack("privacy", "county-council");
		this.cases = new CaseApi(this.api, this.tenant);
	}

	@Test
	void findsThePersonsCasesInTwoFeedbackTypesByNormalisedIdentifiersAndNothingOfAnotherTenant() {
		String compliment = compliment(this.cases, EMAIL, DETAILS);
		String comment = comment(this.cases, "ROBIN@Example.org", "Please open the library on Sundays.");
		compliment(this.cases, "Sam Other", "sam@example.org", "01632 960 002", "Someone else's thanks.");
		String other = this.testTenants.withShippedPack("privacy-other", "county-council");
		compliment(new CaseApi(this.api, other), EMAIL, "Another council's record of Robin.");

		JsonNode byEmail = this.api.get(base() + "/subject-access?email=Robin@Example.ORG").body();
		assertThat(byEmail.path("cases").findValuesAsString("reference")).containsExactlyInAnyOrder(compliment,
				comment);
		assertThat(byEmail.path("cases").findValuesAsString("feedbackType")).containsExactlyInAnyOrder("compliment",
				"comment");
		assertThat(byEmail.path("people")).as("one person: the same email on both").hasSize(1);
		assertThat(byEmail.path("people").get(0).path("cases").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder(compliment, comment);
		assertThat(byEmail.toString()).doesNotContain("Another council");

		assertThat(this.api.get(base() + "/subject-access?phone=%2B44%207700%20900982")
			.body()
			.path("cases")
			.findValuesAsString("reference")).as("+44 is 0").containsExactly(compliment);
		assertThat(this.api.get(base() + "/subject-access?name=%20robin%20%20EXAMPLE%20")
			.body()
			.path("cases")
			.findValuesAsString("reference")).containsExactlyInAnyOrder(compliment, comment);
		assertThat(this.api.get(base() + "/subject-access?reference=" + comment)
			.body()
			.path("cases")
			.findValuesAsString("reference")).as("the reference finds the person it names, and so their other cases")
			.containsExactlyInAnyOrder(compliment, comment);
		this.api.post(base() + "/cases/" + compliment + "/notes", Map.of("text", "Sam rang about it: 01632 960001"));
		assertThat(this.api.get(base() + "/subject-access?phone=01632960001")
			.body()
			.path("cases")
			.get(0)
			.path("matchedBy")
			.get(0)
			.asString()).as("a note mentioning the number").isEqualTo("/history/2/comment");
	}

	@Test
	void anExportIsOneZipWithTheJsonAReadablePdfAndTheFilesAndIsLogged() throws IOException {
		String compliment = compliment(this.cases, EMAIL, DETAILS);
		String comment = comment(this.cases, EMAIL, "Please open the library on Sundays.");
		String officer = this.tokens.member("olive", this.tenant, Set.of(EndpointRoles.OFFICER), Set.of());
		assertThat(this.api
			.postFile(base() + "/cases/" + compliment + "/attachments", "file", "letter.txt",
					"Dear council, thank you.".getBytes(StandardCharsets.UTF_8), officer)
			.status()).isEqualTo(201);

		var response = this.api.postForBytes(base() + "/subject-access/exports", Map.of("email", EMAIL));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).contains("application/zip");
		Map<String, byte[]> zip = unzip(response.body());
		assertThat(zip.keySet()).contains(ExportBundle.JSON, ExportBundle.PDF);
		assertThat(zip.keySet())
			.anyMatch(name -> name.startsWith("attachments/" + compliment + "/") && name.endsWith("-letter.txt"));
		JsonNode json = Api.json(new String(zip.get(ExportBundle.JSON), StandardCharsets.UTF_8));
		assertThat(json.path("cases").findValuesAsString("reference")).containsExactlyInAnyOrder(compliment, comment);
		JsonNode exported = json.path("cases")
			.valueStream()
			.filter(each -> each.path("reference").asString().equals(compliment))
			.findFirst()
			.orElseThrow();
		assertThat(exported.path("people").path("email").asString()).isEqualTo(EMAIL);
		assertThat(exported.path("data").path("details").asString()).isEqualTo(DETAILS);
		assertThat(exported.path("history")).isNotEmpty();
		assertThat(exported.path("attachments").findValuesAsString("fileName")).containsExactly("letter.txt");
		try (PDDocument pdf = Loader.loadPDF(zip.get(ExportBundle.PDF))) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains(compliment, comment, "Northby library", NAME);
		}
		String attachment = zip.entrySet()
			.stream()
			.filter(entry -> entry.getKey().endsWith("letter.txt"))
			.map(entry -> new String(entry.getValue(), StandardCharsets.UTF_8))
			.findFirst()
			.orElseThrow();
		assertThat(attachment).isEqualTo("Dear council, thank you.");

		JsonNode log = this.api.get(base() + "/subject-access/log").body();
		assertThat(log.get(0).path("action").asString()).isEqualTo("export");
		assertThat(log.get(0).path("cases").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder(compliment,
				comment);
		assertThat(log.get(0).path("identifiers").valueStream().map(JsonNode::asString)).containsExactly("email");
		assertThat(log.get(0).path("by").asString()).isEqualTo(TestTokens.MEMBER);
		assertThat(log.toString()).as("the log keeps no identifier's value").doesNotContain(EMAIL);
		String auditor = this.tokens.member("audrey", this.tenant, Set.of(EndpointRoles.AUDITOR), Set.of());
		assertThat(this.api.sendAs(auditor, "GET", base() + "/subject-access/log", null).status()).isEqualTo(200);
		assertThat(this.api.sendAs(auditor, "GET", base() + "/subject-access?email=" + EMAIL, null).status())
			.isEqualTo(403);
		assertThat(this.api.sendAs(officer, "GET", base() + "/subject-access/log", null).status()).isEqualTo(403);
		assertThat(this.api.get(base() + "/security-events?type=subject-access-exported").body().toString())
			.contains(compliment);
	}

	@Test
	void exportingChosenCasesGivesThoseOnly() throws IOException {
		String compliment = compliment(this.cases, EMAIL, DETAILS);
		comment(this.cases, EMAIL, "Please open the library on Sundays.");
		var response = this.api.postForBytes(base() + "/subject-access/exports", Map.of("cases", List.of(compliment)));
		JsonNode json = Api.json(new String(unzip(response.body()).get(ExportBundle.JSON), StandardCharsets.UTF_8));
		assertThat(json.path("cases").findValuesAsString("reference")).containsExactly(compliment);
	}

	@Test
	void learningAndRemediesThatMentionThePersonAreFoundAndExportedWhicheverCaseTheyName() throws IOException {
		String own = compliment(this.cases, EMAIL, DETAILS);
		String others = compliment(this.cases, "Sam Other", "sam@example.org", "01632 960 002",
				"Someone else's thanks.");
		String learning = "Staff should call back residents such as Robin Example the same day";
		assertThat(this.api
			.post(base() + "/learning",
					Map.of("statement", learning, "theme", "communication", "cases", List.of(others)))
			.status()).isEqualTo(201);
		this.api.post(base() + "/learning", Map.of("statement", "Robinson Road needs better signs", "theme",
				"communication", "cases", List.of(others)));
		String remedy = "A call to Sam's neighbour on 07700 900982 to apologise";
		assertThat(this.api
			.post(base() + "/cases/" + others + "/remedies", Map.of("kind", "apology", "description", remedy))
			.status()).isEqualTo(201);

		JsonNode found = this.api
			.get(base() + "/subject-access?email=" + EMAIL + "&name=Robin%20Example&phone=07700900982")
			.body();

		assertThat(found.path("cases").findValuesAsString("reference"))
			.as("the records do not make their case the person's")
			.containsExactly(own);
		JsonNode records = found.path("records");
		assertThat(records).as("the name as whole words, so not Robinson Road").hasSize(2);
		assertThat(records.findValuesAsString("kind")).containsExactly("learning", "remedy");
		assertThat(records.get(0).path("matchedBy").get(0).asString()).isEqualTo("/statement");
		assertThat(records.get(1).path("matchedBy").get(0).asString()).isEqualTo("/description");
		assertThat(records.get(1).path("cases").get(0).asString()).isEqualTo(others);

		Map<String, byte[]> zip = unzip(this.api
			.postForBytes(base() + "/subject-access/exports",
					Map.of("email", EMAIL, "name", NAME, "phone", "07700900982"))
			.body());
		String json = new String(zip.get(ExportBundle.JSON), StandardCharsets.UTF_8);
		assertThat(Api.json(json).path("otherRecords").findValuesAsString("id"))
			.containsExactlyElementsOf(records.findValuesAsString("id"));
		assertThat(json).contains(learning, remedy).doesNotContain("Robinson Road", "Someone else's thanks");
		try (PDDocument pdf = Loader.loadPDF(zip.get(ExportBundle.PDF))) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Other records that mention the person", learning, remedy);
		}
	}

	@Test
	void badIdentifiersAreRefusedWithPointers() {
		assertThat(pointers(this.api.get(base() + "/subject-access"), 400)).containsExactly("/email");
		assertThat(pointers(this.api.get(base() + "/subject-access?email=robin&phone=12&name=x"), 400))
			.containsExactly("/email", "/phone", "/name");
		assertThat(pointers(this.api.post(base() + "/subject-access/exports", Map.of("cases", List.of("NOPE-1"))), 422))
			.containsExactly("/cases/0");
		assertThat(pointers(this.api.post(base() + "/subject-access/exports", Map.of("cases", List.of())), 400))
			.containsExactly("/cases");
		assertThat(pointers(this.api.post(base() + "/subject-access/exports", Map.of("email", 12)), 400))
			.containsExactly("/email");
	}

	static List<String> pointers(Api.Response response, int status) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		return response.body().path("errors").findValuesAsString("pointer");
	}

	static String compliment(CaseApi cases, String email, String details) {
		return compliment(cases, NAME, email, "07700 900982", details);
	}

	static String compliment(CaseApi cases, String name, String email, String phone, String details) {
		Map<String, Object> data = new LinkedHashMap<>(
				Map.of("name", name, "email", email, "phone", phone, "service", "libraries-registration", "summary",
						"Helpful library staff", "details", details, "publicationPermission", "yes-anonymous"));
		return cases.logged(Map.of("feedbackType", "compliment", "channel", "web", "data", data))
			.path("reference")
			.asString();
	}

	static String comment(CaseApi cases, String email, String details) {
		return cases
			.logged(Map.of("feedbackType", "comment", "channel", "web", "data", Map.of("name", NAME, "email", email,
					"service", "libraries-registration", "summary", "Sunday opening", "details", details)))
			.path("reference")
			.asString();
	}

	static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	private String base() {
		return "/api/tenants/" + this.tenant;
	}

}
