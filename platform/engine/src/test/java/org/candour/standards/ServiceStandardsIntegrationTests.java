package org.candour.standards;

import java.util.List;
import java.util.Map;

import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.reports.ReportRunner;
import org.candour.reports.ReportTable;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.CaseApi;
import org.candour.support.ConfigFixtures;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's acceptance for service standards: the figures the API gives match a fixture
 * counted by hand, working days skipping the bank holidays of May 2026 (Monday 4 May and
 * Monday 25 May), each case driven through the case API on the test clock.
 *
 * <pre>
 * case  logged, allocated (team, officer)   then                      today (Fri 5 June)
 * A8    Mon 27 Apr (south, bob)            responded Wed 13 May      closed, 11 wd; respond clock due 12 May: breached
 * A4    Wed 29 Apr (north, alice)          responded Thu 30 Apr      closed before the 30 days
 * A3    Mon 11 May (north, alice)          responded Mon 18 May      closed, 5 wd
 * A5    Mon 18 May (north, alice)          -                         open, 13 wd; respond due Tue 2 June
 * A1    Thu 21 May (north, alice)          responded Fri 29 May      closed, 5 wd (25 May a bank holiday)
 * A2    Thu 21 May (south, bob)            responded Mon 1 June      closed, 6 wd
 * A7    Thu 21 May (north, carol)          withdrawn Wed 27 May      excepted
 * A9    Thu 21 May (north, alice)          waiting                   open, 10 wd
 * A11   Thu 21 May (north, alice)          passed on Thu 28 May      open, passed on after 4 wd
 * A6    Tue 2 June (not allocated)         -                         open, 3 wd
 * A10   Tue 2 June (south, dave)           -                         open, 3 wd
 * </pre>
 */
@CandourIntegrationTest
class ServiceStandardsIntegrationTests {

	private static final String WORKFLOW = """
			{"kind": "workflow", "id": "complaint-flow", "title": "Complaint handling", "spec": {
			 "initialState": "new",
			 "states": [{"id": "new", "label": "New", "category": "new"},
			  {"id": "open", "label": "Being investigated", "category": "open"},
			  {"id": "waiting", "label": "Waiting for the complainant", "category": "waiting"},
			  {"id": "passed-on", "label": "Passed to the service", "category": "open"},
			  {"id": "closed", "label": "Closed", "category": "closed"},
			  {"id": "withdrawn", "label": "Withdrawn", "category": "closed"}],
			 "transitions": [
			  {"action": "allocate", "label": "Allocate", "from": ["new"], "to": "open", "roles": ["OFFICER"],
			   "inputs": {"type": "object", "required": ["officer", "team"], "properties": {
			    "officer": {"type": "string"}, "team": {"type": "string"}}},
			   "effects": [{"type": "assign", "to": "officer", "source": "/inputs/officer"},
			    {"type": "assign", "to": "team", "source": "/inputs/team"}]},
			  {"action": "wait", "label": "Wait", "from": ["open"], "to": "waiting", "roles": ["OFFICER"]},
			  {"action": "pass-on", "label": "Pass on", "from": ["open"], "to": "passed-on", "roles": ["OFFICER"]},
			  {"action": "respond", "label": "Respond", "from": ["open"], "to": "closed", "roles": ["OFFICER"]},
			  {"action": "withdraw", "label": "Withdraw", "from": ["open"], "to": "withdrawn", "roles": ["OFFICER"]}],
			 "clocks": [{"id": "respond", "label": "Response due", "startsOn": {"event": "logged"},
			  "anchor": {"type": "received"}, "duration": "10 working days", "stopsOn": ["respond"]}]}}""";

	private static final String STRUCTURE = """
			{"kind": "org-structure", "id": "structure", "title": "Directorates", "spec": {"units": [
			 {"id": "adult-care", "name": "Adult Care", "type": "directorate", "effectiveFrom": "2024-04-01",
			  "children": [{"id": "north", "name": "North team", "type": "team", "effectiveFrom": "2024-04-01"},
			   {"id": "south", "name": "South team", "type": "team", "effectiveFrom": "2024-04-01"}]}]}}""";

