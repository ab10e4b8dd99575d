package org.candour.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bson.Document;
import org.candour.cases.TakeAction;
import org.candour.cases.LogCase;
import org.candour.cases.CaseActions;
import org.candour.cases.CaseIntake;
import org.candour.cases.CaseLink;
import org.candour.cases.CaseLinks;
import org.candour.cases.CaseLookup;
import org.candour.queues.CaseQueries;
import org.candour.cases.CaseReference;
import org.candour.cases.CaseResource;
import org.candour.cases.ResidentTracking;
import org.candour.packs.PackDeployment;
import org.candour.security.TrackingLinks;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident follows their case with the signed link: status in plain words, key dates,
 * and a stage 2 review asked for from the page, which opens the linked stage 2 case,
 * linked from then on (and back) with its status and due dates.
 */
@CandourWebTest
class TrackingPagesIntegrationTests {

	private static final tools.jackson.databind.json.JsonMapper LOG_CASE = tools.jackson.databind.json.JsonMapper
		.builder()
		.build();

	private static final String TENANT = "tracking-county";

	private static final Path SCENARIO = Path
		.of("../../tenant-configs/county-council/corporate-complaint-two-stages.scenario.json");

	@LocalServerPort
	int port;

	@Autowired
	PackDeployment deployment;

	@Autowired
	TenantManagement tenants;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseActions actions;

	@Autowired
	CaseQueries queries;

	@Autowired
	TrackingLinks links;

	@Autowired
	CaseLookup lookup;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	ResidentTracking tracking;

	@Autowired
	CaseLinks caseLinks;

	@Autowired
	JsonMapper json;

	ResidentBrowser browser;

	@BeforeEach
	void deployCountyCouncil() {
		for (String tenant : List.of(TENANT, "tracking-other")) {
			if (this.tenants.find(tenant).isEmpty()) {
				this.deployment.deployShipped(tenant, "county-council", true);
			}
		}
		this.browser = new ResidentBrowser(this.port);
	}

	@Test
	void showsTheStatusInPlainWordsAndTheKeyDates() throws IOException {
		String reference = complaintTakenUntil("acknowledged");
		ResidentBrowser.Page page = this.browser.get(trackUrl(reference));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("Your case " + reference, "We are looking into your complaint", "Received",
				"Done on", "Due by");
		assertThat(page.html()).doesNotContain("Sam Taylor", "sam.taylor@example.com", "I am not satisfied");
	}

	@Test
	void aStageTwoReviewAskedForFromTheTrackingPageOpensTheLinkedCase() throws IOException {
		String reference = complaintTakenUntil("responded");
		String track = trackUrl(reference);
		ResidentBrowser.Page page = this.browser.get(track);
		assertThat(page.html()).contains("We have sent you our response",
				"I am not satisfied: ask for a stage 2 review", "href=\"" + track + "/escalate\"");
		ResidentBrowser.Page form = this.browser.get(track + "/escalate");
		assertThat(form.html()).contains("Why are you unhappy with our stage 1 response?");
		ResidentBrowser.Page refused = this.browser.post(track + "/escalate", "reason", "");
		assertThat(refused.errorSummary()).contains("Why are you unhappy with our stage 1 response?");
		int before = stageTwoCases().size();
		assertThat(stageTwoOf(reference)).isEmpty();

		ResidentBrowser.Page done = this.browser.post(track + "/escalate", "reason",
				"The pothole is still there and nobody has paid for my tyre.");
		assertThat(done.html()).contains("We have received your request", "Your complaint has moved to stage 2");
		assertThat(stageTwoCases()).hasSize(before + 1);
		assertThat(done.html()).contains("Its reference is " + stageTwoOf(reference).orElseThrow());
		assertThat(this.browser.get(track).html()).doesNotContain("href=\"" + track + "/escalate\"");
		assertThat(this.browser.post(track + "/escalate", "reason", "Again").status()).isEqualTo(200);
		assertThat(stageTwoCases()).hasSize(before + 1);
	}

