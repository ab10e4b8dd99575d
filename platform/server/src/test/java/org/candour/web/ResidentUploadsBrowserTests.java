package org.candour.web;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.candour.attachments.Attachment;
import org.candour.attachments.CaseAttachments;
import org.candour.cases.CaseReference;
import org.candour.packs.PackDeployment;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident gives a document with a complaint in a real browser: a program renamed
 * {@code .pdf} is refused in an accessible error state, a real PDF is kept, and the case
 * is logged with it; the same without JavaScript.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class ResidentUploadsBrowserTests {

	private static final String TENANT = "resident-county";

	private static final String COMPLAINT = "/t/" + TENANT + "/feedback/complaint-stage-1";

	@Autowired
	PackDeployment deployment;

	@Autowired
	TenantManagement tenants;

	@Autowired
	CaseAttachments attachments;

	@BeforeEach
	void deployCountyCouncil() {
		if (this.tenants.find(TENANT).isEmpty()) {
			this.deployment.deployShipped(TENANT, "county-council", true);
		}
	}

	@Test
	void refusesARenamedProgramAccessiblyThenSendsTheComplaintWithARealPdf(Page page,
			Browsers.Screenshots screenshots) {
		fillInTheComplaint(page, "Pothole, report attached");
		assertThat(page.locator("h1")).hasText("Supporting documents");
		Accessibility.assertNoViolations(page);

		page.getByLabel("Documents or photos").setInputFiles(fixture("renamed-program.pdf"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload file")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("The selected file must be a PDF, JPG or PNG");
		assertThat(page.locator("#documents-error")).containsText("The selected file must be a PDF, JPG or PNG");
		assertThat(page).hasTitle(Pattern.compile("^Error:"));
		screenshots.save(page, "wrong-type");
		Accessibility.assertNoViolations(page);

		page.getByLabel("Documents or photos").setInputFiles(fixture("pothole-photo-report.pdf"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload file")).click();
		assertThat(page.locator(".govuk-error-summary")).hasCount(0);
		assertThat(page.locator(".govuk-summary-list")).containsText("pothole-photo-report.pdf");
		screenshots.save(page, "uploaded");
		Accessibility.assertNoViolations(page);

		String reference = finish(page, screenshots);
		List<Attachment> files = filesOf(reference);
		assertThat(files).extracting(Attachment::fileName).containsExactly("pothole-photo-report.pdf");
		assertThat(files).extracting(Attachment::contentType).containsExactly("application/pdf");
	}

	@Test
	void worksWithoutJavaScript(@WithoutJavaScript Page page, Browsers.Screenshots screenshots) {
		fillInTheComplaint(page, "Pothole, photo attached");
		page.getByLabel("Documents or photos").setInputFiles(fixture("letter.txt"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload file")).click();
		assertThat(page.locator(".govuk-error-summary")).containsText("The selected file must be a PDF, JPG or PNG");
		page.getByLabel("Documents or photos").setInputFiles(fixture("pothole.png"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload file")).click();
		page.getByLabel("Documents or photos").setInputFiles(fixture("pothole-photo-report.pdf"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload file")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove pothole.png")).click();
		assertThat(page.locator(".govuk-summary-list")).containsText("pothole-photo-report.pdf");
		assertThat(page.locator(".govuk-summary-list")).not().containsText("pothole.png");
		screenshots.save(page, "uploaded-without-javascript");

		String reference = finish(page, screenshots);
		assertThat(filesOf(reference)).extracting(Attachment::fileName).containsExactly("pothole-photo-report.pdf");
	}

	private static void fillInTheComplaint(Page page, String summary) {
		page.navigate(COMPLAINT);
		continueOn(page);
		page.getByLabel("Which service is your complaint about?").selectOption("highways");
		page.getByLabel("Summary of your complaint").fill(summary);
		page.getByLabel("What happened?").fill("The pothole outside number 4 has been reported three times.");
		continueOn(page);
	}

	private static String finish(Page page, Browsers.Screenshots screenshots) {
		continueOn(page);
		continueOn(page);
		page.getByLabel("Full name").fill("Sam Resident");
		continueOn(page);
		assertThat(page.locator("h1")).containsText("Check your answers");
		assertThat(page.locator(".govuk-summary-list").first()).isVisible();
		assertThat(page.getByText("pothole-photo-report.pdf")).isVisible();
		screenshots.save(page, "check-your-answers");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept and send")).click();
		return page.locator("#reference").innerText().trim();
	}

	private static void continueOn(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
	}

	private List<Attachment> filesOf(String reference) {
		return TenantContext.callAs(this.tenants.get(TENANT).asCurrent(),
				() -> this.attachments.list(new CaseReference(reference)));
	}

	private static Path fixture(String name) {
		try {
			return Paths.get(ResidentUploadsBrowserTests.class.getResource("/attachments/" + name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
