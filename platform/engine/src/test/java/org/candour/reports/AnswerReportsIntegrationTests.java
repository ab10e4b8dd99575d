package org.candour.reports;

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
 * The base pack's satisfaction and equality reports, run as report runs over the API: the
 * answers counted per question and answer with the survey pages' small-number suppression
 * in the stored result and every output, the equality profile beside the population's
 * shares, and the equality report refused to everyone but equality analysts, managers and
 * auditors — an officer even when it is published.
 */
@CandourIntegrationTest
class AnswerReportsIntegrationTests {

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

	private String tenant;

	private CaseApi cases;

	@BeforeEach
	void twelveAnswers() {
		this.clock.set("2026-11-18T10:00:00Z");
		this.tenant = withSurveyAndReports();
		this.cases = new CaseApi(this.api, this.tenant);
		for (int i = 0; i < 12; i++) {
			Map<String, Object> equality = new LinkedHashMap<>();
			equality.put("sex", (i < 7) ? "female" : "male");
			equality.put("ageBand", (i < 10) ? "35-44" : "75-plus");
			equality.put("ethnicity", (i < 6) ? "white" : (i < 11) ? "asian" : "black");
			equality.put("disability", (i == 0) ? "yes" : (i < 7) ? "no" : "prefer-not-to-say");
			String satisfaction = (i < 6) ? "satisfied" : (i < 11) ? "dissatisfied" : "very-dissatisfied";
			String reference = closed();
			Api.Response answered = this.api.sendAs(null, "POST",
					"/api/tenants/" + this.tenant + "/cases/" + reference + "/survey",
					Map.of("token", invitationToken(reference), "linkToCase", false, "answers",
							Map.of("handlingSatisfaction", satisfaction), "equality", equality));
			assertThat(answered.status()).as(answered.body().toString()).isEqualTo(201);
		}
	}

