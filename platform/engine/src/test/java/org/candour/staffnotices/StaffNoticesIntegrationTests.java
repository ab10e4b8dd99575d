package org.candour.staffnotices;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.ReportDefinition;
import org.candour.reports.ReportRunner;
import org.candour.demo.synthetic.SyntheticAftercare;
import org.candour.demo.synthetic.SyntheticCases;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.CaseApi;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Staff notifications sent for real, by SMTP to GreenMail, for a tenant on the shipped
 * county council pack (its base-pack staff templates, its directorates' risk manager
 * {@code manager@demo-county} and its corporate complaints, which need a risk assessment
 * before they are not upheld). Members' addresses are set through the member API.
 * Reminders and overdue notices come from the sweep, called with the test clock moved on.
 */
@CandourIntegrationTest
@TestPropertySource(properties = { "candour.public-url=https://feedback.example.test/",
		"candour.notifications.sweep-interval=PT1H", "candour.staff-notices.action-sweep-interval=PT1H",
		"candour.staff-notices.action-reminder-working-days=5", "spring.mail.host=127.0.0.1" })
class StaffNoticesIntegrationTests {

	private static final int SMTP_PORT = freePort();

	private static final Duration WAIT = Duration.ofSeconds(10);

	private static final String OWNER = "jo.owner";

	private static final String INVESTIGATOR = "inv.jones";

	private static final String TEAM_MEMBER = "tam.member";

	private static final String MANAGER = "manager@demo-county";

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	@Autowired
	ReportRunner reports;

	@Autowired
	ActiveConfigurations configurations;

	@Autowired
	ActionNotices actionNotices;

	@Autowired
	SyntheticCases synthetic;

	@Autowired
	SyntheticAftercare aftercare;

	@Autowired
	MongoTemplate mongo;

	GreenMail mail;

	String tenant;

	CaseApi cases;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@BeforeEach
	void tenantMembersAndMailServer() {
		this.clock.set("2026-11-18T10:00:00Z");
		this.mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.mail.start();
		this.tenant = this.testTenants.withShippedPack("staff", "county-council");
		this.cases = new CaseApi(this.api, this.tenant);
		member(OWNER, "OFFICER", List.of(), "jo.owner@example.org");
		member(INVESTIGATOR, "OFFICER", List.of(), "inv.jones@example.org");
		member(TEAM_MEMBER, "OFFICER", List.of("highways-maintenance-team"), "tam.member@example.org");
		member("no.address", "OFFICER", List.of("highways-maintenance-team"), null);
		member(MANAGER, "MANAGER", List.of(), "risk.manager@example.org");
	}

	@AfterEach
	void stopMailServer() {
		this.mail.stop();
	}

	@Test
	void aCaseSentToAServiceEmailsItsInvestigatingOfficerAndTheTeamsMembers() throws Exception {
		String reference = acknowledgedComplaint();

		this.cases.acted(reference, "refer-to-service",
				Map.of("team", "highways-maintenance-team", "investigator", INVESTIGATOR));

		MimeMessage toOfficer = awaitOneTo("inv.jones@example.org");
		assertThat(toOfficer.getSubject()).isEqualTo("Case " + reference + " has been allocated to you");
		String body = (String) toOfficer.getContent();
		assertThat(body).contains("https://feedback.example.test/t/" + this.tenant + "/cases/" + reference)
			.contains("Its next response is due by 2 December 2026")
			.doesNotContain("Sam Taylor")
			.doesNotContain("{{");
		assertThat(awaitOneTo("tam.member@example.org").getSubject())
			.as("the action's own notify effect tells the team, instead of the allocation notice")
			.isEqualTo("Complaint " + reference + " needs a response by 2 December 2026");
		List<JsonNode> listed = await().atMost(WAIT)
			.until(() -> staffNotices(this.cases.get("/" + reference + "/notifications").body(), "staff-case-assigned"),
					found -> found.stream().noneMatch(n -> n.path("status").asString().matches("pending|sending")));
		assertThat(listed).extracting(n -> n.path("recipient").asString(), n -> n.path("status").asString())
			.containsExactly(tuple("member:" + INVESTIGATOR, "sent"));
		List<JsonNode> referred = await().atMost(WAIT)
			.until(() -> staffNotices(this.cases.get("/" + reference + "/notifications").body(),
					"complaint-referred-to-service"),
					found -> found.stream().noneMatch(n -> n.path("status").asString().matches("pending|sending")));
		assertThat(referred).as("the team member without an address is left out; the others are told")
			.extracting(n -> n.path("recipient").asString(), n -> n.path("status").asString())
			.containsExactly(tuple("team:" + TEAM_MEMBER, "sent"));
	}

