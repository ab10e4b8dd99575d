package org.candour.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.candour.config.DraftManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON view of the draft's documents, for power users, and the draft downloaded as a
 * configuration pack.
 */
@CandourWebTest
class AdminDocumentsPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AdminTenants adminTenants;

	@Autowired
	DraftManagement drafts;

	AdminTenant tenant;

	String documents;

	@BeforeEach
	void countyTenant() {
		this.tenant = this.adminTenants.county();
		this.documents = this.tenant.admin() + "/documents";
	}

	@Test
	void aDocumentIsEditedAsJsonAndSavedInTheDraft() {
		ResidentBrowser browser = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		assertThat(browser.get(this.documents).html()).contains("Pay us a compliment",
				"href=\"" + this.documents + "/form/compliment-form\"");
		ResidentBrowser.Page page = browser.get(this.documents + "/feedback-type/compliment");
		assertThat(page.html()).contains("&quot;kind&quot; : &quot;feedback-type&quot;");
		String json = this.tenant.inTenant(() -> this.drafts.get("feedback-type", "compliment"))
			.content()
			.toPrettyString()
			.replace("\"Compliment\"", "\"Say thank you\"");
		ResidentBrowser.Page saved = browser.post(this.documents + "/feedback-type/compliment", "json", json, "hash",
				hash(page.html()));
		assertThat(saved.html()).contains("Saved in the draft");
		assertThat(this.tenant.inTenant(() -> this.drafts.get("feedback-type", "compliment"))
			.content()
			.path("title")
			.asString()).isEqualTo("Say thank you");
	}

	@Test
	void jsonThatIsNotJsonOrBreaksTheMetaSchemaIsRefusedOnTheFieldAndNothingChanges() {
		ResidentBrowser browser = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		ResidentBrowser.Page page = browser.get(this.documents + "/feedback-type/compliment");
		String before = this.tenant.inTenant(() -> this.drafts.get("feedback-type", "compliment")).content().toString();

		ResidentBrowser.Page broken = browser.post(this.documents + "/feedback-type/compliment", "json", "{ \"kind\": ",
				"hash", hash(page.html()));
		assertThat(broken.status()).isEqualTo(422);
		assertThat(broken.html()).contains("<title>Error: ", "govuk-error-summary", "This is not JSON",
				"href=\"#json\"");

		String invalid = before.replace("\"category\":\"compliment\"", "\"category\":\"praise\"");
		ResidentBrowser.Page refused = browser.post(this.documents + "/feedback-type/compliment", "json", invalid,
				"hash", hash(page.html()));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html()).contains("/spec/category");
		assertThat(this.tenant.inTenant(() -> this.drafts.get("feedback-type", "compliment")).content().toString())
			.isEqualTo(before);
	}

	@Test
	void anAuditorReadsTheJsonButCannotSaveIt() {
		ResidentBrowser auditor = this.tenant.signedIn(this.port, AdminTenant.AUDITOR);
		ResidentBrowser.Page page = auditor.get(this.documents + "/feedback-type/compliment");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("readonly").doesNotContain("id=\"save\"");
		assertThat(auditor.post(this.documents + "/feedback-type/compliment", "json", "{}", "hash", "").status())
			.isEqualTo(403);
	}

	@Test
	void theDraftDownloadsAsAPack() throws IOException {
		ResidentBrowser browser = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		byte[] zip = browser.bytes(this.documents + "/export");
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		assertThat(names).contains("manifest.json", "feedback-type.compliment.json", "form.compliment-form.json");
	}

	private static String hash(String html) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("name=\"hash\" value=\"([^\"]*)\"")
			.matcher(html);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

}
