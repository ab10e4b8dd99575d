package org.candour.web;

import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.candour.imports.ImportMappingManagement;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A county tenant's administrator, with JavaScript off and the keyboard, brings the
 * shipped legacy export across with the shipped mapping: a form sent without a file is
 * refused on its fields; the dry run lists the broken rows by row and column; the import
 * brings in the rest. An auditor reads the reports but gets no form. Axe on every page,
 * the error state included.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class AdminImportBrowserTests {

	private static final Path SAMPLE = Path.of("../../tenant-configs/samples/legacy-complaints.csv");

	@Autowired
	AdminTenants adminTenants;

	@Autowired
	ImportMappingManagement mappings;

	@Test
	void anAdministratorChecksThenImportsTheSampleExport(Page page, Page auditor, Browsers.Screenshots screenshots) {
		AdminTenant tenant = this.adminTenants.county();
		TenantContext.runAs(tenant.current(), () -> this.mappings.saveShipped("county-council"));

		OfficerSignIn.as(page, tenant.id, AdminTenant.ADMIN);
		page.navigate(tenant.admin());
		Keyboard.press(page, page.locator("#imports-link"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Import cases");
		assertThat(page.locator("#no-runs")).isVisible();
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "1-import-page");

		Keyboard.press(page, page.locator("#run"));
		assertThat(page.locator(".govuk-error-summary a[href='#file']")).hasText("Choose a CSV or Excel (.xlsx) file");
		assertThat(page.locator(".govuk-error-summary a[href='#mappingId']")).hasText("Choose the mapping to use");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "2-refused");

		run(page, "true");
		assertThat(page.locator("h1")).hasText("Dry run report");
		assertThat(page.locator("#imported")).hasText("991");
		assertThat(page.locator("#failed")).hasText("8");
		assertThat(page.locator("#problems-summary")).containsText("8 rows could not be imported");
		assertThat(page.locator("#problems tbody tr").first()).containsText("42");
		assertThat(page.locator("#problems tbody tr").first()).containsText("Date Received");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "3-dry-run");

		Keyboard.press(page, page.locator("#back-to-imports"));
		run(page, "false");
		assertThat(page.locator("h1")).hasText("Import report");
		assertThat(page.locator("#status")).hasText("finished");
		assertThat(page.locator("#imported")).hasText("991");
		assertThat(page.locator("#skipped")).hasText("1");
		Accessibility.assertNoViolations(page);
		screenshots.save(page, "4-imported");

		OfficerSignIn.as(auditor, tenant.id, AdminTenant.AUDITOR);
		auditor.navigate("/t/" + tenant.id + "/admin/imports");
		assertThat(auditor.locator("#import-form")).hasCount(0);
		assertThat(auditor.locator("#runs tbody tr")).hasCount(2);
		auditor.locator("#mappings a").first().click();
		assertThat(auditor.locator("#units")).containsText("Resources Directorate");
		assertThat(auditor.locator("#states")).containsText("acknowledged");
		Accessibility.assertNoViolations(auditor);
		screenshots.save(auditor, "5-auditor-reads-the-mapping");
	}

	private static void run(Page page, String dryRun) {
		page.locator("#file").setInputFiles(SAMPLE);
		Keyboard.tabTo(page, page.locator("#mappingId"));
		page.locator("#mappingId").selectOption("legacy-complaints");
		Keyboard.tabToGroupOf(page, page.locator("input[name=dryRun]").first());
		page.keyboard().press("true".equals(dryRun) ? "Space" : "ArrowDown");
		assertThat(page.locator("input[name=dryRun][value='" + dryRun + "']")).isChecked();
		Keyboard.press(page, page.locator("#run"));
	}

}