	@Test
	void anOverdueActionsOwnerIsNotifiedExactlyOnce() throws Exception {
		String reference = acknowledgedComplaint();
		Api.Response created = this.api.post("/api/tenants/" + this.tenant + "/learning",
				Map.of("statement", "Repeat reports were not linked", "theme", "record-keeping", "cases",
						List.of(reference), "actions",
						List.of(Map.of("description", "Link repeat reports of the same defect", "owner",
								Map.of("kind", "person", "id", OWNER), "startDate", "2026-11-18", "dueDate",
								"2026-11-30"))));
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		String learning = created.body().path("id").asString();

		assertThat(awaitOneTo("jo.owner@example.org").getSubject()).isEqualTo("Action A1 of " + learning + " is yours");
		assertThat(sweepOn("2026-11-20T09:00:00Z")).as("Friday 20th: due in more than 5 working days").isZero();
		assertThat(sweepOn("2026-11-23T09:00:00Z")).as("Monday 23rd: due within 5 working days").isEqualTo(1);
		assertThat(sweepOn("2026-11-30T18:00:00Z")).as("due today is not overdue").isZero();

		assertThat(sweepOn("2026-12-01T08:00:00Z")).as("the day after the due date").isEqualTo(1);
		assertThat(sweepOn("2026-12-01T12:00:00Z")).isZero();
		assertThat(sweepOn("2026-12-07T12:00:00Z")).isZero();

		await().atMost(WAIT).until(() -> to("jo.owner@example.org").size() == 3);
		List<String> subjects = new ArrayList<>();
		for (MimeMessage message : to("jo.owner@example.org")) {
			subjects.add(message.getSubject());
		}
		// the dispatcher sends in the background: the order of arrival is not the order
		// queued
		assertThat(subjects).containsExactlyInAnyOrder("Action A1 of " + learning + " is yours",
				"Reminder: action A1 of " + learning + " is due by 30 November 2026",
				"Overdue: action A1 of " + learning + " was due by 30 November 2026");
		String overdue = (String) message(to("jo.owner@example.org"), "Overdue: ").getContent();
		assertThat(overdue).contains("Link repeat reports of the same defect")
			.contains("https://feedback.example.test/t/" + this.tenant + "/learning/" + learning + "#action-A1");
		JsonNode actions = this.api.get("/api/tenants/" + this.tenant + "/actions?status=overdue").body();
		assertThat(actions.path("items")).singleElement()
			.satisfies(action -> assertThat(action.path("overdue").asBoolean()).isTrue());
	}

	@Test
	void aDoneActionIsNeitherRemindedNorOverdue() throws Exception {
		String reference = acknowledgedComplaint();
		Api.Response created = this.api.post("/api/tenants/" + this.tenant + "/learning",
				Map.of("statement", "Call back the same day", "theme", "communication", "cases", List.of(reference),
						"actions",
						List.of(Map.of("description", "Call back the same day", "owner",
								Map.of("kind", "team", "id", "highways-maintenance-team"), "startDate", "2026-11-18",
								"dueDate", "2026-11-20"))));
		String learning = created.body().path("id").asString();
		await().atMost(WAIT).until(() -> to("tam.member@example.org").size() == 2);
		assertThat(message(to("tam.member@example.org"), "Reminder: ").getSubject()).as("due within 5 working days")
			.isEqualTo("Reminder: action A1 of " + learning + " is due by 20 November 2026");
		Api.Response done = this.api.patch("/api/tenants/" + this.tenant + "/learning/" + learning,
				Map.of("version", 0, "actions", Map.of("A1", Map.of("state", "done"))));
		assertThat(done.status()).as(done.body().toString()).isEqualTo(200);

		assertThat(sweepOn("2026-11-25T09:00:00Z")).isZero();
		assertThat(to("tam.member@example.org")).hasSize(2);
	}

	@Test
	void refusesNotUpholdingACorporateComplaintWithoutARiskAssessment() {
		String reference = acknowledgedComplaint();

		Api.Response refused = this.cases.act(reference, "respond", response("not-upheld", null));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().path("errors")).anySatisfy(error -> {
			assertThat(error.path("pointer").asString()).isEqualTo("/outcome/riskAssessment");
			assertThat(error.path("message").asString()).contains("risk assessment");
		});
		assertThat(this.cases.read(reference).path("state").asString()).isEqualTo("acknowledged");