	private static final List<String> STANDARDS = List.of("""
			{"kind": "service-standard", "id": "within-5", "title": "Closed within 5 working days of allocation",
			 "spec": {"measure": "within", "byTeam": true, "exceptStates": ["withdrawn"], "from": "allocated",
			  "to": "closed", "within": "5 working days", "period": {"type": "rolling-days", "days": 30},
			  "target": {"atLeast": 75}}}""", """
			{"kind": "service-standard", "id": "respond-clock", "title": "Responded to within 10 working days",
			 "spec": {"measure": "clock", "feedbackTypes": ["complaint"], "exceptStates": ["withdrawn"],
			  "clock": "respond", "period": {"type": "financial-quarter"}, "target": {"atLeast": 50}}}""", """
			{"kind": "service-standard", "id": "age", "title": "No case older than 10 working days",
			 "spec": {"measure": "age", "byTeam": true, "olderThan": "10 working days", "target": {"atMost": 0}}}""",
			"""
					{"kind": "service-standard", "id": "caseload", "title": "Caseload of at least 2",
					 "spec": {"measure": "caseload", "byTeam": true, "target": {"atLeast": 2}}}""", """
					{"kind": "service-standard", "id": "caseload-north", "title": "North caseload of at least 2",
					 "spec": {"measure": "caseload", "orgUnits": ["north"], "target": {"atLeast": 2}}}""", """
					{"kind": "service-standard", "id": "within-clock", "title": "Responded within 7 calendar days",
					 "spec": {"measure": "within", "exceptStates": ["withdrawn"], "from": "clocks.respond.started",
					  "to": "clocks.respond.stopped", "within": "7 calendar days", "period": {"type": "financial-year"},
					  "target": {"atLeast": 50}}}""",
			"""
					{"kind": "service-standard", "id": "within-passed", "title": "Closed or passed on within 5 working days",
					 "spec": {"measure": "within", "exceptStates": ["withdrawn"], "from": "allocated",
					  "to": ["closed", "entered.passed-on"], "within": "5 working days",
					  "period": {"type": "rolling-days", "days": 30}, "target": {"atLeast": 75}}}""");

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	@Autowired
	JsonMapper json;

	@Autowired
	ReportRunner reports;

	@Autowired
	ActiveConfigurations configurations;

	@Autowired
	TenantManagement tenants;

	private String tenant;

	private final Map<String, String> refs = new java.util.HashMap<>();

	@BeforeEach
	void driveTheFixture() {
		List<ObjectNode> documents = ConfigFixtures.documents("minimal");
		documents.removeIf(document -> List.of("workflow", "org-structure").contains(document.path("kind").asString()));
		documents.add((ObjectNode) this.json.readTree(WORKFLOW));
		documents.add((ObjectNode) this.json.readTree(STRUCTURE));
		STANDARDS.forEach(standard -> documents.add((ObjectNode) this.json.readTree(standard)));
		documents.add(ConfigFixtures.shipped("base-uk-public-body", "report.service-standards-summary.json"));
		this.tenant = this.testTenants.withConfiguration("Standards", documents);
		CaseApi cases = new CaseApi(this.api, this.tenant);
		on("2026-04-27");
		allocated(cases, "A8", "south", "bob");
		on("2026-04-29");
		allocated(cases, "A4", "north", "alice");
		on("2026-04-30");
		cases.acted(ref("A4"), "respond", Map.of());
		on("2026-05-11");
		allocated(cases, "A3", "north", "alice");
		on("2026-05-13");
		cases.acted(ref("A8"), "respond", Map.of());
		on("2026-05-18");
		cases.acted(ref("A3"), "respond", Map.of());
		allocated(cases, "A5", "north", "alice");
		on("2026-05-21");
		allocated(cases, "A1", "north", "alice");
		allocated(cases, "A2", "south", "bob");
		allocated(cases, "A7", "north", "carol");
		allocated(cases, "A9", "north", "alice");
		cases.acted(ref("A9"), "wait", Map.of());
		allocated(cases, "A11", "north", "alice");
		on("2026-05-27");
		cases.acted(ref("A7"), "withdraw", Map.of());
		on("2026-05-28");
		cases.acted(ref("A11"), "pass-on", Map.of());
		on("2026-05-29");
		cases.acted(ref("A1"), "respond", Map.of());
		on("2026-06-01");
		cases.acted(ref("A2"), "respond", Map.of());
		on("2026-06-02");
		this.refs.put("A6", logged(cases));
		allocated(cases, "A10", "south", "dave");
		on("2026-06-05");
	}

