package org.candour.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.CaseApi;
import org.candour.support.ConfigFixtures;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manager dashboard's figures from cases logged, acknowledged and answered through
 * the case API: open cases by type and state, received and closed per month, this
 * quarter's responses within timescale against the target a report sets, the oldest open
 * cases and the caseload.
 */
@CandourIntegrationTest
class DashboardFiguresIntegrationTests {

	private static final String WORKFLOW = """
			{"kind": "workflow", "id": "complaint-flow", "title": "Complaint handling", "spec": {
			 "initialState": "new",
			 "states": [{"id": "new", "label": "New", "category": "new"},
			  {"id": "open", "label": "Being investigated", "category": "open"},
			  {"id": "closed", "label": "Closed", "category": "closed"}],
			 "transitions": [
			  {"action": "acknowledge", "label": "Acknowledge", "from": ["new"], "to": "open", "roles": ["OFFICER"]},
			  {"action": "respond", "label": "Respond", "from": ["open"], "to": "closed", "roles": ["OFFICER"]}],
			 "clocks": [{"id": "respond", "label": "Response due", "startsOn": {"event": "logged"},
			  "anchor": {"type": "received"}, "duration": "10 working days", "stopsOn": ["respond"]}]}}""";

	private static final String REPORT = """
			{"kind": "report", "id": "timeliness", "title": "Responded within timescale", "spec": {
			 "feedbackTypes": ["complaint"],
			 "measures": [{"id": "within", "label": "Within timescale", "type": "percentage", "target": 85,
			  "where": {"required": ["clocks"], "properties": {"clocks": {"required": ["respond"],
			   "properties": {"respond": {"required": ["status"],
			    "properties": {"status": {"const": "met"}}}}}}}}]}}""";

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TenantManagement tenants;

	@Autowired
	TestClock clock;

	@Autowired
	DashboardFigures figures;

	@Autowired
	JsonMapper json;

	@Test
	void countsOpenReceivedClosedAndAnsweredInTimeCasesAsAtADay() {
		List<ObjectNode> documents = ConfigFixtures.documents("minimal");
		documents.removeIf(document -> "workflow".equals(document.path("kind").asString()));
		documents.add((ObjectNode) this.json.readTree(WORKFLOW));
		documents.add((ObjectNode) this.json.readTree(REPORT));
		String tenant = this.testTenants.withConfiguration("Dashboard", documents);
		CaseApi cases = new CaseApi(this.api, tenant);
		this.clock.set("2026-05-05T10:00:00Z");
		String waiting = log(cases);
		String answeredInTime = log(cases);
		String answeredLate = log(cases);
		cases.acted(answeredInTime, "acknowledge", Map.of());
		cases.acted(answeredLate, "acknowledge", Map.of());
		this.clock.set("2026-05-07T10:00:00Z");
		cases.acted(answeredInTime, "respond", Map.of());
		this.clock.set("2026-06-19T10:00:00Z");
		cases.acted(answeredLate, "respond", Map.of());
		String recent = log(cases);

		DashboardFigures.Dashboard dashboard = TenantContext.callAs(this.tenants.get(tenant).asCurrent(),
				() -> this.figures.of(LocalDate.of(2026, 6, 19), ZoneId.of("Europe/London"),
						LocalDate.of(2026, 12, 31)));

		assertThat(dashboard.open())
			.containsExactly(new DashboardFigures.OpenCount("complaint", "Complaint", "new", "New", 2));
		assertThat(dashboard.openTotal()).isEqualTo(2);
		assertThat(dashboard.breached() + dashboard.dueSoon()).as("both open cases have a running clock").isEqualTo(2);
		assertThat(dashboard.months()).hasSize(12);
		assertThat(dashboard.months().get(0).month()).isEqualTo(YearMonth.of(2025, 7));
		assertThat(dashboard.months().get(10)).isEqualTo(new DashboardFigures.Month(YearMonth.of(2026, 5), 3, 1));
		assertThat(dashboard.months().get(11)).isEqualTo(new DashboardFigures.Month(YearMonth.of(2026, 6), 1, 1));
		DashboardFigures.Timeliness timeliness = dashboard.timeliness();
		assertThat(timeliness.from()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(timeliness.to()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(timeliness.met()).isEqualTo(1);
		assertThat(timeliness.answered()).isEqualTo(2);
		assertThat(timeliness.percentage()).isEqualTo(50.0);
		assertThat(timeliness.target()).isEqualTo(85.0);
		assertThat(timeliness.reportTitle()).isEqualTo("Responded within timescale");
		assertThat(dashboard.oldest()).extracting(DashboardFigures.OldCase::reference).containsExactly(waiting, recent);
		assertThat(dashboard.caseload()).containsExactly(new DashboardFigures.Caseload(null, 2));
	}

	private static String log(CaseApi cases) {
		return cases
			.logged(Map.of("feedbackType", "complaint", "channel", "phone", "data", Map.of("summary", "About us")))
			.path("reference")
			.asString();
	}

}