		Api.Response upheld = this.cases.act(reference, "respond", response("upheld", null));
		assertThat(upheld.status()).as("upholding needs no risk assessment").isEqualTo(200);
	}

	@Test
	void aHighRiskFlagNotifiesTheRiskManagersOnceAndShowsInTheQueue() throws Exception {
		String reference = acknowledgedComplaint();

		this.cases.acted(reference, "respond",
				response("not-upheld", Map.of("riskCategory", "decision-impact", "highRiskFlags",
						List.of("serious-failures"), "riskRationale", "Three missed inspections on a busy road")));

		MimeMessage toManager = awaitOneTo("risk.manager@example.org");
		assertThat(toManager.getSubject()).isEqualTo("High-risk case " + reference + ": Serious failures");
		assertThat((String) toManager.getContent())
			.contains("https://feedback.example.test/t/" + this.tenant + "/cases/" + reference);
		JsonNode risk = this.cases.read(reference).path("meta").path("risk");
		assertThat(risk.path("highRisk").asBoolean()).isTrue();
		assertThat(risk.path("category").asString()).isEqualTo("decision-impact");
		assertThat(risk.path("reassess").asBoolean()).isFalse();
		assertThat(this.cases.get("/" + reference + "/history/verify").body().path("valid").asBoolean()).isTrue();
		JsonNode flagged = this.cases.get("?riskFlag=serious-failures").body();
		assertThat(flagged.path("content")).extracting(item -> item.path("reference").asString()).contains(reference);

		Api.Response noted = this.api.post(this.cases.base() + "/" + reference + "/notes",
				Map.of("text", "Spoke to the highways manager"));
		assertThat(noted.status()).as(noted.body().toString()).isIn(200, 201);
		assertThat(to("risk.manager@example.org")).as("told once for the same flags").hasSize(1);
	}

	@Test
	void theBasePacksRiskProfileCountsTheAssessmentsByCategory() {
		String flagged = acknowledgedComplaint();
		this.cases.acted(flagged, "assess-risk", Map.of("riskCategory", "decision-impact", "highRiskFlags",
				List.of("serious-failures"), "riskRationale", "Three missed inspections on a busy road"));
		String twice = acknowledgedComplaint();
		this.cases.acted(twice, "assess-risk", Map.of("riskCategory", "decision-impact", "highRiskFlags",
				List.of("wider-public-interest", "serious-failures"), "riskRationale", "Many residents affected"));
		String none = acknowledgedComplaint();
		this.cases.acted(none, "assess-risk", Map.of("riskCategory", "none-identified", "riskRationale", "Usual"));
		String changed = acknowledgedComplaint();
		this.cases.acted(changed, "assess-risk",
				Map.of("riskCategory", "none-identified", "riskRationale", "Usual too"));
		Api.Response edited = this.api.patch(this.cases.base() + "/" + changed + "/data",
				Map.of("data", Map.of("summary", "Pothole now a sinkhole")));
		assertThat(edited.status()).as(edited.body().toString()).isEqualTo(200);
		acknowledgedComplaint();

		List<String> rows = TenantContext.callAs(CurrentTenant.pooled(this.tenant), () -> {
			CompiledConfiguration model = this.configurations.require().model();
			ReportDefinition report = model.reports().get("risk-profile");
			List<String> figures = new ArrayList<>();
			this.reports
				.run(report,
						new ReportRunner.Run(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), null,
								model.orgStructure()))
				.rows()
				.forEach(row -> figures
					.add(row.key().get("category") + " " + Math.round(row.values().get("assessed").value()) + " "
							+ Math.round(row.values().get("high-risk").value()) + " "
							+ row.values().get("high-risk-share").numerator() + "/"
							+ row.values().get("high-risk-share").denominator() + " "
							+ Math.round(row.values().get("to-reassess").value()) + " flags "
							+ Math.round(row.values().get("flag-avoidable-death").value()) + "/"
							+ Math.round(row.values().get("flag-wider-public-interest").value()) + "/"
							+ Math.round(row.values().get("flag-serious-failures").value())));
			return figures;
		});

		// the case never assessed is not counted
		// a case with two flags counts under each
		assertThat(rows).containsExactly("decision-impact 2 2 2/2 0 flags 0/1/2",
				"none-identified 2 0 0/2 1 flags 0/0/0");
	}

	@Test
	void editingTheCaseDataAfterARiskAssessmentAsksForItAgain() {
		String reference = acknowledgedComplaint();
		this.cases.acted(reference, "assess-risk",
				Map.of("riskCategory", "none-identified", "riskRationale", "Nothing beyond the usual"));
		assertThat(this.cases.read(reference).path("meta").path("risk").path("reassess").asBoolean()).isFalse();

		Api.Response edited = this.api.patch(this.cases.base() + "/" + reference + "/data",
				Map.of("data", Map.of("summary", "Pothole now a sinkhole on Station Road")));
		assertThat(edited.status()).as(edited.body().toString()).isEqualTo(200);

		JsonNode risk = this.cases.read(reference).path("meta").path("risk");
		assertThat(risk.path("reassess").asBoolean()).isTrue();
		assertThat(risk.path("changedFields")).extracting(JsonNode::asString).containsExactly("summary");
		Api.Response refused = this.cases.act(reference, "respond", response("not-upheld", null));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().path("errors")).extracting(error -> error.path("pointer").asString())
			.contains("/inputs/riskCategory");

		this.cases.acted(reference, "assess-risk", Map.of("riskCategory", "none-identified", "riskRationale",
				"Looked again after the sinkhole report: no added risk"));
		assertThat(this.cases.read(reference).path("meta").path("risk").path("reassess").asBoolean()).isFalse();
		assertThat(this.cases.act(reference, "respond", response("not-upheld", null)).status()).isEqualTo(200);
	}

	@Test
	void demoDataNotifiesNobodyEvenWhenItsActionsAreOverdueOrItsCasesHighRisk() {
		member("officer@" + this.tenant, "OFFICER", List.of(), "officer@example.org");
		member("manager@" + this.tenant, "MANAGER", List.of(), "manager@example.org");
		SyntheticAftercare.Result made = asTenant(() -> {
			this.synthetic.generate(80, 42L);
			return this.aftercare.generate(42L);
		});
		assertThat(made.learningRecords()).isPositive();
		assertThat(made.highRisk()).isPositive();
		JsonNode overdue = this.api.get("/api/tenants/" + this.tenant + "/actions?status=overdue").body();
		assertThat(overdue.path("items")).isNotEmpty();

		assertThat(sweepOn("2026-11-19T09:00:00Z")).as("the sweep tells nobody of demo actions").isZero();
		assertThat(asTenant(() -> this.mongo.getCollection("notifications")
			.countDocuments(new org.bson.Document("template", java.util.regex.Pattern.compile("^staff-")))))
			.as("no staff notice queued for demo learning, actions or high-risk cases")
			.isZero();
	}

	private Map<String, Object> response(String decision, Map<String, Object> riskAssessment) {
		Map<String, Object> inputs = new HashMap<>(
				Map.of("decision", decision, "responseDate", "2026-11-18", "classification", "service-failure",
						"handledBy", "a.patel", "learning", "Repeat reports will be linked"));
		if (riskAssessment != null) {
			inputs.putAll(riskAssessment);
		}
		return inputs;
	}

	private String acknowledgedComplaint() {
		String reference = this.cases.logged(Map.of("feedbackType", "complaint-stage-1", "channel", "web", "data",
				Map.of("name", "Sam Taylor", "email", "sam.taylor@example.com", "preferredContact", "email", "service",
						"highways", "summary", "Pothole reported three times", "details",
						"The pothole on Station Road is still there.", "incidentDate", "2026-10-02", "raisedBefore",
						true, "desiredOutcome", "Repair the pothole")))
			.path("reference")
			.asString();
		this.cases.acted(reference, "acknowledge", Map.of());
		return reference;
	}

	private int sweepOn(String instant) {
		this.clock.set(instant);
		return asTenant(this.actionNotices::sweep);
	}

	private void member(String user, String role, List<String> orgUnits, String email) {
		Map<String, Object> body = new HashMap<>(Map.of("roles", List.of(role), "orgUnits", orgUnits));
		if (email != null) {
			body.put("email", email);
		}
		Api.Response put = this.api.put("/api/tenants/" + this.tenant + "/members/" + user, body);
		assertThat(put.status()).as(put.body().toString()).isEqualTo(200);
	}

	private MimeMessage awaitOneTo(String address) {
		await().atMost(WAIT).until(() -> !to(address).isEmpty());
		List<MimeMessage> found = to(address);
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private List<MimeMessage> to(String address) {
		return Arrays.stream(this.mail.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equals(address);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static List<JsonNode> staffNotices(JsonNode listed, String template) {
		List<JsonNode> found = new ArrayList<>();
		listed.forEach(n -> {
			if (n.path("template").asString().equals(template)) {
				found.add(n);
			}
		});
		return found;
	}

	private <T> T asTenant(Supplier<T> work) {
		return TenantContext.callAs(CurrentTenant.pooled(this.tenant), work);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static MimeMessage message(List<MimeMessage> messages, String subjectStart) throws Exception {
		for (MimeMessage message : messages) {
			if (message.getSubject().startsWith(subjectStart)) {
				return message;
			}
		}
		throw new AssertionError("No message whose subject starts with '" + subjectStart + "'");
	}

}
