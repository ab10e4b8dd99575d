package org.candour.web;

import org.candour.config.DraftManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An action's rules, questions and effects pages on the county's stage 1 complaint: the
 * shared rules of a template's action read as rows and removed in the lean form, a rule
 * on a question added, refusals on their fields with nothing saved (an effect naming what
 * the draft does not have, JSON that is not JSON, an answer an effect records), someone
 * else's change meanwhile, and auditors who read but change nothing.
 */
@CandourWebTest
class AdminActionPagesIntegrationTests {

	private static final String WORKFLOW = "complaint-stage-1";

	@LocalServerPort
	int port;

	@Autowired
	DraftManagement drafts;

	@Autowired
	AdminTenants adminTenants;

	AdminTenant tenant;

	String close;

	@BeforeEach
	void countyTenant() {
		this.tenant = this.adminTenants.county();
		this.close = this.tenant.admin() + "/feedback-types/complaint-stage-1/workflow/transitions/close";
	}

	@Test
	void aTemplatesSharedRulesReadAsRowsAndOneRemovedKeepsTheTemplate() {
		ResidentBrowser browser = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		ResidentBrowser.Page rules = browser.get(this.close + "/rules");
		assertThat(rules.status()).isEqualTo(200);
		assertThat(rules.html()).contains("The decision is recorded",
				"Learning is recorded when a complaint is upheld");

		ResidentBrowser.Page removed = browser.post(this.close + "/rules/remove", "hash", hash(rules.html()), "row",
				"3");

		assertThat(removed.path()).isEqualTo(this.close + "/rules");
		assertThat(removed.html()).contains("Rules saved");
		assertThat(rows(removed.html())).contains("The decision is recorded")
			.doesNotContain("Learning is recorded when a complaint");
		JsonNode written = closeAsWritten();
		assertThat(written.path("uses").asString()).isEqualTo("close");
		assertThat(written.path("guard").path("rules").toString()).doesNotContain("learning-if-upheld");

		ResidentBrowser.Page added = browser.post(this.close + "/rules/add-question", "hash", hash(removed.html()),
				"question", "summary", "check", "ANSWERED", "answers", "");
		assertThat(rows(added.html())).contains("‘Summary of your complaint’ is answered");
		ResidentBrowser.Page compared = browser.post(this.close + "/rules/add-comparison", "hash", hash(added.html()),
				"first", "/data/summary", "second", "/data/details", "message", "Say more in the details");
		assertThat(compared.html())
			.contains("&#39;summary&#39; and &#39;details&#39; differ: ‘Say more in the details’");
		assertThat(this.tenant.inTenant(() -> this.drafts.validate()).errors()).isEmpty();
	}

	@Test
	void whatTheDraftDoesNotHaveIsRefusedOnItsFieldAndNothingIsSaved() {
		ResidentBrowser browser = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		String hash = hash(browser.get(this.close + "/effects").html());
		String before = workflowHash();

		ResidentBrowser.Page team = browser.post(this.close + "/effects/add", "hash", hash, "kind", "team", "team",
				"highways-north-that-never-was");
		assertThat(team.status()).isEqualTo(422);
		assertThat(team.html()).contains("href=\"#team\">Choose a team that exists today</a>");

		ResidentBrowser.Page json = browser.post(this.close + "/rules/json", "hash", hash, "json", "{\"rules\": [");
		assertThat(json.status()).isEqualTo(422);
		assertThat(json.html()).contains("href=\"#json\">Enter the rules as JSON");

		ResidentBrowser.Page inUse = browser.post(
				this.tenant.admin()
						+ "/feedback-types/complaint-stage-1/workflow/transitions/reopen/inputs/reason/remove",
				"hash", hash);
		assertThat(inUse.status()).isEqualTo(422);
		assertThat(inUse.html()).contains("Clears the closure (reopens the case)", "uses this answer");
		assertThat(workflowHash()).isEqualTo(before);
	}

	@Test
	void aSaveOverSomeoneElsesChangeShowsTheConflictPageAndAnAuditorChangesNothing() {
		ResidentBrowser first = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		String stale = hash(first.get(this.close + "/inputs").html());
		first.post(this.close + "/inputs/reason", "hash", stale);

		ResidentBrowser.Page conflict = first.post(this.close + "/inputs/add", "hash", stale, "label", "Notes", "kind",
				"text");
		assertThat(conflict.status()).isEqualTo(409);

		ResidentBrowser auditor = this.tenant.signedIn(this.port, AdminTenant.AUDITOR);
		ResidentBrowser.Page read = auditor.get(this.close + "/effects");
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.html()).contains("Closes the case with the reason").doesNotContain("id=\"add-close\"");
		assertThat(auditor.post(this.close + "/effects/0/remove", "hash", workflowHash()).status()).isEqualTo(403);
	}

	private JsonNode closeAsWritten() {
		JsonNode transitions = this.tenant.inTenant(() -> this.drafts.get("workflow", WORKFLOW))
			.content()
			.path("spec")
			.path("transitions");
		return transitions.valueStream()
			.filter(transition -> "close".equals(transition.path("uses").asString("")))
			.findFirst()
			.orElseThrow();
	}

	/** The table of the rules the action has. */
	private static String rows(String html) {
		String table = html.substring(html.indexOf("id=\"rows\""));
		return table.substring(0, table.indexOf("</table>"));
	}

	private String workflowHash() {
		return this.tenant.inTenant(() -> this.drafts.draft().hashOf("workflow", WORKFLOW));
	}

	private static String hash(String html) {
		java.util.regex.Matcher hash = java.util.regex.Pattern.compile("name=\"hash\" value=\"([^\"]*)\"")
			.matcher(html);
		assertThat(hash.find()).as("the page carries the workflow's hash").isTrue();
		return hash.group(1);
	}

}
