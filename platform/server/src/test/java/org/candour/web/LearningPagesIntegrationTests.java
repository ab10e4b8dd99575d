package org.candour.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learning pages over HTTP on the unitary council's pack: learning recorded from a
 * closed upheld complaint, refused with the problems linked to their fields, its actions
 * moved on (a stale page is a conflict, verifying is a manager's), the register and the
 * actions due, and an auditor who reads but changes nothing.
 */
@CandourWebTest
class LearningPagesIntegrationTests {

	private static final String TENANT = CaseworkFixture.TENANT;

	private static final String AUDITOR = "auditor@" + TENANT;

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	@LocalServerPort
	int port;

	@Autowired
	CaseworkFixtures fixtures;

	@Autowired
	Clock clock;

	LearningFixture learning;

	@BeforeEach
	void unitaryCouncil() {
		this.learning = new LearningFixture(this.fixtures.fixture(), this.clock);
	}

	@Test
	void aManagerRecordsLearningFromAClosedCaseAndTheOwnerAndManagerMoveItsAction() {
		String reference = this.learning.closedUpheldComplaint("Learning pages: missed bins");
		ResidentBrowser manager = signedIn(CaseworkFixture.MANAGER);
		ResidentBrowser.Page casePage = manager.get("/t/" + TENANT + "/cases/" + reference);
		assertThat(casePage.html()).contains("href=\"/t/" + TENANT + "/learning/new?case=" + reference + "\"",
				"Record learning from this case");
		ResidentBrowser.Page form = manager.get("/t/" + TENANT + "/learning/new?case=" + reference);
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.html()).as("every word comes from the message bundle")
			.contains("Quality of service", "Did the complainant agree? (optional)", ">Yes</label>",
					"<option value=\"person:" + CaseworkFixture.OFFICER + "\"", "<option value=\"team:adults\"")
			.doesNotContain("??");

		ResidentBrowser.Page missing = manager.post("/t/" + TENANT + "/learning/new?case=" + reference, "statement",
				" ");
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.html()).contains("<title>Error: Record learning", "govuk-error-summary",
				"href=\"#statement\">Enter what was learned</a>", ">Choose a theme</a>");

		LocalDate today = this.learning.today();
		ResidentBrowser.Page backwards = manager.post("/t/" + TENANT + "/learning/new?case=" + reference, "statement",
				"Crews did not check the street list", "theme", "quality-of-service", "description",
				"Check every round sheet", "owner", "person:" + CaseworkFixture.OFFICER, "start-day", day(today),
				"start-month", month(today), "start-year", year(today), "due-day", day(today.minusDays(1)), "due-month",
				month(today.minusDays(1)), "due-year", year(today.minusDays(1)));
		assertThat(backwards.status()).isEqualTo(422);
		assertThat(backwards.html())
			.contains("href=\"#due-day\">The due date must be the same as or after the start date</a>")
			.as("what was typed is kept")
			.contains("Crews did not check the street list", "Check every round sheet");

		ResidentBrowser.Page recorded = manager.post("/t/" + TENANT + "/learning/new?case=" + reference, "statement",
				"Crews did not check the street list", "theme", "quality-of-service", "description",
				"Check every round sheet", "owner", "person:" + CaseworkFixture.OFFICER, "start-day", day(today),
				"start-month", month(today), "start-year", year(today), "due-day", day(today.plusDays(14)), "due-month",
				month(today.plusDays(14)), "due-year", year(today.plusDays(14)), "involvement", "monitor", "agreed",
				"yes");
		assertThat(recorded.status()).isEqualTo(200);
		assertThat(recorded.path()).matches("/t/" + TENANT + "/learning/LRN-\\d+");
		String id = recorded.path().substring(recorded.path().lastIndexOf('/') + 1);
		assertThat(recorded.html())
			.contains("Learning " + id + " recorded", "Crews did not check the street list",
					"href=\"/t/" + TENANT + "/cases/" + reference + "\"", "Check every round sheet",
					"Monitor the change", ">Planned<", "id=\"move-A1-in-progress\"", "id=\"add-action\"")
			.doesNotContain("??");
		String record = "/t/" + TENANT + "/learning/" + id;

		ResidentBrowser.Page register = manager.get("/t/" + TENANT + "/learning?theme=quality-of-service&status=open");
		assertThat(register.html()).contains("href=\"" + record + "\"", "Quality of service").doesNotContain("??");
		assertThat(manager.get("/t/" + TENANT + "/learning?theme=delay").html())
			.doesNotContain("href=\"" + record + "\"");

		ResidentBrowser officer = signedIn(CaseworkFixture.OFFICER);
		ResidentBrowser.Page due = officer.get("/t/" + TENANT + "/actions");
		assertThat(due.html()).contains("href=\"" + record + "#action-A1\"", "Check every round sheet");
		ResidentBrowser.Page shown = officer.get(record);
		long version = version(shown);
		assertThat(
				officer.post(record + "/actions/A1/state", "state", "in-progress", "version", String.valueOf(version))
					.html())
			.contains("Action A1 started", ">In progress<");
		ResidentBrowser.Page stale = officer.post(record + "/actions/A1/state", "state", "done", "version",
				String.valueOf(version));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.html()).contains("Someone else changed this learning record");
		ResidentBrowser.Page done = officer.post(record + "/actions/A1/state", "state", "done", "version",
				String.valueOf(version(officer.get(record))));
		assertThat(done.html()).contains("Action A1 marked as done", ">Done<")
			.doesNotContain("id=\"move-A1-verified\"");

		ResidentBrowser.Page verified = manager.post(record + "/actions/A1/state", "state", "verified", "version",
				String.valueOf(version(manager.get(record))));
		assertThat(verified.html()).contains("Action A1 verified", ">Verified<");
		assertThat(officer.get("/t/" + TENANT + "/actions").html()).doesNotContain("href=\"" + record + "#action-A1\"");
	}

	@Test
	void anAddedActionIsRefusedWhenDueBeforeItStartsAndAStaleChangeIsAConflict() {
		String reference = this.learning.closedUpheldComplaint("Learning pages: conflicts");
		ResidentBrowser manager = signedIn(CaseworkFixture.MANAGER);
		manager.get("/t/" + TENANT + "/learning/new?case=" + reference);
		String record = manager
			.post("/t/" + TENANT + "/learning/new?case=" + reference, "statement", "Letters were not sent", "theme",
					"communication")
			.path();
		ResidentBrowser.Page form = manager.get(record + "/actions/new");
		long version = version(form);
		LocalDate today = this.learning.today();
		ResidentBrowser.Page refused = manager.post(record + "/actions/new", "version", String.valueOf(version),
				"description", "Send the letters", "owner", "team:adults", "start-day", day(today), "start-month",
				month(today), "start-year", year(today), "due-day", "31", "due-month", "2", "due-year", year(today));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html()).contains("href=\"#due-day\">The due date must be a real date</a>");

		ResidentBrowser.Page added = manager.post(record + "/actions/new", "version", String.valueOf(version),
				"description", "Send the letters", "owner", "team:adults", "start-day", day(today), "start-month",
				month(today), "start-year", year(today), "due-day", day(today.plusDays(7)), "due-month",
				month(today.plusDays(7)), "due-year", year(today.plusDays(7)));
		assertThat(added.html()).contains("Action added", "Send the letters", "Adults");
		ResidentBrowser.Page stale = manager.post(record + "/actions/new", "version", String.valueOf(version),
				"description", "Send them again", "owner", "team:adults", "start-day", day(today), "start-month",
				month(today), "start-year", year(today), "due-day", day(today), "due-month", month(today), "due-year",
				year(today));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(manager.get(record).html()).doesNotContain("Send them again");

		ResidentBrowser.Page change = manager.get(record + "/actions/A1");
		assertThat(change.html()).as("the change page shows the action as it is")
			.contains("Send the letters", "<option value=\"team:adults\" selected=\"selected\"");
		ResidentBrowser.Page changed = manager.post(record + "/actions/A1", "version", String.valueOf(version(change)),
				"description", "Send the letters by first class post", "owner", "person:" + CaseworkFixture.OFFICER,
				"start-day", day(today), "start-month", month(today), "start-year", year(today), "due-day",
				day(today.plusDays(7)), "due-month", month(today.plusDays(7)), "due-year", year(today.plusDays(7)),
				"impactMeasure", "Complaints about letters each month");
		assertThat(changed.html()).contains("Action changed", "Send the letters by first class post",
				"Complaints about letters each month", CaseworkFixture.OFFICER);
	}

	@Test
	void anAuditorReadsTheRegisterAndARecordButChangesNothing() {
		String reference = this.learning.closedUpheldComplaint("Learning pages: auditor");
		ResidentBrowser manager = signedIn(CaseworkFixture.MANAGER);
		manager.get("/t/" + TENANT + "/learning/new?case=" + reference);
		LocalDate today = this.learning.today();
		String record = manager
			.post("/t/" + TENANT + "/learning/new?case=" + reference, "statement", "Nobody called back", "theme",
					"communication", "description", "Call back within a day", "owner", "team:adults", "start-day",
					day(today), "start-month", month(today), "start-year", year(today), "due-day", day(today),
					"due-month", month(today), "due-year", year(today))
			.path();

		ResidentBrowser auditor = signedIn(AUDITOR);
		assertThat(auditor.get("/t/" + TENANT + "/learning").html()).contains("href=\"" + record + "\"");
		ResidentBrowser.Page read = auditor.get(record);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.html()).contains("Call back within a day")
			.doesNotContain("id=\"add-action\"", "id=\"move-A1-", "/actions/A1\"");
		assertThat(auditor.get("/t/" + TENANT + "/cases/" + reference).html()).doesNotContain("/learning/new?case=");
		assertThat(auditor.post(record + "/actions/A1/state", "state", "in-progress", "version", "0").status())
			.isEqualTo(403);
		assertThat(auditor.get("/t/" + TENANT + "/learning/new?case=" + reference).status()).isEqualTo(403);
	}

	private ResidentBrowser signedIn(String user) {
		ResidentBrowser browser = new ResidentBrowser(this.port);
		browser.get("/t/" + TENANT + "/login");
		ResidentBrowser.Page landed = browser.post("/login", "username", user, "password", OfficerSignIn.PASSWORD);
		assertThat(landed.path()).isNotEqualTo("/login");
		return browser;
	}

	private static long version(ResidentBrowser.Page page) {
		Matcher found = VERSION.matcher(page.html());
		assertThat(found.find()).as("the page carries the record's version").isTrue();
		return Long.parseLong(found.group(1));
	}

	private static String day(LocalDate date) {
		return String.valueOf(date.getDayOfMonth());
	}

	private static String month(LocalDate date) {
		return String.valueOf(date.getMonthValue());
	}

	private static String year(LocalDate date) {
		return String.valueOf(date.getYear());
	}

}
