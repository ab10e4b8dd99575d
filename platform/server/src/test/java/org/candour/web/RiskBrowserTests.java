package org.candour.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.candour.cases.CaseIntake;
import org.candour.cases.LogCase;
import org.candour.packs.PackDeployment;
import org.candour.security.Memberships;
import org.candour.support.Api;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Risk assessment on the county council's corporate complaints in Chromium: an officer
 * records an assessment with a high-risk flag (a refusal first), the case screen and the
 * queue show the case as high risk, and after the case data is edited both say the risk
 * must be assessed again. Every page passes axe, the error state included.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class RiskBrowserTests {

	private static final String COUNTY = "demo-county";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	TenantManagement tenants;

	@Autowired
	PackDeployment deployment;

	@Autowired
	Memberships memberships;

	@Autowired
	CaseIntake intake;

	@Autowired
	Api api;

	@Test
	void anOfficerFlagsACaseHighRiskAndAnEditAsksForTheRiskToBeAssessedAgain(Page page,
			Browsers.Screenshots screenshots) {
		CurrentTenant county = county();
		TenantContext.runAs(county,
				() -> this.memberships.put("candour-cli", List.of("MANAGER"), List.of(), "risk browser test"));
		String word = "w" + UUID.randomUUID().toString().substring(0, 8);
		String reference = complaint(county, word + " pothole on Mill Lane not repaired");
		OfficerSignIn.as(page, COUNTY, "officer@" + COUNTY);
		page.navigate("/t/" + COUNTY + "/cases/" + reference);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge for case " + reference))
			.click();
		assertThat(page.locator("#case-risk")).hasCount(0);

		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Record a risk assessment for case " + reference))
			.click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm: Record a risk assessment"))
			.click();
		assertThat(page.locator(".govuk-error-summary")).isVisible();
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "1-assessment-refused");

		page.getByLabel("Risk category").selectOption("decision-impact");
		page.getByLabel("Serious failures").check();
		page.getByLabel("Rationale for the risk assessment").fill("Three missed inspections on a busy road");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm: Record a risk assessment"))
			.click();
		assertThat(page.locator("#case-high-risk")).hasText("High risk");
		assertThat(page.locator("#case-risk")).containsText("Serious failures");
		assertThat(page.locator("#case-reassess-risk")).hasCount(0);
		assertThat(page.locator("#outcome")).containsText("Risk category: Decision impact");
		assertThat(page.locator("#main-content")).not().containsText("{\"");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "2-high-risk");

		Api.Response edited = this.api.patch("/api/tenants/" + COUNTY + "/cases/" + reference + "/data",
				Map.of("data", Map.of("summary", word + " pothole now a sinkhole")));
		org.assertj.core.api.Assertions.assertThat(edited.status()).as(edited.body().toString()).isEqualTo(200);
		page.reload();
		assertThat(page.locator("#case-reassess-risk"))
			.containsText("The case data changed after the risk assessment of");
		assertThat(page.locator("#case-reassess-risk")).containsText("(changed: summary)");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "3-reassess");

		page.navigate("/t/" + COUNTY + "/work?queue=all-open&q=" + word);
		assertThat(page.locator("#high-risk-" + reference)).hasText("High risk");
		assertThat(page.locator("#reassess-risk-" + reference)).hasText("Risk to re-assess");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "4-queue");
	}

	private CurrentTenant county() {
		if (this.tenants.find(COUNTY).isEmpty()) {
			this.deployment.deployShipped(COUNTY, "county-council", true);
		}
		return this.tenants.get(COUNTY).asCurrent();
	}

	private String complaint(CurrentTenant county, String summary) {
		ObjectNode body = JSON.createObjectNode().put("feedbackType", "complaint-stage-1").put("channel", "phone");
		body.putObject("data")
			.put("name", "Pat Resident")
			.put("email", "pat@example.com")
			.put("service", "highways")
			.put("summary", summary)
			.put("details", "Reported twice; a cyclist nearly fell.");
		return TenantContext.callAs(county,
				() -> this.intake.log(JSON.treeToValue(body, LogCase.class), null).feedbackCase().reference());
	}

}
