package org.candour.web;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.candour.attachments.Attachment;
import org.candour.attachments.CaseAttachments;
import org.candour.queues.CaseQueries;
import org.candour.cases.CaseReference;
import org.candour.cases.CaseResource;
import org.candour.packs.PackDeployment;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident gives documents with a complaint, as a browser without JavaScript does
 * (multipart posts with the CSRF token as a form field): files are checked by their
 * content, refused in plain words with nothing kept, listed with Remove buttons, shown on
 * check your answers, and linked to the case once it is logged.
 */
@CandourWebTest
class ResidentUploadsIntegrationTests {

	private static final String TENANT = "resident-county";

	private static final String COMPLAINT = "/t/" + TENANT + "/feedback/complaint-stage-1";

	private static final String DOCUMENTS = COMPLAINT + "/page/3";

	private static final Pattern REMOVE = Pattern.compile("name=\"remove\" value=\"([0-9a-f]{24})\"");

	@LocalServerPort
	int port;

	@Autowired
	PackDeployment deployment;

	@Autowired
	TenantManagement tenants;

	@Autowired
	CaseQueries queries;

	@Autowired
	CaseAttachments attachments;

	ResidentBrowser browser;

	@BeforeEach
	void deployCountyCouncil() {
		if (this.tenants.find(TENANT).isEmpty()) {
			this.deployment.deployShipped(TENANT, "county-council", true);
		}
		this.browser = new ResidentBrowser(this.port);
	}

	@Test
	void aResidentAddsDocumentsRemovesOneAndTheCaseKeepsTheOthers() {
		startAComplaint("Pothole with photos");
		ResidentBrowser.Page documents = this.browser.get(DOCUMENTS);
		assertThat(documents.html()).contains("enctype=\"multipart/form-data\"", "type=\"file\"", "name=\"documents\"",
				"accept=\"application/pdf,image/jpeg,image/png,.pdf,.jpg,.png\"", "multiple",
				"You can upload up to 3 files. Each must be a PDF, JPG or PNG and smaller than 5 MB.",
				"formaction=\"" + DOCUMENTS + "/upload\"");

		ResidentBrowser.Page photo = upload(ResidentBrowser.File.fixture("pothole.png"));
		assertThat(photo.path()).isEqualTo(DOCUMENTS);
		assertThat(photo.html()).contains("Files added", "pothole.png", "formaction=\"" + DOCUMENTS + "/remove\"")
			.doesNotContain("govuk-error-summary");
		ResidentBrowser.Page letter = this.browser.postFiles(DOCUMENTS, "documents",
				List.of(ResidentBrowser.File.fixture("pothole-photo-report.pdf")), "shown", "documents");
		assertThat(letter.path()).as("Continue keeps a chosen file too").isEqualTo(COMPLAINT + "/page/4");
		ResidentBrowser.Page both = this.browser.get(DOCUMENTS);
		assertThat(both.html()).contains("pothole.png", "pothole-photo-report.pdf");

		String photoId = ids(both).get(0);
		ResidentBrowser.Page removed = this.browser.postFiles(DOCUMENTS + "/remove", "documents", List.of(), "shown",
				"documents", "remove", photoId);
		assertThat(removed.path()).isEqualTo(DOCUMENTS);
		assertThat(removed.html()).contains("pothole-photo-report.pdf").doesNotContain("pothole.png");

		ResidentBrowser.Page check = this.browser.post(COMPLAINT + "/contact", "shown", "name", "name", "Sam Resident");
		assertThat(check.html()).contains("Documents or photos", "pothole-photo-report.pdf",
				"href=\"" + DOCUMENTS + "?change\"");
		String reference = this.browser.post(COMPLAINT + "/submit", "website", "").reference();
		ResidentBrowser.Page again = this.browser.post(COMPLAINT + "/submit", "website", "");
		assertThat(again.reference()).isEqualTo(reference);

		CaseResource logged = only(reference);
		JsonNode given = logged.data().path("documents");
		assertThat(given).hasSize(1);
		assertThat(given.get(0).path("name").asString()).isEqualTo("pothole-photo-report.pdf");
		assertThat(given.get(0).path("contentType").asString()).isEqualTo("application/pdf");
		List<Attachment> files = inTenant(() -> this.attachments.list(new CaseReference(reference)));
		assertThat(files).singleElement().satisfies(file -> {
			assertThat(file.id()).isEqualTo(given.get(0).path("id").asString());
			assertThat(file.caseReference()).isEqualTo(reference);
			assertThat(file.uploadedBy()).isEqualTo("resident");
			assertThat(file.field()).isEqualTo("documents");
		});
	}

