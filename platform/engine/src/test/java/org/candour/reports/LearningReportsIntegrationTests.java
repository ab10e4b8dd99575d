package org.candour.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.CaseApi;
import org.candour.support.ConfigFixtures;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.support.TestTokens;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base pack's learning reports count the learning records and their actions as the
 * learning register shows them: by theme and directorate (the directorate of the record's
 * first case), open and overdue derived from the application clock's today, actions
 * completed by their due date from the day they were first marked done.
 */
@CandourIntegrationTest
class LearningReportsIntegrationTests {

	private static final String BASE = "base-uk-public-body";

	private static final String BY_THEME = "learning-by-theme-and-directorate";

	private static final String ACTIONS = "actions-overdue-and-completed";

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestTokens tokens;

	@Autowired
	TestClock clock;

	@Autowired
	ReportRunner runner;

	@Autowired
	ActiveConfigurations configurations;

	private String tenant;

	@BeforeEach
	void learningOfTwoDirectorates() {
		List<ObjectNode> documents = new ArrayList<>(ConfigFixtures.documents("chc-two-stage"));
		documents.add(ConfigFixtures.shipped(BASE, "code-list.learning-themes.json"));
		documents.add(ConfigFixtures.shipped(BASE, "report." + BY_THEME + ".json"));
		documents.add(ConfigFixtures.shipped(BASE, "report." + ACTIONS + ".json"));
		this.clock.set("2026-11-18T10:00:00Z");
		this.tenant = this.testTenants.withConfiguration("Learning reports", documents);
		CaseApi cases = new CaseApi(this.api, this.tenant);
		// place (highways maintenance): one action overdue since 10 November, one due 1
		// December
		recorded("communication", logged(cases, "highways-maintenance"), action("2026-11-02", "2026-11-10"),
				action("2026-11-18", "2026-12-01"));
		// housing (repairs team): both done today, the first after its due date; the
		// second
		// verified
		String housing = recorded("delay", logged(cases, "repairs-team"), action("2026-10-20", "2026-11-01"),
				action("2026-11-18", "2026-11-30"));
		Api.Response done = this.api.patch(learning() + "/" + housing,
				Map.of("version", 0, "actions", Map.of("A1", Map.of("state", "done"), "A2", Map.of("state", "done"))));
		assertThat(done.status()).as(done.body().toString()).isEqualTo(200);
		String manager = this.tokens.member("manager-lrn", this.tenant, Set.of("MANAGER"), Set.of());
		Api.Response verified = this.api.sendAs(manager, "PATCH", learning() + "/" + housing,
				Map.of("version", 1, "actions", Map.of("A2", Map.of("state", "verified"))));
		assertThat(verified.status()).as(verified.body().toString()).isEqualTo(200);
	}

	@Test
	void countsRecordsByThemeAndDirectorateAsTheRegisterShowsThem() {
		ReportTable table = run(BY_THEME);

		// theme, directorate: records, open, overdue, actions, actions overdue
		assertThat(rows(table, "records", "open", "overdue", "actions", "actions-overdue", "publishable"))
			.containsExactly("communication/place 1 1 1 2 1 0", "delay/housing 1 1 0 2 0 0");
		assertThat(table.totals().get("records").value()).isEqualTo(2.0);
	}

	@Test
	void countsActionsOverdueAndCompletedOnTheApplicationClock() {
		ReportTable today = run(ACTIONS);

		// directorate: due, completed, completed by the due date, verified, open, overdue
		assertThat(rows(today, "actions", "completed", "completed-on-time", "verified", "open", "overdue"))
			.containsExactly("housing 2 2 50.0(1/2) 1 0 0", "place 2 0 n/a(0/0) 0 1 1");

		this.clock.set("2026-12-02T10:00:00Z");
		ReportTable later = run(ACTIONS);

		assertThat(rows(later, "actions", "completed", "completed-on-time", "verified", "open", "overdue"))
			.as("the action due on 1 December is overdue on the 2nd")
			.containsExactly("housing 2 2 50.0(1/2) 1 0 0", "place 2 0 n/a(0/0) 0 0 2");
		assertThat(rows(run(BY_THEME), "actions-overdue")).containsExactly("communication/place 2", "delay/housing 0");
	}

	@Test
	void countsOnlyTheActionsDueInThePeriod() {
		ReportTable november = run(ACTIONS, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

		assertThat(rows(november, "actions", "overdue")).containsExactly("housing 2 0", "place 1 1");
	}

	private ReportTable run(String report) {
		return run(report, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31));
	}

	private ReportTable run(String report, LocalDate from, LocalDate to) {
		return TenantContext.callAs(CurrentTenant.pooled(this.tenant), () -> {
			CompiledConfiguration model = this.configurations.require().model();
			return this.runner.run(model.reports().get(report),
					new ReportRunner.Run(from, to, null, model.orgStructure()));
		});
	}

	/** Each row as "key/key figure figure…", a percentage as "value(n/d)". */
	private static List<String> rows(ReportTable table, String... measures) {
		List<String> rows = new ArrayList<>();
		for (ReportTable.Row row : table.rows()) {
			StringBuilder text = new StringBuilder(String.join("/", row.key().values()));
			for (String measure : measures) {
				text.append(' ').append(figure(row.values().get(measure)));
			}
			rows.add(text.toString());
		}
		return rows;
	}

	private static String figure(ReportTable.Figure figure) {
		String value = (figure.value() == null) ? "n/a"
				: (figure.denominator() == null) ? String.valueOf(Math.round(figure.value()))
						: String.format(java.util.Locale.ROOT, "%.1f", figure.value());
		return (figure.denominator() == null) ? value
				: value + "(" + figure.numerator() + "/" + figure.denominator() + ")";
	}

	private String recorded(String theme, String reference, Map<String, Object> first, Map<String, Object> second) {
		Api.Response created = this.api.post(learning(), Map.of("statement", "Learning about " + theme, "theme", theme,
				"cases", List.of(reference), "actions", List.of(first, second)));
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return created.body().path("id").asString();
	}

	private static Map<String, Object> action(String start, String due) {
		Map<String, Object> action = new LinkedHashMap<>();
		action.put("description", "Put it right by " + due);
		action.put("owner", Map.of("kind", "person", "id", "officer-lrn"));
		action.put("startDate", start);
		action.put("dueDate", due);
		return action;
	}

	private static String logged(CaseApi cases, String unit) {
		return cases.logged(Map.of("feedbackType", "complaint-stage-1", "channel", "web", "orgUnit", unit, "data",
				Map.of("name", "Alex Smith", "email", "alex@example.org", "service", "highways", "summary",
						"About " + unit, "details", "What happened.")))
			.path("reference")
			.asString();
	}

	private String learning() {
		return "/api/tenants/" + this.tenant + "/learning";
	}

}
