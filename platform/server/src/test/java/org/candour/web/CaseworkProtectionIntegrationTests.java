package org.candour.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the case screen keeps from staff and what it refuses them, driven over HTTP like a
 * browser without JavaScript: the notifications panel never shows the resident's tracking
 * link, and the resident's address only to roles that may see contact details (it shows
 * what the case's state means, from the workflow); an action the caller's role does not
 * allow is refused before anything posted is read.
 */
@CandourWebTest
class CaseworkProtectionIntegrationTests {

	private static final String AUDITOR = "auditor@" + CaseworkFixture.TENANT;

	@LocalServerPort
	int port;

	@Autowired
	CaseworkFixtures fixtures;

	CaseworkFixture casework;

	@BeforeEach
	void unitaryCouncil() {
		this.casework = this.fixtures.fixture();
	}

	@Test
	void anAuditorsCaseScreenShowsNeitherTheTrackingLinkNorTheResidentsAddress() {
		String reference = this.casework.contact("Missed bins on Mill Lane", null);
		ResidentBrowser.Page screen = signedIn(AUDITOR).get(screen(reference));
		assertThat(screen.status()).isEqualTo(200);
		assertThat(screen.html()).contains("We have received your message " + reference, "email to complainant")
			.doesNotContain("pat@example.com", "/track/");
	}

	@Test
	void anOfficersCaseScreenShowsTheAddressButNotTheTrackingLink() {
		String reference = this.casework.contact("Missed bins on Mill Lane", null);
		ResidentBrowser.Page screen = signedIn(CaseworkFixture.OFFICER).get(screen(reference));
		assertThat(screen.status()).isEqualTo(200);
		assertThat(screen.html()).contains("email to pat@example.com").doesNotContain("/track/");
		assertThat(screen.html()).as("the state's description, under the state")
			.contains("id=\"case-state-meaning\"",
					"Every contact starts here and must be triaged within 2 working days of receipt.");
	}

	@Test
	void anOfficerPostingAManagersActionIsRefusedBeforeTheFormIsRead() {
		String reference = this.casework.contact("Missed bins on Mill Lane", null);
		ResidentBrowser browser = signedIn(CaseworkFixture.OFFICER);
		browser.get(screen(reference));
		ResidentBrowser.Page refused = browser.post(screen(reference) + "/actions/assign-for-triage", "version", "0",
				"officer", "");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.html()).contains("You cannot do this", "govuk-heading-l")
			.doesNotContain("govuk-error-summary");
		assertThat(this.casework.read(reference).version()).isZero();
	}

	private static String screen(String reference) {
		return "/t/" + CaseworkFixture.TENANT + "/cases/" + reference;
	}

	private ResidentBrowser signedIn(String user) {
		ResidentBrowser browser = new ResidentBrowser(this.port);
		browser.get("/t/" + CaseworkFixture.TENANT + "/login");
		ResidentBrowser.Page landed = browser.post("/login", "username", user, "password", OfficerSignIn.PASSWORD);
		assertThat(landed.path()).isNotEqualTo("/login");
		return browser;
	}

}
