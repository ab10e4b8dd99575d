package org.candour.web;

import org.candour.config.DraftDocument;
import org.candour.config.DraftManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A feedback type's workflow page: states, transitions and timescales as the draft has
 * them, in words, with a diagram whose text alternative lists every transition, redrawn
 * from the draft as it changes.
 */
@CandourWebTest
class AdminWorkflowPagesIntegrationTests {

	private static final String WORKFLOW = "complaint-stage-1";

	@LocalServerPort
	int port;

	@Autowired
	DraftManagement drafts;

	@Autowired
	AdminTenants adminTenants;

	AdminTenant tenant;

	String page;

	@BeforeEach
	void countyTenant() {
		this.tenant = this.adminTenants.county();
		this.page = this.tenant.admin() + "/feedback-types/complaint-stage-1/workflow";
	}

	@Test
	void readsTheStagesActionsAndTimescalesInWordsWithADiagramAndItsTextAlternative() {
		ResidentBrowser.Page workflow = this.tenant.signedIn(this.port, AdminTenant.ADMIN).get(this.page);

		assertThat(workflow.status()).isEqualTo(200);
		assertThat(workflow.html()).contains("<h1 class=\"govuk-heading-l\">Workflow and timescales</h1>",
				"Acknowledged - being investigated", "We are looking into your complaint",
				"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-workflow-diagram\" role=\"img\"",
				"State diagram: Corporate complaint stage 1",
				"<li>Allocate to a team: from New to New, by Complaints manager.</li>", "5 working days",
				"when the case is logged", "the day the case was received",
				"up to 10 working days more, with a reason");
		String list = workflow.html().substring(workflow.html().indexOf("id=\"transition-list\""));
		int listed = count(list.substring(0, list.indexOf("</ol>")), "<li>");
		assertThat(listed).as("every transition in words").isEqualTo(transitions(this.drafts));
		assertThat(workflow.html()).doesNotContain("{\"", "workflow-problems");
	}

	@Test
	void showsTheDraftAsItChangesWithItsProblems() {
		ObjectNode changed = this.tenant.inTenant(() -> this.drafts.get("workflow", WORKFLOW)).content().deepCopy();
		ArrayNode states = changed.withArray("/spec/states");
		((ObjectNode) states.get(4)).put("label", "Closed and filed");
		states.addObject().put("id", "parked").put("label", "Parked for later").put("category", "waiting");
		ObjectNode toNowhere = changed.withArray("/spec/transitions").addObject();
		toNowhere.put("action", "park").put("label", "Park it").put("to", "nowhere");
		toNowhere.putArray("from").add("acknowledged");
		toNowhere.putArray("roles").add("MANAGER");
		String hash = this.tenant.inTenant(() -> this.drafts.draft().hashOf("workflow", WORKFLOW));
		this.tenant.inTenant(() -> {
			this.drafts.put(new DraftDocument("workflow", WORKFLOW, changed), hash);
			return null;
		});

		ResidentBrowser.Page workflow = this.tenant.signedIn(this.port, AdminTenant.ADMIN).get(this.page);

		assertThat(workflow.html()).contains("Closed and filed", "Parked for later", "id=\"workflow-problems\"");
		assertThat(workflow.html().substring(workflow.html().indexOf("<svg"), workflow.html().indexOf("</svg>")))
			.contains(">Parked for later<", ">Closed and filed<");
	}

	@Test
	void theTimescalesTaskOpensTheWorkflowPageAtItsClocks() {
		ResidentBrowser.Page timescales = this.tenant.signedIn(this.port, AdminTenant.AUDITOR)
			.get(this.tenant.admin() + "/feedback-types/complaint-stage-1/timescales");
		assertThat(timescales.path()).isEqualTo(this.page);
		assertThat(timescales.html()).contains("Read only", "id=\"clock-respond\"");
	}

