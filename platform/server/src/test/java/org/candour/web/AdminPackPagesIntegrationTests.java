package org.candour.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.candour.config.DraftDocument;
import org.candour.config.DraftManagement;
import org.candour.config.VersionHistory;
import org.candour.definition.ConfigDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant's configuration as packs in the administration pages: a pack uploaded, its dry
 * run read in words and only then imported into the draft (never over someone else's
 * change, never when the pack is broken), and a published version downloaded as a pack.
 */
@CandourWebTest
class AdminPackPagesIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern KEPT_UPLOAD = Pattern.compile("/documents/import/([0-9a-f-]+)");

	private static final Pattern REVISION = Pattern.compile("name=\"revision\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AdminTenants adminTenants;

	@Autowired
	DraftManagement drafts;

	@Autowired
	VersionHistory versions;

	AdminTenant tenant;

	String documents;

	@BeforeEach
	void countyTenant() {
		this.tenant = this.adminTenants.county();
		this.documents = this.tenant.admin() + "/documents";
	}

	@Test
	void theDraftExportedThenChangedIsRestoredByImportingItAfterADryRunInWords() {
		ResidentBrowser browser = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		assertThat(browser.get(this.documents).html()).contains("href=\"" + this.documents + "/import\"",
				"href=\"" + this.documents + "/export\"");
		byte[] exported = browser.bytes(this.documents + "/export");
		retitleCompliment("Say thank you");

		browser.get(this.documents + "/import");
		ResidentBrowser.Page dryRun = upload(browser, exported);
		assertThat(dryRun.status()).isEqualTo(200);
		assertThat(dryRun.html()).contains("Dry run – nothing has been imported yet", "Documents: 1 changed",
				"<td class=\"govuk-table__cell\">Changed</td>", "<td class=\"govuk-table__cell\">Feedback type</td>",
				"<td class=\"govuk-table__cell\">Compliment</td>", "Import into the draft");
		assertThat(dryRun.html()).doesNotContain("{\"");
		assertThat(complimentTitle()).isEqualTo("Say thank you");

		ResidentBrowser.Page imported = browser.post(dryRun.path(), "revision", revision(dryRun));
		assertThat(imported.path()).isEqualTo(this.tenant.admin() + "/check");
		assertThat(imported.html()).contains("govuk-notification-banner--success",
				"is now the draft (documents: 1 changed)");
		assertThat(complimentTitle()).isEqualTo("Compliment");
	}

	@Test
	void aDraftChangedAfterTheDryRunIsNotOverwrittenButShownAsAConflict() {
		ResidentBrowser browser = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		byte[] exported = browser.bytes(this.documents + "/export");
		retitleCompliment("Say thank you");
		browser.get(this.documents + "/import");
		ResidentBrowser.Page dryRun = upload(browser, exported);

		retitleCompliment("Thanks");
		ResidentBrowser.Page conflict = browser.post(dryRun.path(), "revision", revision(dryRun));
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.html()).contains("Someone else changed this draft while you were editing it",
				"href=\"" + dryRun.path() + "\"");
		assertThat(complimentTitle()).isEqualTo("Thanks");

		ResidentBrowser.Page again = browser.get(dryRun.path());
		ResidentBrowser.Page imported = browser.post(again.path(), "revision", revision(again));
		assertThat(imported.path()).isEqualTo(this.tenant.admin() + "/check");
		assertThat(complimentTitle()).isEqualTo("Compliment");
	}

	@Test
	void noFileAFileThatIsNotAPackAndABrokenPackAreRefusedInWordsAndChangeNothing() {
		ResidentBrowser browser = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		Map<String, byte[]> files = unzip(browser.bytes(this.documents + "/export"));
		List<ConfigDocument> before = this.tenant.inTenant(() -> this.drafts.draft().documents());
		browser.get(this.documents + "/import");

		ResidentBrowser.Page empty = upload(browser, new byte[0]);
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.html()).contains("<title>Error: Import a configuration pack", "href=\"#zip\"",
				"Select a pack zip file", "id=\"zip-error\"");

		ResidentBrowser.Page notAPack = upload(browser, "not a zip".getBytes(StandardCharsets.UTF_8));
		assertThat(notAPack.status()).isEqualTo(422);
		assertThat(notAPack.errorSummary()).contains("The file is not a configuration pack");

		ObjectNode type = (ObjectNode) JSON.readTree(files.get("feedback-type.complaint-stage-1.json"));
		((ObjectNode) type.path("spec")).put("referencePrefix", "not a prefix");
		files.put("feedback-type.complaint-stage-1.json", JSON.writeValueAsBytes(type));
		ResidentBrowser.Page broken = upload(browser, PlatformPagesIntegrationTests.zip(files));
		assertThat(broken.status()).isEqualTo(422);
		assertThat(broken.errorSummary()).contains("The pack has 1 error, so nothing was imported",
				"feedback-type.complaint-stage-1.json, at spec › referencePrefix:");
		assertThat(broken.html()).doesNotContain("{\"").doesNotContain("Import into the draft");

		assertThat(this.tenant.inTenant(() -> this.drafts.draft().documents())).isEqualTo(before);
	}

	@Test
	void aPackLargerThanTheServerTakesComesBackToTheFileFieldAndChangesNothing() {
		ResidentBrowser browser = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		List<ConfigDocument> before = this.tenant.inTenant(() -> this.drafts.draft().documents());
		browser.get(this.documents + "/import");

		ResidentBrowser.Page refused = upload(browser, new byte[11 * 1024 * 1024]);
		assertThat(refused.path()).isEqualTo(this.documents + "/import");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html()).contains("<title>Error: Import a configuration pack", "href=\"#zip\"",
				"id=\"zip-error\"", "govuk-file-upload--error");
		assertThat(refused.errorSummary()).contains("The file must be smaller than 10 MB");
		assertThat(this.tenant.inTenant(() -> this.drafts.draft().documents())).isEqualTo(before);

		ResidentBrowser.Page again = browser.get(this.documents + "/import");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.html()).doesNotContain("govuk-error-summary");
	}

	@Test
	void aPublishedVersionDownloadsAsAPackOfItsDocuments() {
		ResidentBrowser browser = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		assertThat(browser.get(this.tenant.admin() + "/versions").html())
			.contains("href=\"" + this.tenant.admin() + "/versions/1/export\"", "Download as a pack");
		retitleCompliment("Say thank you");

		ResidentBrowser.Download download = browser.download(this.tenant.admin() + "/versions/1/export");
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.disposition()).isEqualTo("attachment; filename=\"" + this.tenant.id + "-version-1.zip\"");
		Map<String, byte[]> files = unzip(download.body());
		assertThat(files).containsKey("manifest.json");
		files.remove("manifest.json");
		Map<String, JsonNode> published = this.tenant.inTenant(() -> this.versions.get(1).documents())
			.stream()
			.collect(Collectors.toMap(document -> document.kind() + "." + document.id() + ".json",
					document -> JSON.readTree(JSON.writeValueAsBytes(document.content()))));
		Map<String, JsonNode> downloaded = files.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, file -> JSON.readTree(file.getValue())));
		assertThat(downloaded).isEqualTo(published);
		assertThat(downloaded.get("feedback-type.compliment.json").path("title").toString()).contains("Compliment");

		ResidentBrowser.Page unknown = browser.get(this.tenant.admin() + "/versions/99/export");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.html()).contains("Page not found");
	}

	@Test
	void anAuditorDownloadsPacksButCannotImportOne() {
		ResidentBrowser auditor = this.tenant.signedIn(this.port, AdminTenant.AUDITOR);
		assertThat(auditor.get(this.documents).html()).contains("href=\"" + this.documents + "/export\"")
			.doesNotContain("href=\"" + this.documents + "/import\"");
		byte[] exported = auditor.bytes(this.documents + "/export");
		assertThat(auditor.download(this.tenant.admin() + "/versions/1/export").status()).isEqualTo(200);

		assertThat(auditor.get(this.documents + "/import").status()).isEqualTo(403);
		retitleCompliment("Say thank you");
		auditor.get(this.documents);
		assertThat(upload(auditor, exported).status()).isEqualTo(403);
		assertThat(complimentTitle()).isEqualTo("Say thank you");
	}

	private ResidentBrowser.Page upload(ResidentBrowser browser, byte[] zip) {
		return browser.postFiles(this.documents + "/import", "zip", List.of(new ResidentBrowser.File("pack.zip", zip)));
	}

	private static String revision(ResidentBrowser.Page dryRun) {
		assertThat(KEPT_UPLOAD.matcher(dryRun.path()).find()).isTrue();
		Matcher revision = REVISION.matcher(dryRun.html());
		assertThat(revision.find()).isTrue();
		return revision.group(1);
	}

	private void retitleCompliment(String title) {
		this.tenant.inTenant(() -> {
			ObjectNode type = (ObjectNode) this.drafts.get("feedback-type", "compliment").content().deepCopy();
			type.put("title", title);
			return this.drafts.put(new DraftDocument("feedback-type", "compliment", type));
		});
	}

	private String complimentTitle() {
		return this.tenant.inTenant(() -> this.drafts.get("feedback-type", "compliment"))
			.content()
			.path("title")
			.asString();
	}

	private static Map<String, byte[]> unzip(byte[] zip) {
		Map<String, byte[]> files = new TreeMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

}