	@Test
	void givesEachStandardItsFigureNumeratorAndDenominatorCountedInWorkingDaysAcrossBankHolidays() {
		JsonNode board = get("");

		assertThat(board.path("today").asString()).isEqualTo("2026-06-05");
		assertThat(board.path("standards").findValuesAsString("id")).containsExactly("caseload", "within-passed",
				"within-5", "age", "caseload-north", "respond-clock", "within-clock");
		// A1 and A3 within 5 working days, A2 (6) and A8 (11) not; A4 closed before the
		// period, A7 withdrawn; A5, A9 and A11 open and already past 5
		assertTally(standard(board, "within-5"), 50.0, 2, 4, false, 5);
		assertThat(standard(board, "within-5").path("periodFrom").asString()).isEqualTo("2026-05-07");
		assertTeams(standard(board, "within-5"), "North team", 100.0, 2, 2, true, 3, "South team", 0.0, 0, 2, false, 2);
		// the same with passing on ending the count: A11 passed on after 4 working days
		assertTally(standard(board, "within-passed"), 60.0, 3, 5, false, 4);
		// A1, A2, A3, A4 met; A8 stopped a day late; A5 open past its due day
		assertTally(standard(board, "respond-clock"), 80.0, 4, 5, true, 2);
		assertThat(standard(board, "respond-clock").path("periodFrom").asString()).isEqualTo("2026-04-01");
		assertThat(standard(board, "respond-clock").path("teams").isEmpty()).isTrue();
		// open: A5 13 working days old; A9 and A11 10 (25 May a bank holiday), A6 and A10
		// 3
		assertTally(standard(board, "age"), 1.0, 1, 5, false, 1);
		assertTeams(standard(board, "age"), "North team", 1.0, 1, 3, false, 1, "South team", 0.0, 0, 1, true, 0);
		assertThat(standard(board, "age").path("teams").get(2).path("name").asString()).isEqualTo("No team");
		// alice holds A5, A9 and A11, dave A10
		assertTally(standard(board, "caseload"), 2.0, 4, 2, true, 1);
		assertTeams(standard(board, "caseload"), "North team", 3.0, 3, 1, true, 0, "South team", 1.0, 1, 1, false, 1);
		assertTally(standard(board, "caseload-north"), 3.0, 3, 1, true, 0);
		// calendar days from the respond clock's day 0 to its stop: A4 1, A3 7 within;
		// A8 16, A1 8, A2 11 not; A5 (18), A9 and A11 (15) open and already past 7
		assertTally(standard(board, "within-clock"), 40.0, 2, 5, false, 6);
		assertThat(standard(board, "within-clock").path("periodFrom").asString()).isEqualTo("2026-04-01");
		assertThat(standard(board, "caseload").path("unit").asString()).isEqualTo("cases-per-officer");
		assertThat(standard(board, "within-5").path("target").asDouble()).isEqualTo(75.0);
		assertThat(standard(board, "age").path("atLeast").asBoolean()).isFalse();
	}

	@Test
	void theBasePacksReportGivesTheSameFiguresAsAtTheRun() {
		ReportTable table = TenantContext.callAs(this.tenants.get(this.tenant).asCurrent(), () -> {
			CompiledConfiguration model = this.configurations.require().model();
			return this.reports.run(model.reports().get("service-standards-summary"),
					new ReportRunner.Run(null, null, null, model.orgStructure()));
		});

		// standard/team: figure, target, numerator, denominator, met, breaches
		assertThat(rows(table)).contains("within-5/all 50 75 2 4 0 5", "within-5/north 100 75 2 2 1 3",
				"within-5/south 0 75 0 2 0 2", "respond-clock/all 80 50 4 5 1 2", "caseload/all 2 2 4 2 1 1",
				"caseload/north 3 2 3 1 1 0", "caseload/south 1 2 1 1 0 1", "age/all 1 0 1 5 0 1",
				"age/none 0 0 0 1 1 0");
		assertThat(rows(table)).filteredOn(row -> row.startsWith("respond-clock/")).hasSize(1);
	}

	private static List<String> rows(ReportTable table) {
		List<String> rows = new java.util.ArrayList<>();
		for (ReportTable.Row row : table.rows()) {
			StringBuilder text = new StringBuilder(row.key().get("standard") + "/" + row.key().get("team"));
			for (String measure : List.of("figure", "target", "numerator", "denominator", "met", "breaches")) {
				Double value = row.values().get(measure).value();
				text.append(' ').append((value == null) ? "n/a" : String.valueOf(Math.round(value)));
			}
			rows.add(text.toString());
		}
		return rows;
	}

