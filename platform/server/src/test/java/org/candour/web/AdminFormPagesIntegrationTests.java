package org.candour.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.candour.config.ConfigPublisher;
import org.candour.config.DraftManagement;
import org.candour.definition.ConfigDocument;
import org.candour.packs.PackDeployment;
import org.candour.security.Memberships;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form builder's pages on a tenant of the county council pack: a feedback type's form
 * page by page, questions added, changed, moved and deleted as draft edits of the form
 * document, refusals in words with nothing changed, conflicts, and auditors who read the
 * form without actions.
 */
@CandourWebTest
class AdminFormPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TenantManagement tenants;

	@Autowired
	PackDeployment deployment;

	@Autowired
	Memberships memberships;

	@Autowired
	DraftManagement drafts;

	@Autowired
	ConfigPublisher publisher;

	AdminTenant tenant;

	String form;

	@BeforeEach
	void countyTenant() {
		this.tenant = new AdminTenant(this.tenants, this.deployment, this.memberships, this.drafts, this.publisher);
		this.form = this.tenant.admin() + "/feedback-types/compliment/form";
	}

	@Test
	void showsTheTypesFormPageByPageWithEachQuestionsKindAndWhetherItIsRequired() {
		ResidentBrowser.Page page = signedIn(AdminTenant.ADMIN).get(this.form);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("<h1 class=\"govuk-heading-l\">Form</h1>", "Pay us a compliment",
				"govuk-summary-card", "id=\"page-1\"", "Which service or team is your compliment about?",
				"One answer from a long list (drop-down)", "Summary of your compliment", "Long text",
				"We sometimes share compliments in our newsletter", "href=\"" + this.form + "/questions/service\"",
				"href=\"" + this.form + "/questions/service/delete\"", "Move down", "Move up",
				"href=\"" + this.form + "/pages/1/questions/new\"", "Add a question");
		assertThat(page.html()).as("fields staff record").contains("Team the compliment was passed to");
		assertThat(page.html()).as("not the not-built page").doesNotContain("not in these pages yet", "{\"");
		assertThat(requiredness(page.html(), "service")).isEqualTo("required");
		assertThat(requiredness(page.html(), "staffMember")).isEqualTo("optional");
	}

	@Test
	void anAuditorSeesTheFormWithoutActions() {
		ResidentBrowser.Page page = signedIn(AdminTenant.AUDITOR).get(this.form);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("Read only", "Which service or team is your compliment about?")
			.doesNotContain("Add a question", "Move up", "Move down", "/delete\"", "/questions/service\"");
	}

	private static String requiredness(String html, String question) {
		Matcher row = Pattern.compile("id=\"question-" + question + "\".*?,\\s*(required|optional)", Pattern.DOTALL)
			.matcher(html);
		assertThat(row.find()).as(question).isTrue();
		return row.group(1);
	}

	static String hash(String html) {
		Matcher hash = Pattern.compile("name=\"hash\" value=\"([^\"]*)\"").matcher(html);
		assertThat(hash.find()).as("the page carries the form's hash").isTrue();
		return hash.group(1);
	}

	ConfigDocument draftForm() {
		return this.tenant.inTenant(() -> this.drafts.get("form", "compliment-form"));
	}

	private ResidentBrowser signedIn(String user) {
		ResidentBrowser browser = new ResidentBrowser(this.port);
		browser.get("/t/" + this.tenant.id + "/login");
		ResidentBrowser.Page landed = browser.post("/login", "username", user, "password", OfficerSignIn.PASSWORD);
		assertThat(landed.path()).isNotEqualTo("/login");
		return browser;
	}

}
