package org.candour.web;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.candour.queues.CaseQueries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.LinkedMultiValueMap;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A county council's tenant administrator, in Chromium, sets up the mailbox its Freedom
 * of Information requests arrive in on the inbound email page, once with the keyboard
 * alone (axe on every page, the error state included) and once with the mouse and
 * JavaScript off: a port that is not a number and a question the form does not have are
 * refused on their fields, the page names the variable the password is read from (never
 * the password), the settings are saved, and "Check the mailbox now" logs the email
 * waiting in it (GreenMail's IMAP server) as a request, its subject above its text (the
 * form has no summary question). An auditor reads the page without its buttons and is
 * refused a change.
 */
@CandourWebTest
@ExtendWith(Browsers.class)
class AdminInboundEmailBrowserTests {

	private static final String PASSWORD = "secret-" + UUID.randomUUID();

	private static final GreenMail MAIL = new GreenMail(ServerSetup.IMAP.dynamicPort());

	@Autowired
	AdminTenants adminTenants;

	@Autowired
	CaseQueries queries;

	@LocalServerPort
	int port;

	AdminTenant tenant;

	GreenMailUser mailbox;

	@BeforeAll
	static void startMailServer() {
		MAIL.start();
	}

	@AfterAll
	static void stopMailServer() {
		MAIL.stop();
	}

	@BeforeEach
	void countyTenantWithAnEmailWaiting() throws Exception {
		this.tenant = this.adminTenants.county();
		System.setProperty(passwordVariable(), PASSWORD);
		this.mailbox = MAIL.setUser("foi-" + this.tenant.id + "@county.example", this.tenant.id, PASSWORD);
		MimeMessage email = new MimeMessage(Session.getInstance(new java.util.Properties()));
		email.setFrom(new InternetAddress("Robin Example <robin@example.org>"));
		email.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(this.mailbox.getEmail()));
		email.setSubject("Gritting routes");
		email.setText("Please send me the gritting routes for this winter.", "UTF-8");
		email.saveChanges();
		this.mailbox.deliver(email);
	}

	@AfterEach
	void clearThePassword() {
		System.clearProperty(passwordVariable());
	}

	@Test
	void withTheKeyboardAlone(Page page) {
		setsUpTheMailboxAndChecksIt(page, AdminPublishJourneyBrowserTests.Hands.KEYBOARD);
	}

	@Test
	void withTheMouseAndWithoutJavaScript(@WithoutJavaScript Page page) {
		setsUpTheMailboxAndChecksIt(page, AdminPublishJourneyBrowserTests.Hands.MOUSE);
	}

	@Test
	void anAuditorReadsThePageWithoutButtonsAndIsRefusedAChange() {
		ResidentBrowser auditor = this.tenant.signedIn(this.port, AdminTenant.AUDITOR);
		ResidentBrowser.Page page = auditor.get(this.tenant.admin() + "/inbound-email");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("You can read these settings but not change them")
			.doesNotContain("Save mailbox</button>", "Check the mailbox now</button>");
		assertThat(auditor.post(this.tenant.admin() + "/inbound-email", "host", "127.0.0.1", "port", "143").status())
			.isEqualTo(403);
		assertThat(auditor.post(this.tenant.admin() + "/inbound-email/poll").status()).isEqualTo(403);
		assertThat(auditor.get(this.tenant.admin() + "/inbound-email").html()).contains("No mailbox is set up");
	}

	private String passwordVariable() {
		return "CANDOUR_INBOUND_PASSWORD_" + this.tenant.id.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
	}

	private void setsUpTheMailboxAndChecksIt(Page page, AdminPublishJourneyBrowserTests.Hands hands) {
		OfficerSignIn.as(page, this.tenant.id, AdminTenant.ADMIN);
		page.navigate(this.tenant.admin());
		hands.click(page, page.locator("#inbound-email-link"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Inbound email");
		assertThat(page.locator("#no-mailbox")).isVisible();
		hands.checkAccessibility(page);

		hands.fill(page, page.getByLabel("Mail server (IMAP)"), "127.0.0.1");
		hands.fill(page, page.getByLabel("Port"), "an imap port");
		hands.choose(page, page.getByLabel("No, plain IMAP"));
		hands.fill(page, page.getByLabel("User name"), this.tenant.id);
		hands.select(page, page.getByLabel("Log emails as"), "Freedom of Information request");
		hands.fill(page, page.getByLabel("Form question for the email’s text"), "details");
		hands.click(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save mailbox")));
		assertThat(page).hasTitle(Pattern.compile("^Error: "));
		assertThat(page.locator(".govuk-error-summary a[href='#port']"))
			.hasText("Enter the port as a whole number from 1 to 65535");
		assertThat(page.locator(".govuk-error-summary a[href='#bodyField']"))
			.hasText("The form has no text question 'details' for the email's text");
		assertThat(page.locator("#password")).containsText(passwordVariable());
		assertThat(page.content()).doesNotContain(PASSWORD);
		hands.checkAccessibility(page);

		hands.fill(page, page.getByLabel("Port"), String.valueOf(MAIL.getImap().getPort()));
		hands.fill(page, page.getByLabel("Form question for the email’s text"), "informationRequested");
		hands.click(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save mailbox")));
		assertThat(page.locator("#done")).containsText("Mailbox saved");
		assertThat(page.locator("#status")).containsText("Not yet");
		assertThat(page.locator("#problem")).hasCount(0);
		hands.checkAccessibility(page);

		hands.click(page,
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the mailbox now")));
		assertThat(page.locator("#done")).containsText("The mailbox was checked");
		assertThat(page.locator("#status")).containsText("1 new contacts");
		hands.checkAccessibility(page);
		List<String> requests = this.tenant.inTenant(
				() -> this.queries.search(new LinkedMultiValueMap<>(java.util.Map.of("channel", List.of("email"))))
					.content()
					.stream()
					.map(found -> found.feedbackType() + ": " + found.data().path("informationRequested").asString())
					.toList());
		assertThat(requests)
			.containsExactly("foi-request: Gritting routes\n\nPlease send me the gritting routes for this winter.");
	}

}
