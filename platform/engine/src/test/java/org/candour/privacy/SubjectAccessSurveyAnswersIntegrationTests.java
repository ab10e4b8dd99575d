package org.candour.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.candour.cases.CaseLookup;
import org.candour.cases.CaseReference;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.CaseApi;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.surveys.ServiceSurveys;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.privacy.SubjectAccessIntegrationTests.EMAIL;
import static org.candour.privacy.SubjectAccessIntegrationTests.NAME;
import static org.candour.privacy.SubjectAccessIntegrationTests.unzip;

/**
 * The service survey answers a resident linked to their closed complaint, in the county
 * pack (whose complaints ask the base pack's survey): a subject access export holds them
 * with the questions as the form asks them, and none of another person or tenant; erasing
 * the person unlinks them as disposal at the end of retention does.
 */
@CandourIntegrationTest
class SubjectAccessSurveyAnswersIntegrationTests {

	private static final String COMMENT = "Robin here: the officer phoned me back the same day.";

	private static final String SATISFACTION = "Overall, how satisfied are you with how we handled your complaint?";

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	@Autowired
	TenantManagement tenants;

	@Autowired
	ServiceSurveys surveys;

	@Autowired
	CaseLookup lookup;

	@Autowired
	MongoTemplate mongo;

	String tenant;

	String complaint;

	String othersComplaint;

	@BeforeEach
	void aClosedComplaintWithLinkedAnswersBesideAnotherPersonsAndAnotherTenants() {
		this.clock.set("2026-11-18T10:00:00Z");
		this.tenant = this.testTenants.withShippedPack("privacy-surveys", "county-council");
		this.complaint = closedComplaint(this.tenant, NAME, EMAIL);
		answer(this.tenant, this.complaint, COMMENT);
		this.othersComplaint = closedComplaint(this.tenant, "Sam Other", "sam@example.org");
		answer(this.tenant, this.othersComplaint, "Sam's view of the service.");
		String other = this.testTenants.withShippedPack("privacy-surveys-other", "county-council");
		answer(other, closedComplaint(other, NAME, EMAIL), "Another council's survey answer.");
	}

	@Test
	void theExportHoldsTheSurveyAnswersLinkedToThePersonsCaseWithTheQuestionsAsAsked() throws IOException {
		var response = this.api.postForBytes(base() + "/subject-access/exports", Map.of("email", EMAIL));

		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, byte[]> zip = unzip(response.body());
		String content = new String(zip.get(ExportBundle.JSON), StandardCharsets.UTF_8);
		JsonNode json = Api.json(content);
		assertThat(json.path("cases").findValuesAsString("reference")).containsExactly(this.complaint);
		JsonNode linked = json.path("cases").get(0).path("surveyAnswers");
		assertThat(linked).hasSize(1);
		assertThat(linked.get(0).path("form").asString()).isEqualTo("service-survey");
		assertThat(linked.get(0).path("answeredAt").asString()).isEqualTo("2026-11-18T10:00:00Z");
		JsonNode satisfaction = answer(linked.get(0), "handlingSatisfaction");
		assertThat(satisfaction.path("title").asString()).isEqualTo(SATISFACTION);
		assertThat(satisfaction.path("answer").asString()).isEqualTo("satisfied");
		assertThat(satisfaction.path("chosen").asString()).isEqualTo("Satisfied");
		assertThat(answer(linked.get(0), "comment").path("answer").asString()).isEqualTo(COMMENT);
		assertThat(content).doesNotContain("Sam's view", "Another council");
		try (PDDocument pdf = Loader.loadPDF(zip.get(ExportBundle.PDF))) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Survey answers linked to the case", SATISFACTION, "Satisfied (satisfied)",
					COMMENT);
			assertThat(text).doesNotContain("Sam's view", "Another council");
		}
	}

	@Test
	void erasingThePersonUnlinksTheirSurveyAnswersAsDisposalDoesAndKeepsTheChainValid() throws IOException {
		String person = this.api.get(base() + "/subject-access?email=" + EMAIL)
			.body()
			.path("people")
			.get(0)
			.path("id")
			.asString();

		Api.Response erased = this.api.post(base() + "/people/" + person + "/erasure",
				Map.of("reason", "Article 17 request"));

		assertThat(erased.status()).as(erased.body().toString()).isEqualTo(200);
		assertThat(erased.body().path("erased").get(0).asString()).isEqualTo(this.complaint);
		List<Document> stored = storedAnswers(this.tenant);
		assertThat(stored).hasSize(2);
		Document unlinked = stored.stream()
			.filter(answer -> !this.othersComplaint.equals(answer.getString("caseReference")))
			.findFirst()
			.orElseThrow();
		assertThat(unlinked.getBoolean("linkedToCase")).isFalse();
		assertThat(unlinked.keySet()).doesNotContain("caseReference", "caseId", "answeredAt");
		assertThat(unlinked.toJson()).doesNotContain(this.complaint);
		assertThat(stored).as("another person's answers keep their link")
			.anyMatch(answer -> this.othersComplaint.equals(answer.getString("caseReference")));
		JsonNode export = Api.json(new String(unzip(
				this.api.postForBytes(base() + "/subject-access/exports", Map.of("cases", List.of(this.complaint)))
					.body())
			.get(ExportBundle.JSON), StandardCharsets.UTF_8));
		assertThat(export.path("cases").get(0).path("surveyAnswers")).isEmpty();
		assertThat(new CaseApi(this.api, this.tenant).get("/" + this.complaint + "/history/verify")
			.body()
			.path("valid")
			.asBoolean()).isTrue();
	}

	private static JsonNode answer(JsonNode response, String question) {
		return response.path("answers")
			.valueStream()
			.filter(answer -> question.equals(answer.path("question").asString()))
			.findFirst()
			.orElseThrow();
	}

	private String closedComplaint(String tenantId, String name, String email) {
		CaseApi cases = new CaseApi(this.api, tenantId);
		String reference = cases.logged(Map.of("feedbackType", "complaint-stage-1", "channel", "web", "data",
				Map.of("name", name, "email", email, "service", "highways", "summary", "Pothole", "details",
						"The pothole outside number 12 is still there.")))
			.path("reference")
			.asString();
		cases.acted(reference, "withdraw", Map.of("reason", "Resolved on the phone"));
		return reference;
	}

	/** Answers the case's survey through its signed link, linked to the case. */
	private void answer(String tenantId, String reference, String comment) {
		String token = TenantContext.callAs(this.tenants.get(tenantId).asCurrent(),
				() -> this.surveys.linkFor(this.lookup.find(new CaseReference(reference)).orElseThrow()));
		Api.Response answered = this.api.sendAs(null, "POST",
				"/api/tenants/" + tenantId + "/cases/" + reference + "/survey", Map.of("token", token, "linkToCase",
						true, "answers", Map.of("handlingSatisfaction", "satisfied", "comment", comment)));
		assertThat(answered.status()).as(answered.body().toString()).isEqualTo(201);
	}

	private List<Document> storedAnswers(String tenantId) {
		return TenantContext.callAs(this.tenants.get(tenantId).asCurrent(),
				() -> this.mongo.getCollection("survey_answers").find().into(new ArrayList<>()));
	}

	private String base() {
		return "/api/tenants/" + this.tenant;
	}

}
