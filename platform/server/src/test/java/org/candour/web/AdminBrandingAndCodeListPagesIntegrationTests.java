package org.candour.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.candour.config.DraftManagement;
import org.candour.definition.ConfigDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The branding and code list pages on a tenant of the county council pack: branding saved
 * as a draft edit and seen by residents once published (the start page's introduction
 * included), the brand colour's contrast, problems on the fields; code lists with what
 * uses them, values added, changed, retired and deleted, deletion refused while the
 * configuration uses a value; conflicts and auditors.
 */
@CandourWebTest
class AdminBrandingAndCodeListPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DraftManagement drafts;

	@Autowired
	AdminTenants adminTenants;

	AdminTenant tenant;

	String admin;

	@BeforeEach
	void countyTenant() {
		this.tenant = this.adminTenants.county();
		this.admin = this.tenant.admin();
	}

	@Test
	void savesTheBrandingAsADraftEditThatResidentsSeeOncePublished() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page page = browser.get(this.admin + "/branding");
		assertThat(page.html()).contains("value=\"North Shire County Council\"", "value=\"#1d70b8\"",
				"has a contrast ratio of <strong>5.1:1</strong>", "the header of the public pages is filled");
		ResidentBrowser.Page saved = browser.post(this.admin + "/branding", "hash", hash(page.html()),
				"organisationName", "North Shire Council", "colour", "#4C2C92", "logoUrl", "", "logoAlt", "", "welsh",
				"no", "privacyNoticeUrl", "https://www.north-shire.example/privacy", "accessibilityStatementUrl",
				"https://www.north-shire.example/accessibility", "contactUrl", "", "startPageIntro",
				"Tell North Shire how we did.");
		assertThat(saved.path()).isEqualTo(this.admin + "/branding");
		assertThat(saved.html()).contains("Branding saved in the draft", "value=\"#4c2c92\"");

		ConfigDocument branding = this.tenant.inTenant(() -> this.drafts.get("branding", "public-pages"));
		assertThat(branding.content().at("/spec/colour").asString()).isEqualTo("#4c2c92");
		assertThat(branding.content().at("/spec/contactUrl").isMissingNode()).as("an emptied link is left out")
			.isTrue();

		String start = "/t/" + this.tenant.id + "/feedback";
		ResidentBrowser resident = new ResidentBrowser(this.port);
		assertThat(resident.get(start).html()).as("not live until published")
			.contains("Tell us what you think about our services")
			.doesNotContain("Tell North Shire how we did.");
		this.tenant.publish("New branding");
		assertThat(resident.get(start).html()).contains("Tell North Shire how we did.", "North Shire Council")
			.doesNotContain("Tell us what you think about our services", "contact-us");
		assertThat(resident.get("/t/" + this.tenant.id + "/brand.css").html()).contains("background-color: #4c2c92");
	}

	@Test
	void saysWhenWhiteTextOnTheColourIsHardToReadAndPutsProblemsOnTheFields() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		String hash = hash(browser.get(this.admin + "/branding").html());
		ResidentBrowser.Page refused = browser.post(this.admin + "/branding", "hash", hash, "organisationName", "",
				"colour", "#ffdd00", "logoUrl", "http://insecure.example/logo.png", "welsh", "no", "privacyNoticeUrl",
				"not a link");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html()).contains("<title>Error: Branding", "href=\"#organisationName\"",
				"Enter your organisation’s name", "href=\"#logoUrl\"", "starting https://",
				"href=\"#privacyNoticeUrl\"", "has a contrast ratio of only <strong>1.3:1</strong>",
				"used only for the line under it");
		assertThat(this.tenant.inTenant(() -> this.drafts.get("branding", "public-pages"))
			.content()
			.at("/spec/colour")
			.asString()).isEqualTo("#1d70b8");
	}

	@Test
	void offersWelshFieldsOnceWelshIsSwitchedOn() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page page = browser.get(this.admin + "/branding");
		assertThat(page.html()).doesNotContain("id=\"startPageIntroCy\"");
		browser.post(this.admin + "/branding", "hash", hash(page.html()), "organisationName",
				"North Shire County Council", "colour", "#1d70b8", "welsh", "yes", "privacyNoticeUrl",
				"https://www.north-shire.example/privacy/feedback");
		ResidentBrowser.Page welsh = browser.get(this.admin + "/branding");
		assertThat(welsh.html()).contains("id=\"organisationNameCy\"", "id=\"startPageIntroCy\"");
		browser.post(this.admin + "/branding", "hash", hash(welsh.html()), "organisationName",
				"North Shire County Council", "organisationNameCy", "Cyngor Sir Gogledd Swydd", "colour", "#1d70b8",
				"welsh", "yes", "privacyNoticeUrl", "https://www.north-shire.example/privacy/feedback",
				"startPageIntro", "Tell us.", "startPageIntroCy", "Dywedwch wrthym.");
		ConfigDocument branding = this.tenant.inTenant(() -> this.drafts.get("branding", "public-pages"));
		assertThat(branding.content().at("/spec/welsh").asBoolean()).isTrue();
		assertThat(branding.content().at("/spec/organisationName/cy").asString()).isEqualTo("Cyngor Sir Gogledd Swydd");
		assertThat(branding.content().at("/spec/startPageIntro/cy").asString()).isEqualTo("Dywedwch wrthym.");

		this.tenant.publish("Welsh");
		assertThat(new ResidentBrowser(this.port).get("/t/" + this.tenant.id + "/feedback?lang=cy").html())
			.contains("Dywedwch wrthym.");
	}

	@Test
	void listsTheCodeListsWithWhatUsesEach() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		ResidentBrowser.Page lists = browser.get(this.admin + "/code-lists");
		assertThat(lists.status()).isEqualTo(200);
		assertThat(lists.html()).contains("Compliment and comment themes", "Workflow ‘", "offers its codes");
		ResidentBrowser.Page outcomes = browser.get(this.admin + "/code-lists/outcomes");
		assertThat(outcomes.html()).contains("Upheld", "<code>upheld</code>", "Action template ‘",
				"reports by its codes", "href=\"" + this.admin + "/code-lists/outcomes/values/upheld\"");
	}

	@Test
	void addsChangesRetiresAndDeletesAValue() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		String list = this.admin + "/code-lists/feedback-themes";
		ResidentBrowser.Page form = browser.get(list + "/new-value");
		ResidentBrowser.Page added = browser.post(list + "/new-value", "hash", hash(form.html()), "code", "cleanliness",
				"labelEn", "Cleanliness");
		assertThat(added.path()).isEqualTo(list);
		assertThat(added.html()).contains("Value added in the draft", "<code>cleanliness</code>");

		ResidentBrowser.Page duplicate = browser.post(list + "/new-value", "hash", hash(form.html()), "code",
				"cleanliness", "labelEn", "Again");
		assertThat(duplicate.status()).isEqualTo(422);
		assertThat(duplicate.html()).contains("href=\"#code\"", "already has the code cleanliness");

		ResidentBrowser.Page value = browser.get(list + "/values/cleanliness");
		assertThat(value.html()).contains("value=\"Cleanliness\"", "cannot be changed",
				"<span class=\"govuk-caption-l\">Compliment and comment themes</span>");
		browser.post(list + "/values/cleanliness", "hash", hash(value.html()), "labelEn", "Clean and tidy places",
				"retired", "yes");
		ConfigDocument themes = this.tenant.inTenant(() -> this.drafts.get("code-list", "feedback-themes"));
		assertThat(themes.content().at("/spec/values/8/label").asString()).isEqualTo("Clean and tidy places");
		assertThat(themes.content().at("/spec/values/8/retired").asBoolean()).isTrue();

		ResidentBrowser.Page confirm = browser.get(list + "/values/cleanliness/delete");
		assertThat(confirm.html()).contains("Nothing in the configuration uses it", "Delete value</button>");
		ResidentBrowser.Page deleted = browser.post(list + "/values/cleanliness/delete", "hash", hash(confirm.html()));
		assertThat(deleted.html()).contains("Value deleted in the draft").doesNotContain("<code>cleanliness</code>");
		assertThat(this.tenant.inTenant(() -> this.drafts.validate()).valid()).isTrue();
	}

	@Test
	void refusesToDeleteAValueTheConfigurationUsesSayingWhere() {
		ResidentBrowser browser = signedIn(AdminTenant.ADMIN);
		String upheld = this.admin + "/code-lists/outcomes/values/upheld";
		ResidentBrowser.Page confirm = browser.get(upheld + "/delete");
		assertThat(confirm.html())
			.contains("You cannot delete it", "Rule ‘Learning is recorded when a complaint is upheld’",
					"shows or hides a question by it", "retire the value")
			.doesNotContain("Delete value</button>");
		ResidentBrowser.Page refused = browser.post(upheld + "/delete", "hash", "");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html()).contains("govuk-error-summary", "href=\"#uses\"",
				"You cannot delete ‘Upheld’ while the configuration uses it");
		assertThat(this.tenant.inTenant(() -> this.drafts.get("code-list", "outcomes")).content().toString())
			.contains("\"upheld\"");
	}

	@Test
	void aSaveOverAnotherAdministratorsChangeShowsTheConflictPage() {
		ResidentBrowser first = signedIn(AdminTenant.ADMIN);
		ResidentBrowser second = signedIn(AdminTenant.ADMIN);
		String list = this.admin + "/code-lists/feedback-themes";
		String firstHash = hash(first.get(list + "/values/other").html());
		String secondHash = hash(second.get(list + "/values/other").html());
		first.post(list + "/values/other", "hash", firstHash, "labelEn", "Something else");
		ResidentBrowser.Page conflict = second.post(list + "/values/other", "hash", secondHash, "labelEn",
				"Other things");
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.html()).contains("Someone else changed this code list while you were editing it");

		String brandingHash = hash(first.get(this.admin + "/branding").html());
		first.post(this.admin + "/branding", "hash", brandingHash, "organisationName", "First", "colour", "#1d70b8",
				"welsh", "no", "privacyNoticeUrl", "https://www.north-shire.example/privacy");
		ResidentBrowser.Page brandingConflict = second.post(this.admin + "/branding", "hash", brandingHash,
				"organisationName", "Second", "colour", "#1d70b8", "welsh", "no", "privacyNoticeUrl",
				"https://www.north-shire.example/privacy");
		assertThat(brandingConflict.status()).isEqualTo(409);
		assertThat(brandingConflict.html()).contains("Someone else changed this branding");
	}

	@Test
	void anAuditorReadsTheBrandingAndCodeListPagesWithoutButtonsAndIsRefusedAChange() {
		ResidentBrowser auditor = signedIn(AdminTenant.AUDITOR);
		for (String path : new String[] { "/branding", "/code-lists", "/code-lists/outcomes",
				"/code-lists/outcomes/values/upheld", "/code-lists/outcomes/new-value",
				"/code-lists/outcomes/values/upheld/delete" }) {
			ResidentBrowser.Page page = auditor.get(this.admin + path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.html()).as(path)
				.contains("Read only")
				.doesNotContain("Save branding</button>", "Add value</button>", "Save value</button>",
						"Delete value</button>", "Add a value</a>");
		}
		String hash = hash(auditor.get(this.admin + "/branding").html());
		assertThat(auditor
			.post(this.admin + "/branding", "hash", hash, "organisationName", "Auditor", "colour", "#1d70b8", "welsh",
					"no", "privacyNoticeUrl", "https://x.example/p")
			.status()).isEqualTo(403);
		assertThat(auditor.post(this.admin + "/code-lists/feedback-themes/values/other/delete", "hash", "").status())
			.isEqualTo(403);
	}

	private static String hash(String html) {
		Matcher hash = Pattern.compile("name=\"hash\" value=\"([^\"]*)\"").matcher(html);
		assertThat(hash.find()).as("the page carries the document's hash").isTrue();
		return hash.group(1);
	}

	private ResidentBrowser signedIn(String user) {
		return this.tenant.signedIn(this.port, user);
	}

}
