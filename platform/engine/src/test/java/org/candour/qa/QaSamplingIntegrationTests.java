package org.candour.qa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.candour.api.EndpointRoles;
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
import org.candour.support.TestTokens;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * QA sampling by a tenant's policy, through the API: the configured share of the cases
 * closed in the month before is drawn, deterministically in the seed; line-manager and
 * thematic sampling draw what they are configured to; scores are checked; the month's
 * figures match hand counts.
 */
@CandourIntegrationTest
class QaSamplingIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String MANAGER = "qa-line-manager";

	private static final String REVIEWER = "qa-central-reviewer";

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	@Autowired
	TestTokens tokens;

	@Autowired
	TenantManagement tenants;

	@Autowired
	QaSampling sampling;

	@Autowired
	ReportRunner reports;

	@Autowired
	ActiveConfigurations configurations;

	@Test
	void drawsTheConfiguredShareOfClosedCasesDeterministicallyInTheSeed() {
		Casework first = casework();
		Casework second = casework();

		JsonNode run = this.api.post(runs(first.tenant), Map.of("seed", "november")).body();
		this.api.post(runs(second.tenant), Map.of("seed", "november"));

		// 25 cases closed in October: 10% is 2.5, rounded up to 3
		assertThat(run.path("closedCases").asInt()).isEqualTo(25);
		assertThat(run.path("central").asInt()).isEqualTo(3);
		List<String> drawn = references(first.tenant, "central");
		assertThat(drawn).hasSize(3).allMatch(first.closedInOctober::contains);
		assertThat(drawn)
			.containsExactlyInAnyOrderElementsOf(rankedFirst("november:central", first.closedInOctober, 3));
		// the same seed over the same cases (another tenant, logged alike) draws the same
		assertThat(references(second.tenant, "central")).containsExactlyInAnyOrderElementsOf(drawn);
		// another seed, another month's run: an independent draw
		this.clock.set("2026-12-01T09:00:00Z");
		this.api.post(runs(second.tenant), Map.of("period", "2026-12", "seed", "december"));
		assertThat(references(second.tenant, "central", "2026-12"))
			.containsExactlyInAnyOrderElementsOf(rankedFirst("december:central", second.closedInNovember, 1));
	}

	@Test
	void drawsEachOfficersOpenCasesAndTheThematicReviewsCases() {
		Casework work = casework();

		JsonNode run = this.api.post(runs(work.tenant), Map.of("seed", "s")).body();

		// one open case of each of the two officers; cases without an officer are not
		// drawn
		assertThat(run.path("lineManager").asInt()).isEqualTo(2);
		JsonNode lineManager = samples(work.tenant, "?kind=line-manager");
		assertThat(lineManager.findValuesAsString("officer")).containsExactlyInAnyOrder("officer-a", "officer-b");
		assertThat(lineManager.findValuesAsString("caseReference")).allMatch(work.openAssigned::contains);
		assertThat(lineManager.get(0).path("needs")).containsExactly(JSON.getNodeFactory().stringNode("manager"));
		// thematic: highways cases closed in October, at most 4 (there are 5)
		JsonNode thematic = samples(work.tenant, "?kind=thematic");
		assertThat(thematic).hasSize(4);
		assertThat(thematic.findValuesAsString("caseReference")).allMatch(work.highwaysClosedInOctober::contains);
		assertThat(thematic.get(0).path("review").path("title").asString()).isEqualTo("Highways complaints");
		assertThat(thematic.get(0).path("standards").findValuesAsString("id")).containsExactly("right-decision",
				"on-time", "clear-letter");
	}

	@Test
	void theScheduledTickDrawsEachMonthOnceOnTheApplicationClock() {
		Casework work = casework();
		this.clock.set("2026-10-31T23:30:00Z");
		// still October in London (GMT): October has no run and is drawn now
		assertThat(tick(work.tenant)).isTrue();
		assertThat(this.api.get(runsOf(work.tenant)).body().path("items").findValuesAsString("period"))
			.containsExactly("2026-10");
		assertThat(tick(work.tenant)).isFalse();

		this.clock.set("2026-11-01T00:30:00Z");
		assertThat(tick(work.tenant)).isTrue();
		JsonNode runs = this.api.get(runsOf(work.tenant)).body().path("items");
		assertThat(runs.findValuesAsString("period")).containsExactly("2026-11", "2026-10");
		assertThat(runs.get(0).path("by").asString()).isEqualTo("schedule");
		assertThat(runs.get(0).path("seed").asString()).isEqualTo(work.tenant + ":2026-11");
		assertThat(runs.get(0).path("central").asInt()).isEqualTo(3);
		// the month is drawn: by hand it is 409
		assertThat(this.api.post(runs(work.tenant), Map.of("period", "2026-11")).status()).isEqualTo(409);
	}

	@Test
	void theFiguresMatchHandCountsOfTheScores() {
		Casework work = casework();
		this.api.post(runs(work.tenant), Map.of("seed", "figures"));
		String manager = this.tokens.member(MANAGER, work.tenant, Set.of(EndpointRoles.MANAGER), Set.of());
		String reviewer = this.tokens.member(REVIEWER, work.tenant, Set.of(EndpointRoles.MANAGER), Set.of());
		List<String> central = ids(samples(work.tenant, "?kind=central"));
		List<String> thematic = ids(samples(work.tenant, "?kind=thematic"));
		List<String> lineManager = ids(samples(work.tenant, "?kind=line-manager"));

		// central 1: both all yes (agree, outcome and method met)
		score(reviewer, work.tenant, central.get(0), "central", "yes", "yes", "yes");
		score(manager, work.tenant, central.get(0), "manager", "yes", "yes", "yes");
		// central 2: central method partly, manager all yes (disagree; method not met)
		score(reviewer, work.tenant, central.get(1), "central", "yes", "partly", "yes");
		score(manager, work.tenant, central.get(1), "manager", "yes", "yes", "yes");
		// central 3: only the manager (needs central too: not done; verdict = manager's)
		score(manager, work.tenant, central.get(2), "manager", "no", "yes", "yes");
		// thematic 1: central, outcome no; thematic 2: central all yes
		score(reviewer, work.tenant, thematic.get(0), "central", "no", "yes", "yes");
		score(reviewer, work.tenant, thematic.get(1), "central", "yes", "yes", "yes");
		// line manager 1: all yes
		score(manager, work.tenant, lineManager.get(0), "manager", "yes", "yes", "no");

		JsonNode figures = this.api.get("/api/tenants/" + work.tenant + "/qa/figures?period=2026-11").body();
		// 3 central + 4 thematic + 2 line-manager samples
		assertThat(figures.path("samples").asInt()).isEqualTo(9);
		// scored: central 1-3, thematic 1-2, line manager 1 = 6; outcome met: c1, c2, t2,
		// l1 = 4
		assertThat(figure(figures, "outcomeMet")).isEqualTo("98 4/6 66.7 false");
		// method met: c1, c3 (manager's verdict), t1, t2 = 4 of 6 (c2 partly, l1 no)
		assertThat(figure(figures, "methodMet")).isEqualTo("80 4/6 66.7 false");
		// scored by both: c1 (agree), c2 (disagree)
		assertThat(figure(figures, "agreement")).isEqualTo("90 1/2 50.0 false");
		// done: c1, c2, t1, t2, l1 = 5 of 9
		assertThat(figure(figures, "samplingDone")).isEqualTo("100 5/9 55.6 false");
		assertThat(samples(work.tenant, "?status=awaiting&reviewer=central")).hasSize(3);
		assertThat(samples(work.tenant, "?status=done")).hasSize(5);
		// the base pack's report counts the same, each figure against its target
		ReportTable.Row november = TenantContext.callAs(this.tenants.get(work.tenant).asCurrent(), () -> {
			CompiledConfiguration model = this.configurations.require().model();
			return this.reports
				.run(model.reports().get("qa-results-against-targets"),
						new ReportRunner.Run(java.time.LocalDate.of(2026, 4, 1), java.time.LocalDate.of(2027, 3, 31),
								null, model.orgStructure()))
				.rows()
				.get(0);
		});
		assertThat(november.key()).containsEntry("month", "2026-11");
		assertThat(november.values().get("samples").value()).isEqualTo(9.0);
		assertThat(fraction(november, "outcome-met")).isEqualTo("4/6");
		assertThat(fraction(november, "method-met")).isEqualTo("4/6");
		assertThat(fraction(november, "agreement")).isEqualTo("1/2");
		assertThat(fraction(november, "sampling-done")).isEqualTo("5/9");
	}

	private static String fraction(ReportTable.Row row, String measure) {
		ReportTable.Figure figure = row.values().get(measure);
		return figure.numerator() + "/" + figure.denominator();
	}

	@Test
	void refusesAnIncompleteScoreAndReviewersWhoMayNotScore() {
		Casework work = casework();
		this.api.post(runs(work.tenant), Map.of("seed", "refusals"));
		String officer = this.tokens.member("officer-a", work.tenant, Set.of(EndpointRoles.MANAGER), Set.of());
		String manager = this.tokens.member(MANAGER, work.tenant, Set.of(EndpointRoles.MANAGER), Set.of());
		String admin = this.tokens.member("qa-admin", work.tenant, Set.of(EndpointRoles.TENANT_ADMIN), Set.of());
		String auditor = this.tokens.member("qa-auditor", work.tenant, Set.of(EndpointRoles.AUDITOR), Set.of());
		JsonNode own = StreamSupport.stream(samples(work.tenant, "?kind=line-manager").spliterator(), false)
			.filter(sample -> "officer-a".equals(sample.path("officer").asString()))
			.findFirst()
			.orElseThrow();
		String id = own.path("id").asString();

		Api.Response incomplete = this.api.sendAs(manager, "POST", score(work.tenant, id),
				Map.of("reviewer", "manager", "answers", Map.of("right-decision", Map.of("answer", "partly"), "on-time",
						Map.of("answer", "yes"), "no-such-standard", Map.of("answer", "yes"))));
		assertThat(incomplete.status()).isEqualTo(422);
		assertThat(errors(incomplete)).containsExactly("/answers/right-decision/comment qa.comment-required",
				"/answers/clear-letter qa.answer-required", "/answers/no-such-standard qa.standard-unknown");
		Api.Response badBody = this.api.sendAs(manager, "POST", score(work.tenant, id),
				Map.of("reviewer", "manager", "answers", Map.of("on-time", Map.of("answer", "maybe"))));
		assertThat(badBody.status()).isEqualTo(422);
		assertThat(errors(badBody)).containsExactly("/answers/on-time/answer schema.enum");
		assertThat(this.api.sendAs(officer, "POST", score(work.tenant, id), allYes("manager"))
			.body()
			.path("errors")
			.get(0)
			.path("code")
			.asString()).isEqualTo("qa.own-case");
		// the policy names only MANAGER for managers' scores
		assertThat(this.api.sendAs(admin, "POST", score(work.tenant, id), allYes("manager")).status()).isEqualTo(403);
		assertThat(this.api.sendAs(auditor, "POST", score(work.tenant, id), allYes("manager")).status()).isEqualTo(403);
		// a line-manager sample is not scored centrally
		assertThat(errors(this.api.sendAs(admin, "POST", score(work.tenant, id), allYes("central"))))
			.containsExactly("/reviewer qa.reviewer-not-needed");
		JsonNode unchanged = this.api.get("/api/tenants/" + work.tenant + "/qa/samples/" + id).body();
		assertThat(unchanged.path("status").asString()).isEqualTo("awaiting");
		assertThat(unchanged.path("version").asInt()).isZero();

		Api.Response stale = this.api.sendAs(manager, "POST", score(work.tenant, id),
				withVersion(allYes("manager"), 7));
		assertThat(stale.status()).isEqualTo(409);
		Api.Response scored = this.api.sendAs(manager, "POST", score(work.tenant, id),
				withVersion(allYes("manager"), 0));
		assertThat(scored.status()).as(scored.body().toString()).isEqualTo(200);
		assertThat(scored.body().path("status").asString()).isEqualTo("done");
		assertThat(scored.body().at("/scores/manager/by").asString()).isEqualTo(MANAGER);
		assertThat(scored.body().at("/scores/manager/at").asString()).isEqualTo("2026-11-02T09:00:00Z");
		assertThat(scored.body().at("/scores/manager/outcomeMet").asBoolean()).isTrue();
		assertThat(this.api.sendAs(manager, "POST", score(work.tenant, id), allYes("manager")).status()).isEqualTo(409);
		assertThat(this.api.get("/api/tenants/" + work.tenant + "/qa/samples?status=bogus").status()).isEqualTo(400);
	}

	@Test
	void refusesAMonthStillToComeAndATenantWithoutAPolicy() {
		Casework work = casework();
		Api.Response future = this.api.post(runs(work.tenant), Map.of("period", "2026-12"));
		assertThat(errors(future)).containsExactly("/period qa.period-future");
		String bare = this.testTenants.withConfiguration("chc-two-stage");
		assertThat(errors(this.api.post(runs(bare), Map.of()))).containsExactly(" qa.no-policy");
	}

	/** Scored answers for the three standards, in order, with a comment on each. */
	private void score(String token, String tenant, String id, String reviewer, String... answers) {
		List<String> standards = List.of("right-decision", "on-time", "clear-letter");
		Map<String, Object> given = new LinkedHashMap<>();
		for (int i = 0; i < standards.size(); i++) {
			given.put(standards.get(i), Map.of("answer", answers[i], "comment", "Checked"));
		}
		Api.Response response = this.api.sendAs(token, "POST", score(tenant, id),
				Map.of("reviewer", reviewer, "answers", given));
		if (response.status() != 200) {
			throw new IllegalStateException("Not scored: " + response.body());
		}
	}

	private static Map<String, Object> allYes(String reviewer) {
		return Map.of("reviewer", reviewer, "answers", Map.of("right-decision", Map.of("answer", "yes"), "on-time",
				Map.of("answer", "yes"), "clear-letter", Map.of("answer", "yes")));
	}

	private static Map<String, Object> withVersion(Map<String, Object> body, int version) {
		Map<String, Object> versioned = new LinkedHashMap<>(body);
		versioned.put("version", version);
		return versioned;
	}

	private boolean tick(String tenant) {
		return TenantContext.callAs(this.tenants.find(tenant).orElseThrow().asCurrent(),
				() -> this.sampling.runDue().isPresent());
	}

	private static String figure(JsonNode figures, String id) {
		JsonNode figure = StreamSupport.stream(figures.path("figures").spliterator(), false)
			.filter(one -> one.path("id").asString().equals(id))
			.findFirst()
			.orElseThrow();
		return figure.path("target").asString() + " " + figure.path("numerator").asInt() + "/"
				+ figure.path("denominator").asInt() + " " + figure.path("figure").asString() + " "
				+ figure.path("met").asString();
	}

	/**
	 * The references the documented draw takes: lowest SHA-256 of seed, newline,
	 * reference.
	 */
	private static List<String> rankedFirst(String seed, List<String> references, int count) {
		return references.stream()
			.sorted(Comparator.comparing((String reference) -> sha256(seed + "\n" + reference)))
			.limit(count)
			.toList();
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<String> references(String tenant, String kind) {
		return references(tenant, kind, "2026-11");
	}

	private List<String> references(String tenant, String kind, String period) {
		return samples(tenant, "?kind=" + kind + "&period=" + period).findValuesAsString("caseReference");
	}

	private JsonNode samples(String tenant, String query) {
		Api.Response listed = this.api.get("/api/tenants/" + tenant + "/qa/samples" + query);
		assertThat(listed.status()).as(listed.body().toString()).isEqualTo(200);
		return listed.body().path("items");
	}

	private static List<String> ids(JsonNode samples) {
		return samples.findValuesAsString("id").stream().sorted().toList();
	}

	private static String runs(String tenant) {
		return "/api/tenants/" + tenant + "/qa/runs";
	}

	private static String runsOf(String tenant) {
		return runs(tenant);
	}

	private static String score(String tenant, String id) {
		return "/api/tenants/" + tenant + "/qa/samples/" + id + "/score";
	}

	private static List<String> errors(Api.Response response) {
		List<String> errors = new ArrayList<>();
		response.body()
			.path("errors")
			.forEach(error -> errors.add(error.path("pointer").asString() + " " + error.path("code").asString()));
		return errors;
	}

	/**
	 * A tenant with a QA policy and its casework: 25 cases closed in October 2026 (5 of
	 * them about highways), 10 closed in November, 3 open cases of officer-a, 2 of
	 * officer-b and 2 open without an officer; the clock is left at 2 November.
	 */
	private Casework casework() {
		String tenant = this.testTenants.withConfiguration("QA sampling", configuration());
		CaseApi cases = new CaseApi(this.api, tenant);
		Casework work = new Casework(tenant);
		this.clock.set("2026-10-05T10:00:00Z");
		for (int i = 0; i < 25; i++) {
			String reference = logged(cases, i < 5 ? "highways" : "waste-recycling");
			cases.acted(reference, "withdraw", Map.of("reason", "Resolved by phone"));
			work.closedInOctober.add(reference);
			if (i < 5) {
				work.highwaysClosedInOctober.add(reference);
			}
		}
		List<String> openInOctober = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			openInOctober.add(logged(cases, "highways"));
		}
		for (String officer : List.of("officer-a", "officer-a", "officer-a", "officer-b", "officer-b")) {
			String reference = logged(cases, "waste-recycling");
			cases.acted(reference, "allocate", Map.of("officer", officer));
			work.openAssigned.add(reference);
		}
		logged(cases, "waste-recycling");
		logged(cases, "waste-recycling");
		this.clock.set("2026-11-02T09:00:00Z");
		for (String reference : openInOctober) {
			cases.acted(reference, "withdraw", Map.of("reason", "Withdrawn"));
			work.closedInNovember.add(reference);
		}
		return work;
	}

	private static String logged(CaseApi cases, String service) {
		return cases.logged(Map.of("feedbackType", "complaint-stage-1", "channel", "web", "data",
				Map.of("name", "Alex Smith", "email", "alex@example.org", "service", service, "summary",
						"About " + service, "details", "What happened.")))
			.path("reference")
			.asString();
	}

	/** chc-two-stage with an allocate action on stage 1 and a QA policy. */
	private static List<ObjectNode> configuration() {
		List<ObjectNode> documents = new ArrayList<>(ConfigFixtures.documents("chc-two-stage"));
		documents.add(ConfigFixtures.shipped("base-uk-public-body", "report.qa-results-against-targets.json"));
		for (ObjectNode document : documents) {
			if ("workflow".equals(document.path("kind").asString())
					&& "complaint-stage-1".equals(document.path("id").asString())) {
				((ArrayNode) document.withArray("/spec/transitions")).add(JSON.readTree("""
						{"action": "allocate", "label": "Allocate", "from": ["new"], "to": "acknowledged",
						 "roles": ["OFFICER", "MANAGER"],
						 "inputs": {"type": "object", "required": ["officer"],
						            "properties": {"officer": {"type": "string", "minLength": 1}}},
						 "effects": [{"type": "assign", "to": "officer", "source": "/inputs/officer"}]}
						"""));
			}
		}
		documents.add((ObjectNode) JSON.readTree("""
				{"kind": "qa-policy", "id": "quality", "title": "Quality", "spec": {
				  "sampling": {
				    "lineManager": {"openCasesPerOfficer": 1},
				    "central": {"percentOfClosed": 10, "managerAlsoScores": true},
				    "thematic": [{"id": "highways", "title": "Highways complaints", "from": "closed",
				                  "feedbackTypes": ["complaint-stage-1"],
				                  "where": {"properties": {"data": {"properties": {"service": {"const": "highways"}}}}},
				                  "cases": 4}]
				  },
				  "standards": {
				    "outcome": [{"id": "right-decision", "question": "Was the right decision reached?"}],
				    "method": [{"id": "on-time", "question": "Was it answered on time?"},
				               {"id": "clear-letter", "question": "Was the response clear?"}],
				    "commentRequired": ["no", "partly"]
				  },
				  "reviewers": {"manager": ["MANAGER"], "central": ["MANAGER", "TENANT_ADMIN"]},
				  "targets": {"outcomeMet": 98, "methodMet": 80, "agreement": 90, "samplingDone": 100}
				}}
				"""));
		return documents;
	}

	private static final class Casework {

		final String tenant;

		final List<String> closedInOctober = new ArrayList<>();

		final List<String> highwaysClosedInOctober = new ArrayList<>();

		final List<String> closedInNovember = new ArrayList<>();

		final List<String> openAssigned = new ArrayList<>();

		Casework(String tenant) {
			this.tenant = tenant;
		}

	}

}
