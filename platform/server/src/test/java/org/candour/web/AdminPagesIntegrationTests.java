package org.candour.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.candour.config.DraftDocument;
import org.candour.config.DraftManagement;
import org.candour.definition.ConfigDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tenant administrator's pages on a tenant of the county council pack: the draft's
 * state in words, feedback types created, copied, changed and retired as draft edits,
 * problems on the fields, conflicts between two administrators, and auditors who read
 * everything and change nothing.
 */
@CandourWebTest
class AdminPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DraftManagement drafts;

	@Autowired
	AdminTenants adminTenants;

	AdminTenant tenant;

	String admin;

	@BeforeEach
	void countyTenant() {
		this.tenant = this.adminTenants.county();
		this.admin = this.tenant.admin();
	}

	@Test
	void aSignedOutAdministratorSignsInAndComesBackToTheAdministrationPages() {
		ResidentBrowser browser = new ResidentBrowser(this.port);
		ResidentBrowser.Page signIn = browser.get(this.admin + "/feedback-types");
		assertThat(signIn.path()).isEqualTo("/login");
		ResidentBrowser.Page landed = browser.post("/login", "username", AdminTenant.ADMIN, "password",
				OfficerSignIn.PASSWORD);
		assertThat(landed.path()).isEqualTo(this.admin + "/feedback-types");
		assertThat(landed.html()).contains("<h1 class=\"govuk-heading-l\">Feedback types</h1>", "Compliment");
	}

	@Test
	void theHomePageSaysTheDraftsStateInWordsAndLinksToEachTypesTaskList() {
		ResidentBrowser.Page home = signedIn(AdminTenant.ADMIN).get(this.admin);
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.html()).contains("No changes since version 1, no errors",
				"href=\"" + this.admin + "/feedback-types/compliment\"", "href=\"" + this.admin + "/check\"",
				"href=\"" + this.admin + "/versions\"", "Signed in as <strong>" + AdminTenant.ADMIN,
				"/t/" + this.tenant.id + "/brand.css", "candour-brand", "Sign out");
		assertThat(home.html()).as("in the tenant's branding").contains("North Shire County Council");
	}

	@Test
	void aTypesPagesNameTheTypeInTheirCaptionAndTheirTitle() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page details = browser.get(this.admin + "/feedback-types/compliment/details");
		assertThat(details.html()).contains("<title>Details – Compliment – ",
				"<span class=\"govuk-caption-l\">Compliment</span>");
		assertThat(browser.get(this.admin + "/feedback-types/compliment/retire").html())
			.contains("<span class=\"govuk-caption-l\">Compliment</span>");
	}

	@Test
	void createsAFeedbackTypeAsADraftEditWithAnIdMadeFromItsTitle() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		browser.get(this.admin + "/feedback-types/new");
		ResidentBrowser.Page created = browser.post(this.admin + "/feedback-types/new", "title", "Pothole report",
				"description", "Roads in need of repair", "category", "service-request", "audience", "public",
				"referencePrefix", "pot", "retentionMonths", "24", "acknowledgementTemplate",
				"service-request-received", "form", "service-request-form", "copyForm", "yes", "workflow",
				"service-request");
		assertThat(created.path()).isEqualTo(this.admin + "/feedback-types/pothole-report");
		assertThat(created.html()).contains("Pothole report", "govuk-task-list", "Check and publish");
		assertThat(taskStatus(created.html(), "details")).isEqualTo("In progress");
		assertThat(taskStatus(created.html(), "form")).as("a new copy of the form, not live yet")
			.isEqualTo("In progress");
		assertThat(taskStatus(created.html(), "timescales")).as("the shared workflow is live").isEqualTo("Completed");

		ConfigDocument type = this.tenant.inTenant(() -> this.drafts.get("feedback-type", "pothole-report"));
		assertThat(type.content().at("/spec/referencePrefix").asString()).isEqualTo("POT");
		assertThat(type.content().at("/spec/form").asString()).isEqualTo("pothole-report-form");
		assertThat(type.content().at("/spec/workflow").asString()).isEqualTo("service-request");
		assertThat(type.content().at("/spec/dataProtection/retentionMonths").asInt()).isEqualTo(24);
		assertThat(this.tenant.inTenant(() -> this.drafts.draft().find("form", "pothole-report-form"))).isPresent();
		assertThat(browser.get(this.admin).html()).contains("2 changes since version 1");
		assertThat(this.tenant.inTenant(() -> this.drafts.validate()).valid()).isTrue();
	}

	@Test
	void showsTheStoresRefusalOnTheFieldsAndStoresNothing() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		browser.get(this.admin + "/feedback-types/new");
		ResidentBrowser.Page refused = browser.post(this.admin + "/feedback-types/new", "title", "Bad prefix",
				"category", "comment", "audience", "staff", "referencePrefix", "NOT-A-PREFIX", "form", "comment-form",
				"workflow", "comment");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html()).contains("<title>Error: Create a feedback type", "govuk-error-summary",
				"href=\"#referencePrefix\"", "Enter a reference prefix of 1 to 8 capital letters or digits",
				"id=\"referencePrefix-error\"", "value=\"Bad prefix\"");
		assertThat(refused.html()).as("no raw JSON or schema wording").doesNotContain("/spec/", "pattern", "{\"");
		assertThat(this.tenant.inTenant(() -> this.drafts.draft().find("feedback-type", "bad-prefix"))).isEmpty();

		ResidentBrowser.Page untitled = browser.post(this.admin + "/feedback-types/new", "title", " ", "category",
				"comment", "audience", "staff", "form", "comment-form", "workflow", "comment");
		assertThat(untitled.status()).isEqualTo(422);
		assertThat(untitled.html()).contains("href=\"#title\"", "Enter a title");
	}

	@Test
	void renamingKeepsTheIdAndChangesOnlyTheDetails() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page details = browser.get(this.admin + "/feedback-types/compliment/details");
		assertThat(details.html()).contains("value=\"Compliment\"", "value=\"CPL\"", "value=\"36\"");
		ResidentBrowser.Page saved = browser.post(this.admin + "/feedback-types/compliment/details", "hash",
				hash(details.html()), "title", "Thanks and praise", "description", "Praise for a service", "category",
				"compliment", "audience", "public", "referencePrefix", "CPL", "retentionMonths", "36", "retentionFrom",
				"last-activity", "disposal", "anonymise", "acknowledgementTemplate", "compliment-received");
		assertThat(saved.path()).isEqualTo(this.admin + "/feedback-types/compliment");
		ConfigDocument type = this.tenant.inTenant(() -> this.drafts.get("feedback-type", "compliment"));
		assertThat(type.title().asString()).isEqualTo("Thanks and praise");
		assertThat(type.content().at("/spec/dataProtection").toString())
			.as("the retention trigger chosen is written; the default disposal is left to the meta-schema")
			.isEqualTo("{\"retentionMonths\":36,\"retentionFrom\":\"last-activity\"}");
		ResidentBrowser.Page bad = browser.post(this.admin + "/feedback-types/compliment/details", "hash",
				hash(browser.get(this.admin + "/feedback-types/compliment/details").html()), "title", "Thanks",
				"category", "compliment", "audience", "public", "retentionMonths", "36", "disposal", "shred");
		assertThat(bad.status()).isEqualTo(422);
		assertThat(bad.html()).contains("href=\"#disposal\"", "Select what happens at the end of the retention period");
		assertThat(type.content().at("/spec/defaultOrgUnit").asString()).as("what the page does not show is kept")
			.isEqualTo("corporate-complaints-team");
		assertThat(this.tenant.inTenant(() -> this.drafts.draft().find("feedback-type", "thanks-and-praise")))
			.isEmpty();
	}

	@Test
	void aSaveOverAnotherAdministratorsChangeShowsTheConflictPageAndWritesNothing() {
		ResidentBrowser first = signedIn(AdminTenant.ADMIN);
		ResidentBrowser second = signedIn(AdminTenant.ADMIN);
		String firstHash = hash(first.get(this.admin + "/feedback-types/comment/details").html());
		String secondHash = hash(second.get(this.admin + "/feedback-types/comment/details").html());
		assertThat(first.post(this.admin + "/feedback-types/comment/details", details(firstHash, "Comment (first)"))
			.status()).isEqualTo(200);

		ResidentBrowser.Page conflict = second.post(this.admin + "/feedback-types/comment/details",
				details(secondHash, "Comment (second)"));
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.html()).contains("Someone else changed this feedback type while you were editing it",
				"href=\"" + this.admin + "/feedback-types/comment/details\"");
		assertThat(this.tenant.inTenant(() -> this.drafts.get("feedback-type", "comment")).title().asString())
			.isEqualTo("Comment (first)");
	}

	@Test
	void copiesATypeSharingItsFormAndWorkflowUnlessAskedForCopies() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		assertThat(browser.get(this.admin + "/feedback-types/compliment/copy").html())
			.contains("value=\"Copy of Compliment\"");
		ResidentBrowser.Page copied = browser.post(this.admin + "/feedback-types/compliment/copy", "title",
				"Staff compliment", "referencePrefix", "SCP", "copyWorkflow", "yes");
		assertThat(copied.path()).isEqualTo(this.admin + "/feedback-types/staff-compliment");
		ConfigDocument copy = this.tenant.inTenant(() -> this.drafts.get("feedback-type", "staff-compliment"));
		assertThat(copy.content().at("/spec/form").asString()).isEqualTo("compliment-form");
		assertThat(copy.content().at("/spec/workflow").asString()).isEqualTo("staff-compliment");
		assertThat(copy.content().at("/spec/referencePrefix").asString()).isEqualTo("SCP");
		assertThat(this.tenant.inTenant(() -> this.drafts.draft().find("workflow", "staff-compliment"))).isPresent();
	}

	@Test
	void aRetiredTypeIsNoLongerOfferedToResidentsOrOfficersOncePublished() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		String hash = hash(browser.get(this.admin + "/feedback-types/compliment/retire").html());
		ResidentBrowser.Page retired = browser.post(this.admin + "/feedback-types/compliment/retire", "hash", hash,
				"retired", "true");
		assertThat(retired.html()).contains("Retired", "No new cases; open cases continue");
		assertThat(browser.get(this.admin + "/feedback-types").html()).contains("Retired");

		String start = "/t/" + this.tenant.id + "/feedback";
		assertThat(new ResidentBrowser(this.port).get(start).html()).as("not live until published")
			.contains("href=\"" + start + "/compliment\"");
		this.tenant.publish("Retire compliments");

		ResidentBrowser resident = new ResidentBrowser(this.port);
		assertThat(resident.get(start).html()).doesNotContain("href=\"" + start + "/compliment\"")
			.contains("href=\"" + start + "/comment\"");
		assertThat(resident.get(start + "/compliment/page/1").status()).isEqualTo(404);

		ResidentBrowser officer = signedIn(AdminTenant.OFFICER);
		String logCase = "/t/" + this.tenant.id + "/cases/new";
		assertThat(officer.get(logCase).html()).doesNotContain("value=\"compliment\"").contains("value=\"comment\"");
		assertThat(officer.get(logCase + "/compliment").status()).isEqualTo(404);
	}

	@Test
	void theCheckPageListsTheDraftsProblemsWithTheirDocumentsAndTheVersionsPageItsHistory() {
		this.tenant.inTenant(() -> {
			ObjectNode type = this.drafts.get("feedback-type", "comment").content().deepCopy();
			((ObjectNode) type.get("spec")).put("acknowledgementTemplate", "no-such-template");
			return this.drafts.put(new DraftDocument("feedback-type", "comment", type));
		});
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		assertThat(browser.get(this.admin).html()).contains("1 change since version 1, 1 error");
		ResidentBrowser.Page check = browser.get(this.admin + "/check");
		assertThat(check.html()).contains("govuk-error-summary", "Feedback type ‘Comment or suggestion’",
				"href=\"" + this.admin + "/feedback-types/comment/details#acknowledgementTemplate\"");
		assertThat(check.html()).doesNotContain("{\"");

		ResidentBrowser.Page versions = browser.get(this.admin + "/versions");
		assertThat(versions.html()).contains("id=\"versions\"", ">1<", "Live");
	}

	@Test
	void anAuditorReadsEveryPageWithoutButtonsAndIsRefusedAnyChange() {
		ResidentBrowser auditor = signedIn(AdminTenant.AUDITOR);
		for (String path : new String[] { "", "/versions", "/check", "/feedback-types", "/feedback-types/new",
				"/feedback-types/compliment", "/feedback-types/compliment/details", "/feedback-types/compliment/copy",
				"/feedback-types/compliment/retire", "/feedback-types/compliment/workflow" }) {
			ResidentBrowser.Page page = auditor.get(this.admin + path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.html()).as(path)
				.contains("Read only")
				.doesNotContain("Create feedback type</button>", "Save details", "Copy feedback type</button>",
						"Retire feedback type</button>");
		}
		String hash = hash(auditor.get(this.admin + "/feedback-types/compliment/details").html());
		ResidentBrowser.Page refused = auditor.post(this.admin + "/feedback-types/compliment/details",
				details(hash, "Renamed by an auditor"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.html()).contains("govuk-heading-l");
		assertThat(this.tenant.inTenant(() -> this.drafts.get("feedback-type", "compliment")).title().asString())
			.isEqualTo("Compliment");
		assertThat(signedIn(AdminTenant.OFFICER).get(this.admin).status()).isEqualTo(403);
	}

	private String[] details(String hash, String title) {
		return new String[] { "hash", hash, "title", title, "category", "comment", "audience", "public",
				"referencePrefix", "CMT", "acknowledgementTemplate", "comment-received" };
	}

	private static String hash(String html) {
		Matcher hash = Pattern.compile("name=\"hash\" value=\"([^\"]*)\"").matcher(html);
		assertThat(hash.find()).as("the page carries the document's hash").isTrue();
		return hash.group(1);
	}

	private static String taskStatus(String html, String task) {
		Matcher status = Pattern.compile("id=\"" + task + "-status\">\\s*(?:<strong[^>]*>)?([^<]+?)\\s*<")
			.matcher(html);
		assertThat(status.find()).as(task).isTrue();
		return status.group(1).trim();
	}

	private ResidentBrowser signedIn(String user) {
		return this.tenant.signedIn(this.port, user);
	}

}
