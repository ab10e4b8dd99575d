package org.candour.surveys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.CaseApi;
import org.candour.support.ConfigFixtures;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.support.TestTokens;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service survey of a closed case through its signed link, with the base pack's
 * survey, equality monitoring form and invitation: the invitation queued on closure,
 * anonymous and linked answers, refused links, one answer per case, and equality data
 * read only by equality analysts or in aggregate with small numbers suppressed.
 */
@CandourIntegrationTest
class SurveyIntegrationTests {

	private static final String BASE = "base-uk-public-body";

	private static final Pattern SURVEY_LINK = Pattern.compile("/t/[^/]+/survey/(\\S+)");

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	@Autowired
	TestTokens tokens;

	@Autowired
	TenantManagement tenants;

	@Autowired
	MongoTemplate mongo;

	String tenant;

	CaseApi cases;

	@BeforeEach
	void tenant() {
		this.clock.set("2026-11-18T10:00:00Z");
		this.tenant = withSurvey();
		this.cases = new CaseApi(this.api, this.tenant);
	}

	@Test
	void surveyAnswersAreStoredWithoutACaseLinkWhenTheResidentChoosesAnonymity() {
		String reference = closed();
		String token = invitationToken(reference);

		Api.Response answered = answer(reference, token, false, satisfied("Quick and clear."));

		assertThat(answered.status()).as(answered.body().toString()).isEqualTo(201);
		List<Document> stored = stored("survey_answers");
		assertThat(stored).hasSize(1);
		Document anonymous = stored.get(0);
		assertThat(anonymous.getBoolean("linkedToCase")).isFalse();
		assertThat(anonymous.keySet()).doesNotContain("caseReference", "caseId", "answeredAt");
		assertThat(anonymous.toJson()).doesNotContain(reference);
		assertThat(anonymous.getString("feedbackType")).isEqualTo("complaint-stage-1");
		assertThat(anonymous.getString("monthClosed")).isEqualTo("2026-11");
		assertThat(anonymous.get("answers", Document.class).getString("comment")).isEqualTo("Quick and clear.");
		assertThat(this.cases.read(reference).toString()).as("nothing of the answers is on the case")
			.doesNotContain("Quick and clear.");
	}

	@Test
	void linkedAnswersNameTheCaseAndACaseAnswersOnce() {
		String reference = closed();
		String token = invitationToken(reference);

		assertThat(answer(reference, token, true, satisfied("Fine")).status()).isEqualTo(201);
		Api.Response again = answer(reference, token, false, satisfied("Twice"));

		assertThat(again.status()).isEqualTo(409);
		List<Document> stored = stored("survey_answers");
		assertThat(stored).hasSize(1);
		assertThat(stored.get(0).getString("caseReference")).isEqualTo(reference);
		assertThat(stored.get(0).getBoolean("linkedToCase")).isTrue();
	}

	@Test
	void linkedAnswersAreUnlinkedWhenTheirCaseIsDisposedOfAndStillCount() {
		String reference = closed();
		String kept = closed();
		assertThat(answer(reference, invitationToken(reference), true, satisfied("Fine")).status()).isEqualTo(201);
		assertThat(answer(kept, invitationToken(kept), true, satisfied("Good")).status()).isEqualTo(201);
		this.api.put("/api/tenants/" + this.tenant + "/cases/" + kept + "/legal-hold",
				Map.of("held", true, "reason", "Ombudsman investigation"));

		this.clock.set("2032-12-01T10:00:00Z");
		assertThat(this.api.post("/api/tenants/" + this.tenant + "/retention/runs", Map.of())
			.body()
			.path("anonymised")
			.asInt()).as("72 months after closure").isEqualTo(1);

		List<Document> stored = stored("survey_answers");
		assertThat(stored).hasSize(2);
		Document unlinked = stored.stream()
			.filter(answer -> !answer.containsKey("caseReference"))
			.findFirst()
			.orElseThrow();
		assertThat(unlinked.getBoolean("linkedToCase")).isFalse();
		assertThat(unlinked.keySet()).doesNotContain("caseId", "answeredAt");
		assertThat(unlinked.getString("monthClosed")).isEqualTo("2026-11");
		assertThat(unlinked.toJson()).doesNotContain(reference);
		assertThat(stored.stream().filter(answer -> kept.equals(answer.getString("caseReference"))))
			.as("a case on legal hold keeps its link")
			.hasSize(1);
	}