	@Test
	void onceEscalatedTheStageOnePageLinksTheStageTwoCaseWithItsDueDateAndBack() throws IOException {
		String reference = complaintTakenUntil("responded");
		String track = trackUrl(reference);
		this.browser.get(track + "/escalate");
		this.browser.post(track + "/escalate", "reason", "Nothing has been repaired.");
		String stageTwo = stageTwoOf(reference).orElseThrow();

		String stageOne = this.browser.get(track).html();
		assertThat(stageOne)
			.contains("Your complaint has moved to stage 2", "Continues as", "Next stage: " + stageTwo,
					"Moved to the next stage", "Complaint stage 2 review")
			.doesNotContain("govuk-tag--grey", ">Closed<");
		List<String> dueDates = TrackedDueDates.of(this.tracking, this.lookup, tenant(TENANT), stageTwo);
		assertThat(dueDates).isNotEmpty();
		for (String due : dueDates) {
			assertThat(nextStage(stageOne)).contains("Due by " + due);
		}
		Matcher link = Pattern.compile("id=\"next-stage-link\" href=\"(/t/" + TENANT + "/track/[^\"]+)\"")
			.matcher(stageOne);
		assertThat(link.find()).as("a link to the stage 2 case").isTrue();

		ResidentBrowser.Page second = this.browser.get(link.group(1));
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.html()).contains("Your case " + stageTwo, "Earlier stage", "id=\"earlier-stage\"");
		Matcher back = Pattern.compile("id=\"earlier-stage\" href=\"([^\"]+)\"").matcher(second.html());
		assertThat(back.find()).isTrue();
		assertThat(this.browser.get(back.group(1)).html()).contains("Your case " + reference);
	}

	@Test
	void casesAnOfficerLinkedAreNotShownToTheResident() throws IOException {
		String reference = complaintTakenUntil("acknowledged");
		String other = complaintTakenUntil("new");
		TenantContext.runAs(tenant(TENANT), () -> this.caseLinks.link(reference, "related", other, null));
		assertThat(this.browser.get(trackUrl(reference)).html()).doesNotContain(other, "Next stage", "Earlier stage");
	}

	/** The case the complaint was escalated to. */
	private Optional<String> stageTwoOf(String reference) {
		return TenantContext
			.callAs(tenant(TENANT),
					() -> this.lookup.find(new CaseReference(reference)).orElseThrow().current().links())
			.stream()
			.filter(link -> link.relation().equals("escalated-to"))
			.map(CaseLink::reference)
			.findFirst();
	}

	private static String nextStage(String html) {
		int start = html.indexOf("id=\"next-stage\"");
		return html.substring(start, html.indexOf("</dl>", start));
	}

	@Test
	void refusesTamperedAndOtherTenantsLinks() throws IOException {
		String reference = complaintTakenUntil("new");
		String token = token(reference, TENANT);
		ResidentBrowser.Page tampered = this.browser.get("/t/" + TENANT + "/track/" + token + "x");
		assertThat(tampered.status()).isEqualTo(404);
		assertThat(tampered.html()).contains("This link has expired or is not valid");
		assertThat(this.browser.get("/t/tracking-other/track/" + token).status()).isEqualTo(404);
	}

	@Test
	void showsOnlyPublicClocksAndActionsInResidentWording() throws IOException {
		String reference = complaintTakenUntil("acknowledged");
		ResidentBrowser.Page page = this.browser.get(trackUrl(reference));
		assertThat(page.html()).contains("Acknowledgement", "Our response", "What you can do", "Withdraw my complaint")
			.doesNotContain("Acknowledgement due", "Stage 1 response due", "Record that the complaint is withdrawn",
					"If you are not satisfied");
		String comment = logged(TENANT, "comment",
				"{\"service\": \"highways\", \"summary\": \"Gritting\", \"details\": \"Grit the hill earlier.\"}");
		assertThat(this.browser.get(trackUrl(TENANT, comment)).html()).contains("Received")
			.doesNotContain("Pass to the service by", "Due by");
	}

	@Test
	void aComplimentClosedAsNotAComplaintSaysWhatHappened() {
		String tenant = "tracking-unitary";
		if (this.tenants.find(tenant).isEmpty()) {
			this.deployment.deployShipped(tenant, "unitary-council-triage", true);
		}
		String reference = logged(tenant, "contact",
				"{\"name\": \"Jo Example\", \"summary\": \"Kind bin crew\", \"details\": \"The crew helped my mum.\"}");
		TenantContext.runAs(tenant(tenant), () -> this.actions.take(new TakeAction(new CaseReference(reference),
				"triage-not-a-complaint", this.json.readTree("{\"notComplaintType\": \"compliment\"}"), null, null)));
		ResidentBrowser.Page page = this.browser.get(trackUrl(tenant, reference));
		assertThat(page.html()).contains("Thank you for your compliment: we have recorded it")
			.doesNotContain("We have replied to your message", "Triage within");
	}

	private String logged(String tenant, String feedbackType, String data) {
		ObjectNode body = this.json.createObjectNode();
		body.put("feedbackType", feedbackType);
		body.put("channel", "web");
		body.set("data", this.json.readTree(data));
		return TenantContext.callAs(tenant(tenant),
				() -> this.intake.log(LOG_CASE.treeToValue(body, LogCase.class), null).feedbackCase().reference());
	}

	private String trackUrl(String tenant, String reference) {
		return "/t/" + tenant + "/track/" + token(reference, tenant);
	}

	@Test
	void anEarlierLinkShowsTheNotValidPageOnceTheCasesLinksAreRevoked() throws IOException {
		String reference = complaintTakenUntil("responded");
		String old = trackUrl(reference);
		assertThat(this.browser.get(old).status()).isEqualTo(200);
		assertThat(this.browser.get(old + "/escalate").html()).contains("_csrf");
		int stageTwo = stageTwoCases().size();

		TenantContext.runAs(tenant(TENANT),
				() -> this.links.revokeAll(this.lookup.find(new CaseReference(reference)).orElseThrow()));

		ResidentBrowser.Page refused = this.browser.get(old);
		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.html()).contains("This link has expired or is not valid").doesNotContain(reference);
		assertThat(this.browser.post(old + "/escalate", "reason", "Still unhappy").status()).isEqualTo(404);
		assertThat(stageTwoCases()).hasSize(stageTwo);
		assertThat(this.browser.get(trackUrl(reference)).html()).contains("Your case " + reference);
	}

	@Test
	void aLinkNeverShowsAnotherCaseThatWasGivenItsReference() throws IOException {
		String reference = complaintTakenUntil("responded");
		String old = trackUrl(reference);
		int stageTwo = stageTwoCases().size();
		// what a crash that lost the case and rolled its counter back would leave, once
		// the numbers this instance drew before it are used up (as a restart forgets
		// them)
		TenantContext.runAs(tenant(TENANT), () -> {
			this.mongo.getCollection("cases").deleteOne(new Document("reference", reference));
			String[] parts = reference.split("-");
			this.mongo.getCollection("case_counters")
				.updateOne(new Document("_id", TENANT + ":" + parts[0] + ":" + parts[1]),
						new Document("$set", new Document("seq", Long.parseLong(parts[2]) - 1)));
		});
		String other = complaintTakenUntil("responded");
		for (int drawn = 0; !other.equals(reference) && drawn < 20; drawn++) {
			other = complaintTakenUntil("responded");
		}
		assertThat(other).isEqualTo(reference);

		String current = trackUrl(other);
		assertThat(this.browser.get(current + "/escalate").html()).contains("_csrf");
		ResidentBrowser.Page refused = this.browser.get(old);
		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.html()).doesNotContain("Your case " + reference);
		assertThat(this.browser.post(old + "/escalate", "reason", "Not my case").status()).isEqualTo(404);
		assertThat(stageTwoCases()).hasSize(stageTwo);
		assertThat(this.browser.get(current).html()).contains("Your case " + other);
	}

	private String trackUrl(String reference) {
		return "/t/" + TENANT + "/track/" + token(reference, TENANT);
	}

	private String token(String reference, String tenant) {
		return TenantContext.callAs(tenant(tenant),
				() -> this.links.issue(this.lookup.find(new CaseReference(reference)).orElseThrow()));
	}

	/**
	 * Logs the scenario's complaint and takes its steps until the case is in
	 * {@code state}.
	 */
	private String complaintTakenUntil(String state) throws IOException {
		JsonNode scenario = this.json.readTree(Files.readString(SCENARIO));
		ObjectNode body = this.json.createObjectNode();
		body.put("feedbackType", scenario.path("feedbackType").asString());
		body.put("channel", "web");
		body.set("data", scenario.path("data"));
		return TenantContext.callAs(tenant(TENANT), () -> {
			String reference = this.intake.log(LOG_CASE.treeToValue(body, LogCase.class), null)
				.feedbackCase()
				.reference();
			String current = "new";
			for (JsonNode step : scenario.path("steps")) {
				if (current.equals(state)) {
					break;
				}
				current = this.actions
					.take(new TakeAction(new CaseReference(reference), step.path("action").asString(),
							step.path("inputs"), null, null))
					.current()
					.state();
			}
			assertThat(current).isEqualTo(state);
			return reference;
		});
	}

	private List<CaseResource> stageTwoCases() {
		LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("feedbackType", "complaint-stage-2");
		return TenantContext.callAs(tenant(TENANT), () -> this.queries.search(params).content());
	}

	private CurrentTenant tenant(String id) {
		return this.tenants.get(id).asCurrent();
	}

}