	@Test
	void anAdministratorAddsAStateAndAnActionThatTheDiagramAndTheListShow() {
		ResidentBrowser browser = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		String hash = hash(browser.get(this.page + "/states/new").html());
		ResidentBrowser.Page added = browser.post(this.page + "/states/new", "hash", hash, "name",
				"Waiting for the resident", "category", "waiting", "publicLabel", "We are waiting for you");
		assertThat(added.path()).isEqualTo(this.page);
		assertThat(added.html()).contains("State ‘Waiting for the resident’ added", ">Waiting for the resident<",
				"id=\"workflow-warnings\"",
				"No path from the initial state leads to state &#39;waiting-for-the-resident&#39;");

		hash = hash(browser.get(this.page + "/transitions/new").html());
		ResidentBrowser.Page action = browser.post(this.page + "/transitions/new", "hash", hash, "label",
				"Wait for the resident", "from", "acknowledged", "to", "waiting-for-the-resident", "roles", "OFFICER",
				"roles", "MANAGER", "residents", "no");
		assertThat(action.html()).contains("Action ‘Wait for the resident’ added",
				"<li>Wait for the resident: from Acknowledged - being investigated to Waiting for the resident, by "
						+ "Complaints manager or Complaints officer.</li>");
		assertThat(action.html()).as("the new state is reached now").doesNotContain("id=\"workflow-warnings\"");
		assertThat(this.tenant.inTenant(() -> this.drafts.validate()).valid()).isTrue();
	}

	@Test
	void anActionLeadingNowhereOrWithoutRolesIsRefusedOnItsFieldsAndNothingIsSaved() {
		ResidentBrowser browser = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		String hash = hash(browser.get(this.page + "/transitions/new").html());
		String before = this.tenant.inTenant(() -> this.drafts.draft().hashOf("workflow", WORKFLOW));

		ResidentBrowser.Page refused = browser.post(this.page + "/transitions/new", "hash", hash, "label", "Park",
				"from", "acknowledged", "to", "nowhere", "residents", "yes");

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html()).contains("govuk-error-summary", "href=\"#to\">Select the state it leads to</a>",
				"href=\"#roles\">Select who may take it</a>",
				"href=\"#residentWording\">Enter the words residents see on its button</a>");
		assertThat(this.tenant.inTenant(() -> this.drafts.draft().hashOf("workflow", WORKFLOW))).isEqualTo(before);
	}

	@Test
	void aStateInUseIsNotDeletedAndAnUnusedActionIs() {
		ResidentBrowser browser = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		String hash = hash(browser.get(this.page + "/states/escalated/delete").html());

		ResidentBrowser.Page refused = browser.post(this.page + "/states/escalated/delete", "hash", hash);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html()).contains("leads to or from ‘Escalated to stage 2’: change or delete it first");

		ResidentBrowser.Page deleted = browser.post(this.page + "/transitions/assess-risk/delete", "hash", hash);
		assertThat(deleted.html()).contains("Action ‘Record a risk assessment’ deleted")
			.doesNotContain("<li>Record a risk assessment:");
	}

	@Test
	void aSaveOverSomeoneElsesChangeShowsTheConflictPageAndAnAuditorChangesNothing() {
		ResidentBrowser first = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		String stale = hash(first.get(this.page + "/states/new").html());
		first.post(this.page + "/states/new", "hash", stale, "name", "Parked", "category", "waiting");

		ResidentBrowser.Page conflict = first.post(this.page + "/states/new", "hash", stale, "name", "Parked again",
				"category", "waiting");
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.html()).contains("Someone else changed this workflow while you were editing it");

		ResidentBrowser auditor = this.tenant.signedIn(this.port, AdminTenant.AUDITOR);
		String hash = hash(auditor.get(this.page + "/states/new").html());
		assertThat(auditor.get(this.page).html()).doesNotContain("id=\"add-state\"", "Change<span");
		assertThat(
				auditor.post(this.page + "/states/new", "hash", hash, "name", "Audited", "category", "open").status())
			.isEqualTo(403);
	}

	static String hash(String html) {
		java.util.regex.Matcher hash = java.util.regex.Pattern.compile("name=\"hash\" value=\"([^\"]*)\"")
			.matcher(html);
		assertThat(hash.find()).as("the page carries the workflow's hash").isTrue();
		return hash.group(1);
	}

	private int transitions(DraftManagement drafts) {
		return this.tenant
			.inTenant(() -> drafts.get("workflow", WORKFLOW).content().withArray("/spec/transitions").size());
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

}