	@Test
	void refusesABadSignatureAnExpiredLinkAndAnotherCasesLink() {
		String reference = closed();
		String token = invitationToken(reference);
		String other = closed();
		String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

		Api.Response bad = answer(reference, tampered, false, satisfied(null));
		Api.Response wrongCase = answer(other, token, false, satisfied(null));
		Api.Response none = answer(reference, "", false, satisfied(null));
		this.clock.set("2027-02-17T10:00:01Z");
		Api.Response expired = answer(reference, token, false, satisfied(null));

		for (Api.Response refused : List.of(bad, wrongCase, none, expired)) {
			assertThat(refused.status()).as(refused.body().toString()).isEqualTo(403);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
			assertThat(refused.body().path("errors").findValuesAsString("code")).containsExactly("survey.link-invalid");
		}
		assertThat(stored("survey_answers")).isEmpty();
	}

	@Test
	void refusesAnswersTheFormDoesNotAskChangingNothing() {
		String reference = closed();
		String token = invitationToken(reference);
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("handlingSatisfaction", "delighted");
		answers.put("email", "me@example.org");

		Api.Response refused = answer(reference, token, false, answers);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().path("errors").findValuesAsString("pointer")).contains("/answers/email",
				"/answers/handlingSatisfaction");
		assertThat(stored("survey_answers")).isEmpty();
		assertThat(answer(reference, token, false, satisfied(null)).status()).as("nothing was used up").isEqualTo(201);
	}

	@Test
	void anOpenCaseOffersNoSurvey() {
		String reference = this.cases.logged(complaint()).path("reference").asString();
		String token = TenantContext.callAs(this.tenants.get(this.tenant).asCurrent(),
				() -> this.links.issue(this.lookup.find(new org.candour.cases.CaseReference(reference)).orElseThrow()));

		assertThat(answer(reference, token, false, satisfied(null)).status()).isEqualTo(403);
	}

	@Test
	void equalityDataIsRefusedToAnOfficerAndReturnedInAggregateWithSuppressionBelowFive() {
		for (int i = 0; i < 8; i++) {
			String reference = closed();
			Map<String, Object> equality = new LinkedHashMap<>();
			equality.put("ageBand", i < 6 ? "35-44" : "75-plus");
			equality.put("sex", i < 3 ? "female" : "male");
			if (i == 0) {
				equality.put("disability", "prefer-not-to-say");
			}
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("token", invitationToken(reference));
			body.put("linkToCase", i % 2 == 0);
			body.put("answers", satisfied(null));
			body.put("equality", equality);
			Api.Response answered = this.api.sendAs(null, "POST", survey(reference), body);
			assertThat(answered.status()).as(answered.body().toString()).isEqualTo(201);
		}
		String officer = this.tokens.member("officer-eq", this.tenant, Set.of("OFFICER"), Set.of());
		String manager = this.tokens.member("manager-eq", this.tenant, Set.of("MANAGER"), Set.of());
		String analyst = this.tokens.member("analyst-eq", this.tenant, Set.of("EQUALITY_ANALYST"), Set.of());
		String records = "/api/tenants/" + this.tenant + "/equality/answers";
		String profile = "/api/tenants/" + this.tenant + "/equality/profile";

		assertThat(this.api.sendAs(officer, "GET", records, null).status()).isEqualTo(403);
		assertThat(this.api.sendAs(manager, "GET", records, null).status()).isEqualTo(403);
		assertThat(this.api.sendAs(officer, "GET", profile, null).status()).isEqualTo(403);
		Api.Response byAnalyst = this.api.sendAs(analyst, "GET", records, null);
		assertThat(byAnalyst.status()).isEqualTo(200);
		assertThat(byAnalyst.body().path("items")).hasSize(8);
		assertThat(byAnalyst.body().path("items").get(0).has("caseReference")).isFalse();
		assertThat(stored("equality_answers").get(0).keySet()).containsOnly("_id", "tenantId", "form", "month",
				"answers");

		Api.Response aggregate = this.api.sendAs(manager, "GET", profile, null);
		assertThat(aggregate.status()).isEqualTo(200);
		JsonNode questions = aggregate.body().path("profiles").get(0).path("questions");
		assertThat(aggregate.body().path("profiles").get(0).path("respondents").asInt()).isEqualTo(8);
		// age: 6 aged 35-44, 2 aged 75 or over (suppressed); the next smallest, 35-44, is
		// suppressed too, or 2 = 8 - 6 would give it away
		assertThat(cells(questions, "ageBand")).containsEntry("35-44", "suppressed")
			.containsEntry("75-plus", "suppressed")
			.containsEntry("18-24", "0")
			.containsEntry("not-answered", "0");
		// sex: 3 female, 5 male: 3 is suppressed, and so is 5, the only other count
		assertThat(cells(questions, "sex")).containsEntry("female", "suppressed").containsEntry("male", "suppressed");
		// disability: 1 prefer not to say (suppressed), 7 not answered (suppressed with
		// it)
		assertThat(cells(questions, "disability")).containsEntry("prefer-not-to-say", "suppressed")
			.containsEntry("not-answered", "suppressed")
			.containsEntry("yes", "0");
		// nobody answered religion: 8 not answered is shown
		assertThat(cells(questions, "religion")).containsEntry("not-answered", "8");
		assertThat(aggregate.body().toString()).doesNotContain("\"count\":1,", "\"count\":2,", "\"count\":3,");
	}

	@Test
	void satisfactionResultsAreCountedForManagersWithSmallNumbersSuppressed() {
		List<String> given = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			given.add(i < 6 ? "satisfied" : i < 11 ? "dissatisfied" : "very-dissatisfied");
		}
		for (String satisfaction : given) {
			String reference = closed();
			Api.Response answered = answer(reference, invitationToken(reference), false,
					Map.of("handlingSatisfaction", satisfaction));
			assertThat(answered.status()).as(answered.body().toString()).isEqualTo(201);
		}
		String officer = this.tokens.member("officer-sat", this.tenant, Set.of("OFFICER"), Set.of());
		String auditor = this.tokens.member("auditor-sat", this.tenant, Set.of("AUDITOR"), Set.of());
		String results = "/api/tenants/" + this.tenant + "/survey/results";

		assertThat(this.api.sendAs(officer, "GET", results, null).status()).isEqualTo(403);
		Api.Response read = this.api.sendAs(auditor, "GET", results + "?from=2026-11&to=2026-11", null);

		assertThat(read.status()).isEqualTo(200);
		JsonNode questions = read.body().path("results").get(0).path("questions");
		assertThat(read.body().path("results").get(0).path("respondents").asInt()).isEqualTo(12);
		// 1 very dissatisfied is suppressed, and 5 dissatisfied with it (the smallest
		// other count)
		assertThat(cells(questions, "handlingSatisfaction")).containsEntry("satisfied", "6")
			.containsEntry("dissatisfied", "suppressed")
			.containsEntry("very-dissatisfied", "suppressed")
			.containsEntry("very-satisfied", "0");
		assertThat(cells(questions, "ease")).containsEntry("not-answered", "12");
		assertThat(cells(questions, "comment")).as("free text is not counted").isEmpty();
		assertThat(this.api.sendAs(auditor, "GET", results + "?from=2026-12", null)
			.body()
			.path("results")
			.get(0)
			.path("respondents")
			.asInt()).as("cases closed in November only").isZero();
		assertThat(this.api.sendAs(auditor, "GET", results + "?from=November", null).status()).isEqualTo(400);
	}

	@Test
	void aWelshResidentsInvitationIsInWelshAndOpensTheSurveyInWelsh() {
		Map<String, Object> welsh = new LinkedHashMap<>(complaint());
		welsh.put("language", "cy");
		String reference = this.cases.logged(welsh).path("reference").asString();
		this.cases.acted(reference, "withdraw", Map.of("reason", "Resolved on the phone"));

		Document invitation = invitation(reference);

		assertThat(invitation.getString("subject")).startsWith("Sut y gwnaethom ddelio");
		assertThat(invitation.getString("body")).containsPattern("/survey/\\S+\\?lang=cy");
	}

	@Test
	void aCaseClosedByMovingToItsNextStageIsNotAsked() {
		String reference = this.cases.logged(complaint()).path("reference").asString();
		this.cases.acted(reference, "acknowledge", Map.of());
		this.cases.acted(reference, "respond",
				Map.of("decision", "not-upheld", "responseDate", "2026-11-18", "classification", "service-failure"));
		this.cases.acted(reference, "escalate", Map.of("reason", "Unhappy with the response"));

		assertThat(invitation(reference)).isNull();
	}

	@Test
	void theClosureInvitationAndItsLinkAreHiddenFromStaff() {
		String reference = closed();

		JsonNode notifications = this.cases.get("/" + reference + "/notifications").body();

		assertThat(notifications.toString()).contains("survey link (hidden)").doesNotContain("/survey/ey");
	}

	@Autowired
	org.candour.security.SurveyLinks links;

	@Autowired
	org.candour.cases.CaseLookup lookup;

	private Map<String, String> cells(JsonNode questions, String question) {
		Map<String, String> cells = new LinkedHashMap<>();
		for (JsonNode table : questions) {
			if (table.path("question").asString().equals(question)) {
				table.path("answers")
					.forEach(cell -> cells.put(cell.path("answer").asString(),
							cell.path("suppressed").asBoolean() ? "suppressed" : cell.path("count").asString()));
			}
		}
		return cells;
	}

	private Api.Response answer(String reference, String token, boolean linkToCase, Map<String, Object> answers) {
		return this.api.sendAs(null, "POST", survey(reference),
				Map.of("token", token, "linkToCase", linkToCase, "answers", answers));
	}

	private String survey(String reference) {
		return "/api/tenants/" + this.tenant + "/cases/" + reference + "/survey";
	}

	private static Map<String, Object> satisfied(String comment) {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("handlingSatisfaction", "satisfied");
		answers.put("timeliness", "yes");
		if (comment != null) {
			answers.put("comment", comment);
		}
		return answers;
	}

	/** The survey link's token, from the invitation the closure queued. */
	private String invitationToken(String reference) {
		Document invitation = invitation(reference);
		assertThat(invitation).as("the closure queued the survey invitation").isNotNull();
		Matcher link = SURVEY_LINK.matcher(invitation.getString("body"));
		assertThat(link.find()).as(invitation.getString("body")).isTrue();
		return link.group(1);
	}

	private Document invitation(String reference) {
		return TenantContext.callAs(this.tenants.get(this.tenant).asCurrent(),
				() -> this.mongo.getCollection("notifications")
					.find(new Document("reference", reference).append("template", "survey-invitation"))
					.first());
	}

	private List<Document> stored(String collection) {
		return TenantContext.callAs(this.tenants.get(this.tenant).asCurrent(),
				() -> this.mongo.getCollection(collection).find().into(new ArrayList<>()));
	}

	private String closed() {
		String reference = this.cases.logged(complaint()).path("reference").asString();
		this.cases.acted(reference, "withdraw", Map.of("reason", "Resolved on the phone"));
		return reference;
	}

	private static Map<String, Object> complaint() {
		return Map.of("feedbackType", "complaint-stage-1", "channel", "web", "data",
				Map.of("name", "Alex Smith", "email", "alex@example.org", "service", "highways", "summary",
						"Pothole reported three times", "details", "The pothole outside number 12 is still there."));
	}

	private String withSurvey() {
		List<ObjectNode> documents = new ArrayList<>(ConfigFixtures.documents("chc-two-stage"));
		documents.add(ConfigFixtures.shipped(BASE, "form.service-survey.json"));
		documents.add(ConfigFixtures.shipped(BASE, "form.equality-monitoring.json"));
		documents.add(ConfigFixtures.shipped(BASE, "notification-template.survey-invitation.json"));
		for (ObjectNode document : documents) {
			if ("feedback-type".equals(document.path("kind").asString())
					&& "complaint-stage-1".equals(document.path("id").asString())) {
				((ObjectNode) document.path("spec")).putObject("survey")
					.put("form", "service-survey")
					.put("equalityForm", "equality-monitoring")
					.put("notificationTemplate", "survey-invitation");
			}
		}
		return this.testTenants.withConfiguration("Surveys", documents);
	}

}
