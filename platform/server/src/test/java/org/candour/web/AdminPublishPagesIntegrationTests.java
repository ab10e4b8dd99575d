package org.candour.web;

import java.util.List;

import org.candour.config.DraftDocument;
import org.candour.config.DraftManagement;
import org.candour.config.VersionHistory;
import org.candour.security.Memberships;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Check and publish: the draft's changes in words, publishing with a comment, the
 * two-person rule, and a draft made from (or a roll back to) an older version.
 */
@CandourWebTest
class AdminPublishPagesIntegrationTests {

	/** A demo account made this tenant's second administrator. */
	static final String SECOND_ADMIN = "manager@demo-county";

	@LocalServerPort
	int port;

	@Autowired
	Memberships memberships;

	@Autowired
	DraftManagement drafts;

	@Autowired
	VersionHistory versions;

	@Autowired
	AdminTenants adminTenants;

	AdminTenant tenant;

	String admin;

	@BeforeEach
	void countyTenant() {
		this.tenant = this.adminTenants.county();
		this.admin = this.tenant.admin();
		TenantContext.runAs(this.tenant.current(),
				() -> this.memberships.put(SECOND_ADMIN, List.of("TENANT_ADMIN"), List.of(), "admin tests"));
	}

	@Test
	void theCheckPageTellsTheChangesInWordsAndPublishesThemWithAComment() {
		renameTheComplimentType("Say thank you");
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page check = browser.get(this.admin + "/check");
		assertThat(check.status()).isEqualTo(200);
		assertThat(check.html()).contains("1 change since version 1, no errors", "Feedback type ‘Say thank you’",
				"Details (JSON Patch)", "id=\"publish\"");
		assertThat(check.html()).containsPattern("<li>[^<]*Say thank you[^<]*</li>");

		ResidentBrowser.Page published = browser.post(this.admin + "/publish", "comment", "Friendlier name");
		assertThat(published.path()).isEqualTo(this.admin + "/published/2");
		assertThat(published.html()).contains("Version 2 is live");
		assertThat(this.tenant.inTenant(() -> this.versions.get(2)).comment()).isEqualTo("Friendlier name");
		assertThat(browser.get(this.admin + "/check").html()).contains("No changes since version 2",
				"The draft is the same as the live version.");
	}

	@Test
	void aDraftWithErrorsCannotBePublished() {
		TenantContext.runAs(this.tenant.current(), () -> {
			ObjectNode type = this.drafts.get("feedback-type", "compliment").content().deepCopy();
			((ObjectNode) type.path("spec")).put("form", "no-such-form");
			this.drafts.put(new DraftDocument("feedback-type", "compliment", type));
		});
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page check = browser.get(this.admin + "/check");
		assertThat(check.html()).contains("Fix these problems before publishing", "Fix the problems above to publish.")
			.doesNotContain("id=\"publish\"");
		ResidentBrowser.Page refused = browser.post(this.admin + "/publish", "comment", "");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html()).contains("<title>Error: Check and publish", "nothing was published");
		assertThat(this.tenant.inTenant(() -> this.versions.activeNumber())).isEqualTo(1);
	}

	@Test
	void underTheTwoPersonRuleAnotherAdministratorApprovesWhatWasAskedFor() {
		renameTheComplimentType("Say thank you");
		ResidentBrowser asker = signedIn(AdminTenant.ADMIN);
		asker.get(this.admin + "/approval-rule");
		assertThat(asker.post(this.admin + "/approval-rule", "required", "true").path())
			.isEqualTo(this.admin + "/check");

		ResidentBrowser.Page asked = asker.post(this.admin + "/publish", "comment", "Friendlier name");
		assertThat(asked.html())
			.contains("Another administrator must now approve the publication",
					"Another administrator must approve it.", "id=\"withdraw\"")
			.doesNotContain("id=\"approve\"");
		assertThat(this.tenant.inTenant(() -> this.versions.activeNumber())).isEqualTo(1);

		ResidentBrowser approver = signedIn(SECOND_ADMIN);
		ResidentBrowser.Page waiting = approver.get(this.admin + "/check");
		assertThat(waiting.html()).contains(AdminTenant.ADMIN + "</span> asked for the draft to be published",
				"id=\"approve\"");
		ResidentBrowser.Page published = approver.post(this.admin + "/approval/approve");
		assertThat(published.html()).contains("Version 2 is live");
		assertThat(this.tenant.inTenant(() -> this.versions.get(2)).comment())
			.isEqualTo("Friendlier name (asked for by " + AdminTenant.ADMIN + ", approved by " + SECOND_ADMIN + ")");

		asker.get(this.admin + "/approval-rule");
		ResidentBrowser.Page refused = asker.post(this.admin + "/approval-rule", "required", "false");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.html()).contains("Only a platform administrator can turn the two-person rule off");
	}

	@Test
	void aDraftMadeFromAnOlderVersionAndARollBackToIt() {
		renameTheComplimentType("Say thank you");
		this.tenant.publish("Version 2");
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page versions = browser.get(this.admin + "/versions");
		assertThat(versions.html()).contains(this.admin + "/versions/1/draft", this.admin + "/versions/1/rollback");

		ResidentBrowser.Page confirm = browser.get(this.admin + "/versions/1/draft");
		assertThat(confirm.html()).contains("Make a draft from version 1?");
		ResidentBrowser.Page drafted = browser.post(this.admin + "/versions/1/draft");
		assertThat(drafted.path()).isEqualTo(this.admin + "/check");
		assertThat(drafted.html()).contains("1 change since version 2");
		assertThat(this.tenant.inTenant(() -> this.versions.activeNumber())).as("nothing went live").isEqualTo(2);

		browser.get(this.admin + "/versions/1/rollback");
		ResidentBrowser.Page rolledBack = browser.post(this.admin + "/versions/1/rollback");
		assertThat(rolledBack.html()).contains("Version 3 is live");
		assertThat(this.tenant.inTenant(() -> this.versions.get(3)).rollbackOf()).isEqualTo(1);
		assertThat(browser.get(this.admin + "/versions/9/draft").status()).isEqualTo(404);
	}

	@Test
	void anAuditorReadsTheCheckPageButCannotPublish() {
		renameTheComplimentType("Say thank you");
		ResidentBrowser auditor = signedIn(AdminTenant.AUDITOR);
		ResidentBrowser.Page check = auditor.get(this.admin + "/check");
		assertThat(check.status()).isEqualTo(200);
		assertThat(check.html()).contains("Feedback type ‘Say thank you’").doesNotContain("id=\"publish\"");
		assertThat(auditor.post(this.admin + "/publish", "comment", "").status()).isEqualTo(403);
		assertThat(this.tenant.inTenant(() -> this.versions.activeNumber())).isEqualTo(1);
	}

	private void renameTheComplimentType(String title) {
		TenantContext.runAs(this.tenant.current(), () -> {
			ObjectNode type = this.drafts.get("feedback-type", "compliment").content().deepCopy();
			type.put("title", title);
			this.drafts.put(new DraftDocument("feedback-type", "compliment", type));
		});
	}

	private ResidentBrowser signedIn(String user) {
		return this.tenant.signedIn(this.port, user);
	}

}