	@Test
	void listsTheCasesCountedAndTheBreachesWorstFirst() {
		JsonNode all = get("/within-5");
		JsonNode breaches = get("/within-5?show=breaches");
		JsonNode north = get("/within-5?team=north");

		assertThat(references(all)).containsExactly("A5", "A8", "A9", "A11", "A2", "A3", "A1");
		assertThat(all.path("caseCount").asInt()).isEqualTo(7);
		JsonNode a1 = all.path("cases").get(6);
		assertThat(a1.path("from").asString()).isEqualTo("2026-05-21");
		assertThat(a1.path("to").asString()).isEqualTo("2026-05-29");
		assertThat(a1.path("days").asInt()).isEqualTo(5);
		assertThat(a1.path("met").asBoolean()).isTrue();
		JsonNode a5 = all.path("cases").get(0);
		assertThat(a5.path("open").asBoolean()).isTrue();
		assertThat(a5.path("counted").asBoolean()).isFalse();
		assertThat(a5.path("days").asInt()).isEqualTo(13);
		assertThat(references(breaches)).containsExactly("A5", "A8", "A9", "A11", "A2");
		assertThat(references(north)).containsExactly("A5", "A9", "A11", "A3", "A1");
		JsonNode passed = get("/within-passed?team=north");
		assertThat(references(passed)).containsExactly("A5", "A9", "A3", "A1", "A11");
		JsonNode a11 = passed.path("cases").get(4);
		assertThat(a11.path("to").asString()).isEqualTo("2026-05-28");
		assertThat(a11.path("days").asInt()).isEqualTo(4);
		assertThat(a11.path("met").asBoolean()).isTrue();
		assertThat(a11.path("open").asBoolean()).isTrue();
		assertThat(north.path("teamName").asString()).isEqualTo("North team");
		assertThat(references(get("/respond-clock?show=breaches"))).containsExactly("A8", "A5");
		assertThat(get("/respond-clock?show=breaches").path("cases").get(0).path("due").asString())
			.isEqualTo("2026-05-12");
		assertThat(references(get("/age?team=none"))).containsExactly("A6");
		JsonNode caseload = get("/caseload");
		assertThat(caseload.path("officers").findValuesAsString("officer")).containsExactly("dave", "alice");
		assertThat(caseload.path("officers").get(1).path("cases").asInt()).isEqualTo(3);
		assertThat(get("/caseload?show=breaches").path("officers").findValuesAsString("officer"))
			.containsExactly("dave");
	}

	@Test
	void refusesAnUnknownStandardTeamOrListing() {
		String base = "/api/tenants/" + this.tenant + "/service-standards";

		assertThat(this.api.get(base + "/nothing").status()).isEqualTo(404);
		Api.Response team = this.api.get(base + "/age?team=east");
		assertThat(team.status()).isEqualTo(400);
		assertThat(team.body().toString()).contains("service-standard.team-unknown").contains("/team");
		Api.Response show = this.api.get(base + "/age?show=overdue");
		assertThat(show.status()).isEqualTo(400);
		assertThat(show.body().toString()).contains("service-standard.show-unknown");
	}

	private void on(String day) {
		this.clock.set(day + "T09:00:00Z");
	}

	private void allocated(CaseApi cases, String name, String team, String officer) {
		String reference = logged(cases);
		this.refs.put(name, reference);
		cases.acted(reference, "allocate", Map.of("officer", officer, "team", team));
	}

	private String ref(String name) {
		return this.refs.get(name);
	}

	private static String logged(CaseApi cases) {
		return cases
			.logged(Map.of("feedbackType", "complaint", "channel", "phone", "data", Map.of("summary", "About us")))
			.path("reference")
			.asString();
	}

	private JsonNode get(String path) {
		Api.Response response = this.api.get("/api/tenants/" + this.tenant + "/service-standards" + path);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return response.body();
	}

	private static JsonNode standard(JsonNode board, String id) {
		for (JsonNode standard : board.path("standards")) {
			if (standard.path("id").asString().equals(id)) {
				return standard;
			}
		}
		throw new AssertionError("No standard " + id);
	}

	private List<String> references(JsonNode drill) {
		Map<String, String> names = new java.util.HashMap<>();
		this.refs.forEach((name, reference) -> names.put(reference, name));
		return drill.path("cases").findValuesAsString("reference").stream().map(names::get).toList();
	}

	private static void assertTally(JsonNode standard, double figure, long numerator, long denominator, boolean met,
			long breaches) {
		JsonNode tally = standard.path("tally");
		assertThat(tally.path("figure").asDouble()).as(standard.path("id").asString()).isEqualTo(figure);
		assertThat(tally.path("numerator").asLong()).isEqualTo(numerator);
		assertThat(tally.path("denominator").asLong()).isEqualTo(denominator);
		assertThat(tally.path("met").asBoolean()).isEqualTo(met);
		assertThat(tally.path("breaches").asLong()).isEqualTo(breaches);
	}

	private static void assertTeams(JsonNode standard, String first, double firstFigure, long firstNumerator,
			long firstDenominator, boolean firstMet, long firstBreaches, String second, double secondFigure,
			long secondNumerator, long secondDenominator, boolean secondMet, long secondBreaches) {
		JsonNode teams = standard.path("teams");
		assertThat(teams.get(0).path("name").asString()).isEqualTo(first);
		assertTally(teams.get(0), firstFigure, firstNumerator, firstDenominator, firstMet, firstBreaches);
		assertThat(teams.get(1).path("name").asString()).isEqualTo(second);
		assertTally(teams.get(1), secondFigure, secondNumerator, secondDenominator, secondMet, secondBreaches);
	}

}
