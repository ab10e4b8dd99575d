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