	@Test
	void refusedFilesAreExplainedInPlainWordsAndNothingIsKept() {
		startAComplaint("Refused files");
		ResidentBrowser.Page program = upload(ResidentBrowser.File.fixture("renamed-program.pdf"));
		assertThat(program.path()).isEqualTo(DOCUMENTS);
		assertThat(program.html()).contains("<title>Error:", "govuk-form-group--error", "govuk-file-upload--error",
				"aria-describedby=\"documents-rules documents-hint documents-error\"");
		assertThat(program.errorSummary()).contains("The selected file must be a PDF, JPG or PNG",
				"href=\"#documents\"");
		assertThat(upload(ResidentBrowser.File.fixture("empty.pdf")).errorSummary())
			.contains("The selected file is empty");
		assertThat(this.browser.postFiles(DOCUMENTS + "/upload", "documents", List.of(), "shown", "documents")
			.errorSummary()).contains("Select a file to upload");
		byte[] large = new byte[5 * 1024 * 1024 + 1];
		Arrays.fill(large, (byte) ' ');
		System.arraycopy("%PDF-1.4\n".getBytes(), 0, large, 0, 9);
		assertThat(upload(new ResidentBrowser.File("scan.pdf", large)).errorSummary())
			.contains("The selected file must be smaller than 5 MB");
		assertThat(this.browser.get(DOCUMENTS).html()).doesNotContain("Files added", "govuk-error-summary");

		for (int i = 1; i <= 3; i++) {
			upload(new ResidentBrowser.File("photo-" + i + ".png",
					ResidentBrowser.File.fixture("pothole.png").content()));
		}
		ResidentBrowser.Page fourth = upload(ResidentBrowser.File.fixture("pothole.png"));
		assertThat(fourth.errorSummary()).contains("You can upload up to 3 files");
		assertThat(ids(fourth)).hasSize(3);
	}

	@Test
	void aFileLargerThanTheServerTakesIsRefusedInPlainWordsToo() {
		startAComplaint("A very large file");
		byte[] huge = new byte[11 * 1024 * 1024];
		System.arraycopy("%PDF-1.4\n".getBytes(), 0, huge, 0, 9);
		ResidentBrowser.Page refused = upload(new ResidentBrowser.File("huge.pdf", huge));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.path()).isEqualTo(DOCUMENTS);
		assertThat(refused.errorSummary()).contains("The selected file must be smaller than 5 MB");
	}

	@Test
	void aFilePostWithoutTheCsrfTokenIsRefusedAndKeepsNothing() {
		startAComplaint("Forged upload");
		this.browser.forgetCsrfToken();
		ResidentBrowser.Page forged = upload(ResidentBrowser.File.fixture("pothole.png"));
		assertThat(forged.status()).isEqualTo(403);
		assertThat(this.browser.get(DOCUMENTS).html()).doesNotContain("pothole.png");
	}

	private ResidentBrowser.Page upload(ResidentBrowser.File file) {
		return this.browser.postFiles(DOCUMENTS + "/upload", "documents", List.of(file), "shown", "documents");
	}

	private void startAComplaint(String summary) {
		this.browser.get(COMPLAINT);
		this.browser.post(COMPLAINT + "/page/1", "shown", "preferredContact");
		this.browser.post(COMPLAINT + "/page/2", "shown", "service", "shown", "summary", "shown", "details", "service",
				"highways", "summary", summary, "details", "Details of " + summary);
	}

	private static List<String> ids(ResidentBrowser.Page page) {
		Matcher remove = REMOVE.matcher(page.html());
		List<String> ids = new java.util.ArrayList<>();
		while (remove.find()) {
			ids.add(remove.group(1));
		}
		return ids;
	}

	private CaseResource only(String reference) {
		LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("q", reference);
		List<CaseResource> found = inTenant(() -> this.queries.search(params).content());
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private <T> T inTenant(java.util.function.Supplier<T> work) {
		return TenantContext.callAs(this.tenants.get(TENANT).asCurrent(), work);
	}

}
