package org.candour.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer workspace's queue page and bulk actions on the unitary council pack, driven
 * over HTTP like a browser without JavaScript. Each test's cases carry a word of their
 * own, found with the page's text filter, so tests sharing the tenant do not see each
 * other's cases.
 */
@CandourWebTest
class QueuePagesIntegrationTests {

	private static final String WORK = "/t/" + CaseworkFixture.TENANT + "/work";

	private static final Pattern ROW = Pattern.compile("name=\"case\" id=\"select-([^\"]+)\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	CaseworkFixtures fixtures;

	CaseworkFixture casework;

	String word;

	@BeforeEach
	void unitaryCouncil() {
		this.casework = this.fixtures.fixture();
		this.word = "w" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void sendsAnAnonymousVisitorToSignIn() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + WORK)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow())
			.endsWith("/t/" + CaseworkFixture.TENANT + "/login");
	}

	@Test
	void listsAQueueWithCountsAndEachRowsDueDateAndStatusInWords() {
		List<String> logged = this.casework.contacts(3, this.word + " bins", "phone", null);
		ResidentBrowser.Page page = signedIn(CaseworkFixture.OFFICER).get(WORK + "?queue=unallocated&q=" + this.word);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html()).contains("<title>Unallocated – Queues – ", "aria-current=\"page\"", "Triage",
				"Unallocated", "My cases", "My team", "Due soon", "Breached", "With the service", "All open",
				"Showing 1 to 3 of 3 cases", "Contact (to be triaged)",
				"Voice of the Customer team (central complaints)", "Unallocated - not yet triaged", "On track",
				"Triage within 2 working days of receipt", "href=\"/t/demo-unitary/cases/" + logged.get(0) + "\"");
		assertThat(page.html()).as("an officer has no bulk actions").doesNotContain("name=\"case\"", "bulk-action");
		assertThat(page.html()).doesNotContain("style=", "<script>");
	}

	@Test
	void filtersSortsAndPagesTheQueue() {
		List<String> byPhone = this.casework.contacts(55, this.word + " potholes", "phone", null);
		this.casework.contacts(2, this.word + " letters", "letter", "adults");
		ResidentBrowser browser = signedIn(CaseworkFixture.MANAGER);

		ResidentBrowser.Page first = browser.get(WORK + "?queue=all-open&sort=reference&q=" + this.word);
		assertThat(first.html()).contains("Showing 1 to 50 of 57 cases", "aria-label=\"Page 2\"");
		assertThat(rows(first)).hasSize(50).startsWith(byPhone.get(0), byPhone.get(1));
		ResidentBrowser.Page second = browser.get(WORK + "?queue=all-open&sort=reference&page=2&q=" + this.word);
		assertThat(second.html()).contains("Showing 51 to 57 of 57 cases");
		assertThat(rows(second)).hasSize(7);

		assertThat(rows(browser.get(WORK + "?queue=all-open&channel=letter&q=" + this.word))).hasSize(2);
		assertThat(rows(browser.get(WORK + "?queue=all-open&unit=adults-and-health&q=" + this.word)))
			.as("a directorate takes in its services")
			.hasSize(2);
		assertThat(rows(browser.get(WORK + "?queue=all-open&type=service-request&q=" + this.word))).isEmpty();
		assertThat(rows(browser.get(WORK + "?queue=all-open&state=triaged&q=" + this.word))).isEmpty();
		assertThat(rows(browser.get(WORK + "?queue=mine&q=" + this.word))).isEmpty();
	}

	@Test
	void showsImpossibleDatesAndAReversedRangeInTheErrorSummary() {
		this.casework.contacts(1, this.word, "web", null);
		ResidentBrowser.Page refused = signedIn(CaseworkFixture.MANAGER)
			.get(WORK + "?queue=all-open&receivedFrom-day=10&receivedFrom-month=3&receivedFrom-year=2026"
					+ "&receivedTo-day=1&receivedTo-month=3&receivedTo-year=2026&dueBefore-day=31&dueBefore-month=2"
					+ "&dueBefore-year=2026&q=" + this.word);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.html()).contains("<title>Error: ", "govuk-form-group--error",
				"Correct the filters to see the cases.", "value=\"10\"");
		assertThat(refused.errorSummary()).contains("Received to must be the same as or after received from",
				"Due before must be a real date", "href=\"#receivedTo-day\"", "href=\"#dueBefore-day\"");
		assertThat(rows(refused)).isEmpty();
	}

	@Test
	void savesNamedFiltersPerUserAndDeletesThem() {
		ResidentBrowser browser = signedIn(CaseworkFixture.OFFICER);
		browser.get(WORK + "?queue=breached&channel=phone");
		ResidentBrowser.Page unnamed = browser.post(WORK + "/saved-filters", "queue", "breached", "channel", "phone",
				"name", " ");
		assertThat(unnamed.errorSummary()).contains("Enter a name for the saved filter");

		ResidentBrowser.Page saved = browser.post(WORK + "/saved-filters", "queue", "breached", "channel", "phone",
				"name", "Breached " + this.word);
		assertThat(saved.path()).isEqualTo(WORK);
		assertThat(saved.html()).contains("Saved the filter Breached " + this.word,
				"href=\"" + WORK + "?queue=breached&amp;channel=phone\"");
		assertThat(signedIn(CaseworkFixture.MANAGER).get(WORK).html()).as("saved filters are per user")
			.doesNotContain("Breached " + this.word);

		Matcher delete = Pattern.compile("action=\"(" + WORK + "/saved-filters/[^/]+/delete)\"").matcher(saved.html());
		assertThat(delete.find()).isTrue();
		ResidentBrowser.Page deleted = browser.post(delete.group(1), "back", WORK + "?queue=breached");
		assertThat(deleted.html()).contains("Deleted the saved filter").doesNotContain("Breached " + this.word);
	}

	@Test
	void bulkAllocationReportsEachCaseAndRefusesOneChangedMeanwhile() {
		List<String> logged = this.casework.contacts(4, this.word + " graffiti", "web", null);
		ResidentBrowser browser = signedIn(CaseworkFixture.MANAGER);
		ResidentBrowser.Page queue = browser.get(WORK + "?queue=unallocated&sort=reference&q=" + this.word);
		List<String> values = values(queue);
		assertThat(values).hasSize(4);
		this.casework.act(logged.get(1), "assign-for-triage", Map.of("officer", CaseworkFixture.OFFICER));

		ResidentBrowser.Page inputs = browser.post(WORK + "/bulk", "back", WORK + "?queue=unallocated", "action",
				"assign-for-triage", "case", values.get(0), "case", values.get(1), "case", values.get(2), "case",
				values.get(3));
		assertThat(inputs.html()).contains("Assign to an officer for triage: 4 cases", "Officer who will triage",
				"<option value=\"" + CaseworkFixture.OFFICER + "\"");
		ResidentBrowser.Page missing = browser.post(WORK + "/bulk/apply", "back", WORK + "?queue=unallocated", "action",
				"assign-for-triage", "case", values.get(0), "input-officer", "");
		assertThat(missing.errorSummary()).contains("Choose Officer who will triage", "href=\"#input-officer\"");

		ResidentBrowser.Page result = browser.post(WORK + "/bulk/apply", "back", WORK + "?queue=unallocated", "action",
				"assign-for-triage", "case", values.get(0), "case", values.get(1), "case", values.get(2), "case",
				values.get(3), "input-officer", CaseworkFixture.OFFICER, "comment", "Spread the load");
		assertThat(result.path()).startsWith(WORK + "/bulk/results/");
		assertThat(result.html()).contains("3 succeeded", "1 failed",
				"Not changed: someone else changed this case after you chose it",
				"Done: now Unallocated - not yet triaged");
		assertThat(rows(browser.get(WORK + "?queue=unallocated&q=" + this.word))).isEmpty();
		assertThat(browser.get(result.path()).html()).as("the result can be shown again").contains("3 succeeded");
	}

	@Test
	void refusesABulkActionWithoutCasesOrAnActionOnTheQueuePage() {
		ResidentBrowser browser = signedIn(CaseworkFixture.MANAGER);
		browser.get(WORK);
		ResidentBrowser.Page none = browser.post(WORK + "/bulk", "back", WORK + "?queue=unallocated", "action", "");
		assertThat(none.path()).isEqualTo(WORK);
		assertThat(none.errorSummary()).contains("Select at least one case",
				"Choose an action to take on the selected cases");
	}

	@Test
	void anOfficerMayNotTakeBulkActions() {
		List<String> logged = this.casework.contacts(1, this.word, "web", null);
		ResidentBrowser browser = signedIn(CaseworkFixture.OFFICER);
		browser.get(WORK);
		ResidentBrowser.Page refused = browser.post(WORK + "/bulk", "action", "assign-for-triage", "case",
				logged.get(0) + "@0");
		assertThat(refused.status()).isEqualTo(403);
	}

	@Test
	void anInvestigatorSeesOnlyTheCasesOfTheirOrgUnits() {
		List<String> adults = this.casework.contacts(2, this.word + " care", "web", "adults");
		this.casework.contacts(3, this.word + " bins", "web", "waste-and-streets");
		ResidentBrowser.Page page = signedIn(CaseworkFixture.INVESTIGATOR).get(WORK + "?q=" + this.word);
		assertThat(rows(page)).isEmpty();
		assertThat(page.html()).contains("Showing 1 to 2 of 2 cases");
		for (String reference : adults) {
			assertThat(page.html()).contains(">" + reference + "</a>");
		}
		assertThat(page.html()).doesNotContain(this.word + " bins");
	}

	private ResidentBrowser signedIn(String user) {
		ResidentBrowser browser = new ResidentBrowser(this.port);
		browser.get("/t/" + CaseworkFixture.TENANT + "/login");
		ResidentBrowser.Page landed = browser.post("/login", "username", user, "password", OfficerSignIn.PASSWORD);
		assertThat(landed.path()).isNotEqualTo("/login");
		return browser;
	}

	/** The references of the rows a manager can select. */
	private static List<String> rows(ResidentBrowser.Page page) {
		return ROW.matcher(page.html()).results().map(match -> match.group(1)).toList();
	}

	private static List<String> values(ResidentBrowser.Page page) {
		return ROW.matcher(page.html()).results().map(match -> match.group(2)).toList();
	}

}
