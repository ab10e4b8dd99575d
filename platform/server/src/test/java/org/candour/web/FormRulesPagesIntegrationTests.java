package org.candour.web;

import java.nio.file.Path;

import org.candour.packs.PackDeployment;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.web.FormRulesTenant.FORM;

/**
 * What a resident sees of a form's rules, groups, hidden labels and help
 * ({@link FormRulesTenant}): a page hidden by its rule is skipped and left out of check
 * your answers and of the progress count; a condition on a postcode inside the address (a
 * nested scope) or on the whole data ({@code #}) shows and hides what it says.
 */
@CandourWebTest
class FormRulesPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PackDeployment deployment;

	@Autowired
	TenantManagement tenants;

	ResidentBrowser browser;

	@BeforeEach
	void deploy(@TempDir Path pack) {
		FormRulesTenant.deploy(this.deployment, this.tenants, pack);
		this.browser = new ResidentBrowser(this.port);
		this.browser.get(FORM);
	}

	@Test
	void aGroupIsAFieldsetAndHelpIsAnExpandableSectionUnderTheQuestion() {
		String first = this.browser.get(FORM + "/page/1").html();

		assertThat(first).containsPattern("<fieldset class=\"govuk-fieldset\">\\s*<legend "
				+ "class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">About the problem</legend>");
		assertThat(first).contains("<details class=\"govuk-details\" id=\"summary-help\">",
				"Help with this question</span>", "Name the street and what is wrong.");
		assertThat(first).contains("id=\"progress\"", "Step 1 of 4");
		assertThat(this.browser.get(FORM + "/page/1?lang=cy").html()).contains("Help gyda&#39;r cwestiwn hwn",
				"Enwch y stryd a beth sydd o&#39;i le.");
	}

	@Test
	void aProblemThatIsNotUrgentSkipsTheUrgentPageAndAsksWhatTheWholeDataConditionShows() {
		answerTheFirstTwoPages("false", "SW1A 1AA");

		ResidentBrowser.Page last = this.browser.get(FORM + "/page/4");
		assertThat(last.html()).contains("When can we call you?", "Is there anything else we should know?",
				"Step 3 of 4", "href=\"/t/" + FormRulesTenant.TENANT + "/feedback/problem-report/page/2\"");
		ResidentBrowser.Page check = this.browser.post(FORM + "/page/4", "shown", "callTime", "shown", "anythingElse",
				"callTime", "Mornings", "anythingElse", "It flickers");
		assertThat(check.path()).isEqualTo(FORM + "/check");
		assertThat(check.html()).contains("Mornings", "It flickers", "Step 4 of 4").doesNotContain("Why it is urgent");
	}

	@Test
	void anUrgentProblemInCardiffIsAskedWhyWithItsTextsAndSkipsTheQuestionsItsPostcodeHides() {
		ResidentBrowser.Page urgentPage = answerTheFirstTwoPages("true", "CF10 1AA");
		assertThat(urgentPage.path()).isEqualTo(FORM + "/page/3");
		assertThat(urgentPage.html())
			.contains("We call back about urgent problems within a day.",
					"Problems in Cardiff are passed to the city council.", "Step 3 of 4")
			.contains("govuk-visually-hidden\" for=\"why\">Why is it urgent?")
			.doesNotContain(">false<");

		ResidentBrowser.Page check = this.browser.post(FORM + "/page/3", "shown", "why", "why", "Dark crossing");
		assertThat(check.path()).as("page 4 has nothing left to ask").isEqualTo(FORM + "/check");
		assertThat(check.html()).contains("Why it is urgent", "Dark crossing", "Step 4 of 4")
			.doesNotContain("When can we call you?", "Anything else")
			.contains("href=\"/t/" + FormRulesTenant.TENANT + "/feedback/problem-report/page/3\"");
	}

	@Test
	void aTextHiddenByANestedConditionStaysHiddenForOtherPostcodes() {
		answerTheFirstTwoPages("true", "SW1A 1AA");

		assertThat(this.browser.get(FORM + "/page/3").html())
			.contains("We call back about urgent problems within a day.")
			.doesNotContain("Problems in Cardiff are passed to the city council.");
		assertThat(this.browser.post(FORM + "/page/3", "shown", "why", "why", "Dark crossing").path())
			.isEqualTo(FORM + "/page/4");
		assertThat(this.browser.get(FORM + "/page/4").html()).contains("When can we call you?")
			.doesNotContain("Is there anything else we should know?");
	}

	private ResidentBrowser.Page answerTheFirstTwoPages(String urgent, String postcode) {
		this.browser.post(FORM + "/page/1", "shown", "summary", "shown", "urgent", "summary", "Street light out",
				"urgent", urgent);
		return this.browser.post(FORM + "/page/2", "shown", "address", "address.line1", "1 High Street",
				"address.postcode", postcode);
	}

}
