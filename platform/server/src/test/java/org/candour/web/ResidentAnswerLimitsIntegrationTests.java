package org.candour.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.candour.definition.pack.PackRepository;
import org.candour.definition.pack.PackSource;
import org.candour.packs.PackDeployment;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a resident's session may hold: an answer longer than its question allows, or than
 * the platform takes, is refused in plain words with nothing of the page kept; so is a
 * journey whose answers would go over {@code candour.resident.max-answers-size} (128 KB),
 * and a file that would take the journey's waiting files over
 * {@code candour.attachments.max-pending-per-journey} (25 MB).
 */
@CandourWebTest
class ResidentAnswerLimitsIntegrationTests {

	private static final String TENANT = "resident-county";

	private static final String COMPLAINT = "/t/" + TENANT + "/feedback/complaint-stage-1";

	/** The county's complaint form with far longer answers and larger files allowed. */
	private static final String ROOMY = "resident-roomy-county";

	private static final String ROOMY_COMPLAINT = "/t/" + ROOMY + "/feedback/complaint-stage-1";

	private static final Pattern REMOVE = Pattern.compile("name=\"remove\" value=\"([0-9a-f]{24})\"");

	@LocalServerPort
	int port;

	@Autowired
	PackDeployment deployment;

	@Autowired
	TenantManagement tenants;

	ResidentBrowser browser;

	@BeforeEach
	void deployCountyCouncils(@TempDir Path pack) throws IOException {
		if (this.tenants.find(TENANT).isEmpty()) {
			this.deployment.deployShipped(TENANT, "county-council", true);
		}
		if (this.tenants.find(ROOMY).isEmpty()) {
			try (Stream<Path> files = Files.list(Path.of("../../tenant-configs/county-council"))) {
				for (Path file : files.toList()) {
					Files.copy(file, pack.resolve(file.getFileName()));
				}
			}
			Path form = pack.resolve("form.complaint-form.json");
			Files.writeString(form,
					Files.readString(form)
						.replace("\"maxLength\": 5000", "\"maxLength\": 200000")
						.replace("\"maxFiles\": 3", "\"maxFiles\": 5")
						.replace("\"maxFileSizeKb\": 5120", "\"maxFileSizeKb\": 10240"));
			this.deployment.deploy(ROOMY, PackSource.fromDirectory(pack),
					PackRepository.directory(Path.of("../../tenant-configs")), false, true);
		}
		this.browser = new ResidentBrowser(this.port);
	}

	@Test
	void aTwoMegabyteAnswerIsRefusedInPlainWordsAndTheSessionKeepsNothingOfThePage() {
		startAComplaint(COMPLAINT);
		ResidentBrowser.Page refused = postYourComplaint(COMPLAINT, "Blocked drain", "x".repeat(2_000_000));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.path()).isEqualTo(COMPLAINT + "/page/2");
		assertThat(refused.html()).contains("<title>Error:");
		assertThat(refused.errorSummary()).contains("Your answer must be 5,000 characters or fewer",
				"href=\"#details\"");
		assertThat(refused.html()).as("too long to show back").doesNotContain("xxxxxxxxxx");

		assertThat(this.browser.get(COMPLAINT + "/page/2").html()).doesNotContain("xxxxxxxxxx", "Blocked drain");
		assertThat(this.browser.get(COMPLAINT + "/check").html()).doesNotContain("xxxxxxxxxx", "Blocked drain");
	}

	@Test
	void anAnswerLongerThanItsQuestionAllowsIsShownBackToShortenButNotKept() {
		startAComplaint(COMPLAINT);
		String summary = "Potholes on Mill Lane ".repeat(7);
		ResidentBrowser.Page refused = postYourComplaint(COMPLAINT, summary, "They have been there for months");
		assertThat(refused.errorSummary()).contains("Summary must be 150 characters or fewer", "href=\"#summary\"");
		assertThat(refused.html()).contains(summary.trim(), "They have been there for months");

		assertThat(this.browser.get(COMPLAINT + "/page/2").html()).doesNotContain("Potholes on Mill Lane",
				"They have been there for months");
		ResidentBrowser.Page shortened = postYourComplaint(COMPLAINT, "Potholes on Mill Lane",
				"They have been there for months");
		assertThat(shortened.path()).isEqualTo(COMPLAINT + "/page/3");
	}

	@Test
	void answersThatWouldTakeTheJourneyOverItsCapAreRefusedAndTheEarlierOnesKept() {
		startAComplaint(ROOMY_COMPLAINT);
		String kept = "a".repeat(100_000);
		assertThat(postYourComplaint(ROOMY_COMPLAINT, "Long story", kept).path())
			.isEqualTo(ROOMY_COMPLAINT + "/page/3");

		ResidentBrowser.Page refused = postYourComplaint(ROOMY_COMPLAINT, "Longer story", "b".repeat(140_000));
		assertThat(refused.path()).isEqualTo(ROOMY_COMPLAINT + "/page/2");
		assertThat(refused.errorSummary()).contains(
				"Your answers are longer than we can accept. Shorten this answer or one you gave earlier",
				"href=\"#details\"");

		ResidentBrowser.Page page = this.browser.get(ROOMY_COMPLAINT + "/page/2");
		assertThat(page.html()).contains(kept, "Long story").doesNotContain("bbbbbbbbbb", "Longer story");
	}

	@Test
	void aFileThatWouldTakeTheJourneysWaitingFilesOver25MegabytesIsRefusedInPlainWords() {
		startAComplaint(ROOMY_COMPLAINT);
		postYourComplaint(ROOMY_COMPLAINT, "Flooded road", "Photos attached");
		String documents = ROOMY_COMPLAINT + "/page/3";
		byte[] scan = new byte[9 * 1024 * 1024];
		System.arraycopy("%PDF-1.4\n".getBytes(), 0, scan, 0, 9);
		for (int i = 1; i <= 2; i++) {
			assertThat(upload(documents, "scan-" + i + ".pdf", scan).errorSummary()).isEmpty();
		}
		ResidentBrowser.Page refused = upload(documents, "scan-3.pdf", scan);
		assertThat(refused.path()).isEqualTo(documents);
		assertThat(refused.errorSummary()).contains("The selected files must be smaller than 25 MB in total",
				"href=\"#documents\"");
		assertThat(ids(this.browser.get(documents))).hasSize(2);
		assertThat(this.browser.get(documents).html()).doesNotContain("scan-3.pdf");
	}

	private void startAComplaint(String complaint) {
		this.browser.get(complaint);
		this.browser.post(complaint + "/page/1", "shown", "preferredContact");
	}

	private ResidentBrowser.Page postYourComplaint(String complaint, String summary, String details) {
		return this.browser.post(complaint + "/page/2", "shown", "service", "shown", "summary", "shown", "details",
				"service", "highways", "summary", summary, "details", details);
	}

	private ResidentBrowser.Page upload(String page, String name, byte[] content) {
		return this.browser.postFiles(page + "/upload", "documents", List.of(new ResidentBrowser.File(name, content)),
				"shown", "documents");
	}

	private static List<String> ids(ResidentBrowser.Page page) {
		Matcher remove = REMOVE.matcher(page.html());
		List<String> ids = new java.util.ArrayList<>();
		while (remove.find()) {
			ids.add(remove.group(1));
		}
		return ids;
	}

}