	@Test
	void theEqualityProfileSuppressesSmallNumbersAndShowsThePopulationBeside() {
		String manager = token("MANAGER");
		JsonNode run = completed(manager, "equality-profile");

		// of those who chose an answer: age 10 and 2 (2 suppressed, and 10 with it);
		// disability 1 yes (suppressed) and 6 no (with it); ethnicity 6 white, 5 asian
		// (the smallest other, suppressed with black's 1); sex 7 female and 5 male
		assertThat(rows(run)).containsExactly("ageBand/35-44 suppressed suppressed 12.8",
				"ageBand/75-plus suppressed suppressed 8.5", "disability/no suppressed suppressed 82.2",
				"disability/yes suppressed suppressed 17.8", "ethnicity/asian suppressed suppressed 9.3",
				"ethnicity/black suppressed suppressed 4.0", "ethnicity/white 6 50.0(6/12) 81.7",
				"sex/female 7 58.3(7/12) 51.0", "sex/male 5 41.7(5/12) 49.0");
		assertThat(run.path("totals").path("answers").asDouble()).isEqualTo(43.0);
		assertThat(run.toString()).doesNotContain("\"numerator\":1,", "\"numerator\":2,");
		String csv = new String(
				this.api.download(runs() + "/" + run.path("runId").asString() + "/output.csv", manager).body(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("fewer than 5").doesNotContain(",1,", ",2,");
		String html = new String(
				this.api.download(runs() + "/" + run.path("runId").asString() + "/output.html", manager).body(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).contains("Population figures", "ONS Census 2021", "Counts from 1 to 4");
	}

	@Test
	void satisfactionResultsCountTheSurveysAnswersAsTheSatisfactionPageDoes() {
		JsonNode run = completed(token("AUDITOR"), "satisfaction-results");

		// 6 satisfied, 5 dissatisfied (suppressed with the 1 very dissatisfied); the
		// other
		// questions not answered by anyone
		assertThat(rows(run)).containsExactly("ease/not-answered 12 100.0(12/12)",
				"handlingSatisfaction/dissatisfied suppressed suppressed",
				"handlingSatisfaction/satisfied 6 50.0(6/12)",
				"handlingSatisfaction/very-dissatisfied suppressed suppressed",
				"keptInformed/not-answered 12 100.0(12/12)", "timeliness/not-answered 12 100.0(12/12)");
	}

	@Test
	void onlyEqualityAnalystsManagersAndAuditorsRunOrReadTheEqualityReport() {
		String officer = token("OFFICER");
		String admin = token("TENANT_ADMIN");
		String analyst = token("EQUALITY_ANALYST");

		assertThat(this.api.sendAs(officer, "POST", start("equality-profile"), period()).status()).isEqualTo(403);
		assertThat(this.api.sendAs(admin, "POST", start("equality-profile"), period()).status()).isEqualTo(403);
		assertThat(this.api.sendAs(analyst, "POST", start("satisfaction-results"), period()).status())
			.as("an equality analyst runs nothing else")
			.isEqualTo(403);
		JsonNode byAnalyst = completed(analyst, "equality-profile");
		String runId = byAnalyst.path("runId").asString();
		Api.Response published = this.api.sendAs(token("MANAGER"), "POST", runs() + "/" + runId + "/publish", null);
		assertThat(published.status()).as(published.body().toString()).isEqualTo(200);

		assertThat(this.api.sendAs(officer, "GET", runs() + "/" + runId, null).status())
			.as("not even published to an officer")
			.isEqualTo(403);
		assertThat(this.api.download(runs() + "/" + runId + "/output.csv", officer).statusCode()).isEqualTo(403);
		assertThat(this.api.sendAs(admin, "GET", runs() + "/" + runId, null).status()).isEqualTo(403);
		assertThat(this.api.sendAs(admin, "GET", "/api/tenants/" + this.tenant + "/reports", null)
			.body()
			.findValuesAsString("id")).contains("satisfaction-results").doesNotContain("equality-profile");
		assertThat(this.api.sendAs(admin, "GET", runs(), null).body().findValuesAsString("reportId"))
			.doesNotContain("equality-profile");
	}

	private JsonNode completed(String token, String report) {
		Api.Response started = this.api.sendAs(token, "POST", start(report), period());
		assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
		Api.Response run = this.api.sendAs(token, "GET", runs() + "/" + started.body().path("runId").asString(), null);
		assertThat(run.body().path("status").asString()).as(run.body().toString()).isEqualTo("completed");
		return run.body();
	}

	/** Each row as "key/key figure…": suppressed, a count, or a share "value(n/d)". */
	private static List<String> rows(JsonNode run) {
		List<String> measures = new ArrayList<>();
		run.path("columns").forEach(column -> {
			if ("measure".equals(column.path("kind").asString())) {
				measures.add(column.path("id").asString());
			}
		});
		List<String> rows = new ArrayList<>();
		for (JsonNode row : run.path("rows")) {
			StringBuilder text = new StringBuilder(
					row.path("key").path("question").asString() + "/" + row.path("key").path("answer").asString());
			List<String> suppressed = new ArrayList<>();
			row.path("suppressed").forEach(measure -> suppressed.add(measure.asString()));
			for (String measure : measures) {
				JsonNode value = row.path("values").path(measure);
				JsonNode fraction = row.path("fractions").path(measure);
				text.append(' ');
				if (suppressed.contains(measure)) {
					text.append("suppressed");
				}
				else if (!fraction.isMissingNode()) {
					text.append(String.format(java.util.Locale.ROOT, "%.1f(%d/%d)", value.asDouble(),
							fraction.path("numerator").asLong(), fraction.path("denominator").asLong()));
				}
				else if ("population".equals(measure)) {
					text.append(String.format(java.util.Locale.ROOT, "%.1f", value.asDouble()));
				}
				else {
					text.append(Math.round(value.asDouble()));
				}
			}
			rows.add(text.toString());
		}
		return rows;
	}

	private String token(String role) {
		return this.tokens.member(role.toLowerCase() + "-answers", this.tenant, Set.of(role), Set.of());
	}

	private static Map<String, Object> period() {
		return Map.of("period", Map.of("from", "2026-04-01", "to", "2027-03-31"));
	}

	private String start(String report) {
		return "/api/tenants/" + this.tenant + "/reports/" + report + "/runs";
	}

	private String runs() {
		return "/api/tenants/" + this.tenant + "/reports/runs";
	}

	private String invitationToken(String reference) {
		Document invitation = TenantContext.callAs(this.tenants.get(this.tenant).asCurrent(),
				() -> this.mongo.getCollection("notifications")
					.find(new Document("reference", reference).append("template", "survey-invitation"))
					.first());
		assertThat(invitation).as("the closure queued the survey invitation").isNotNull();
		Matcher link = SURVEY_LINK.matcher(invitation.getString("body"));
		assertThat(link.find()).as(invitation.getString("body")).isTrue();
		return link.group(1);
	}

	private String closed() {
		String reference = this.cases.logged(Map.of("feedbackType", "complaint-stage-1", "channel", "web", "data",
				Map.of("name", "Alex Smith", "email", "alex@example.org", "service", "highways", "summary",
						"Pothole reported three times", "details", "The pothole outside number 12 is still there.")))
			.path("reference")
			.asString();
		this.cases.acted(reference, "withdraw", Map.of("reason", "Resolved on the phone"));
		return reference;
	}

	private String withSurveyAndReports() {
		List<ObjectNode> documents = new ArrayList<>(ConfigFixtures.documents("chc-two-stage"));
		documents.add(ConfigFixtures.shipped(BASE, "form.service-survey.json"));
		documents.add(ConfigFixtures.shipped(BASE, "form.equality-monitoring.json"));
		documents.add(ConfigFixtures.shipped(BASE, "notification-template.survey-invitation.json"));
		documents.add(ConfigFixtures.shipped(BASE, "report.satisfaction-results.json"));
		documents.add(ConfigFixtures.shipped(BASE, "report.equality-profile.json"));
		for (ObjectNode document : documents) {
			if ("feedback-type".equals(document.path("kind").asString())
					&& "complaint-stage-1".equals(document.path("id").asString())) {
				((ObjectNode) document.path("spec")).putObject("survey")
					.put("form", "service-survey")
					.put("equalityForm", "equality-monitoring")
					.put("notificationTemplate", "survey-invitation");
			}
		}
		return this.testTenants.withConfiguration("Answer reports", documents);
	}

}
