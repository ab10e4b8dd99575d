package org.candour.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The QA pages over HTTP on the unitary council's pack (which inherits the base pack's QA
 * policy): who sees the Quality menu entry and the pages, an auditor who reads but is
 * offered no score, and a stale score shown as a conflict with nothing written.
 */
@CandourWebTest
class QaPagesIntegrationTests {

	private static final String TENANT = CaseworkFixture.TENANT;

	private static final Pattern SAMPLE = Pattern.compile("href=\"/t/" + TENANT + "/qa/samples/(QA-\\d+)\"");

	@LocalServerPort
	int port;

	@Autowired
	CaseworkFixtures fixtures;

	@BeforeEach
	void anOpenCaseOfTheOfficer() {
		this.fixtures.fixture().allocatedComplaint("QA pages: a missed collection");
	}

	@Test
	void showsQualityToManagersAndAuditorsOnlyAndOffersAuditorsNoScore() {
		ResidentBrowser officer = signedIn(CaseworkFixture.OFFICER);
		assertThat(officer.get("/t/" + TENANT + "/work").html()).doesNotContain("id=\"qa-navigation\"");
		assertThat(officer.get("/t/" + TENANT + "/qa").status()).isEqualTo(403);
		assertThat(officer.get("/t/" + TENANT + "/qa/figures").status()).isEqualTo(403);

		ResidentBrowser manager = signedIn(CaseworkFixture.MANAGER);
		ResidentBrowser.Page queue = manager.get("/t/" + TENANT + "/qa");
		assertThat(queue.html()).contains("id=\"qa-navigation\"").doesNotContain("??");
		if (queue.html().contains("id=\"run-sampling\"")) {
			assertThat(manager.post("/t/" + TENANT + "/qa/runs").html()).contains("sampled");
		}
		Matcher sample = SAMPLE.matcher(manager.get("/t/" + TENANT + "/qa?kind=line-manager").html());
		assertThat(sample.find()).as("a line-manager sample is listed").isTrue();
		String path = "/t/" + TENANT + "/qa/samples/" + sample.group(1);
		assertThat(manager.get("/t/" + TENANT + "/qa?status=bogus&period=nonsense").status()).isEqualTo(200);

		ResidentBrowser auditor = signedIn("auditor@" + TENANT);
		assertThat(auditor.get("/t/" + TENANT + "/qa").html()).contains("id=\"qa-navigation\"");
		ResidentBrowser.Page read = auditor.get(path);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.html()).contains("id=\"cannot-score\"").doesNotContain("id=\"score-form\"", "??");
		assertThat(auditor.post(path, "reviewer", "manager").status()).isEqualTo(403);
		assertThat(auditor.get("/t/" + TENANT + "/qa/figures").html()).contains("id=\"qa-figures\"")
			.doesNotContain("??");
		assertThat(manager.get("/t/" + TENANT + "/qa/samples/QA-999999").status()).isEqualTo(404);
	}

	@Test
	void aStaleScoreIsAConflictAndNothingIsWritten() {
		ResidentBrowser manager = signedIn(CaseworkFixture.MANAGER);
		if (manager.get("/t/" + TENANT + "/qa").html().contains("id=\"run-sampling\"")) {
			manager.post("/t/" + TENANT + "/qa/runs");
		}
		Matcher sample = SAMPLE
			.matcher(manager.get("/t/" + TENANT + "/qa?kind=line-manager&status=awaiting&reviewer=manager").html());
		assertThat(sample.find()).isTrue();
		String path = "/t/" + TENANT + "/qa/samples/" + sample.group(1);

		ResidentBrowser.Page stale = manager.post(path, "reviewer", "manager", "version", "99", "answer-right-decision",
				"yes");
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.html()).contains("govuk-error-summary", "changed by someone else")
			.contains(
					"id=\"answer-right-decision-yes\" name=\"answer-right-decision\" type=\"radio\" value=\"yes\" checked=\"checked\"");
		assertThat(manager.get(path).html()).contains("Awaiting a score");
	}

	private ResidentBrowser signedIn(String user) {
		ResidentBrowser browser = new ResidentBrowser(this.port);
		browser.get("/t/" + TENANT + "/login");
		ResidentBrowser.Page landed = browser.post("/login", "username", user, "password", OfficerSignIn.PASSWORD);
		assertThat(landed.path()).isNotEqualTo("/login");
		return browser;
	}

}
