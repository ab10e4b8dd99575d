package org.candour.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.candour.cases.CaseImports;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.CaseApi;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.support.TestTokens;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shipped legacy export ({@code tenant-configs/samples/legacy-complaints.csv}, 1,000
 * corporate complaints from an old CRM) with its shipped mapping, into a county council
 * tenant: the dry run lists each broken row's problem at its row and column and stores
 * nothing; the import brings in every other row once, with a signed history that says
 * where it came from; a second import brings in nothing; an import stopped part-way (a
 * row's case stored, the row not recorded) carries on where it stopped without a
 * duplicate.
 */
@CandourIntegrationTest
class ImportIntegrationTests {

	static final Path SAMPLES = Path.of("../../tenant-configs/samples");

	/** The rows the generator breaks on purpose, and the column each problem is at. */
	static final Map<Integer, String> BROKEN = Map.of(42, "Date Received", 88, "Date Acknowledged", 151, "Subject", 234,
			"Directorate", 319, "Status", 403, "Outcome", 518, "Email", 645, "Date Received");

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestTokens tokens;

	@Autowired
	TestClock clock;

	@Autowired
	ImportExecution execution;

	@Autowired
	ImportResumption resumption;

	@Autowired
	Imports imports;

	@Autowired
	CaseImports cases;

	String tenant;

	@BeforeEach
	void tenant() throws IOException {
		this.clock.set("2026-12-01T10:00:00Z");
		this.tenant = this.testTenants.withShippedPack("imports", "county-council");
		JsonNode mapping = Api.json(Files.readString(SAMPLES.resolve("legacy-complaints.mapping.json")));
		assertThat(this.api.put(base() + "/import-mappings/legacy-complaints", mapping).status()).isEqualTo(200);
	}

	@Test
	void dryRunOfTheShippedSampleListsEveryBrokenRowAtItsColumnAndStoresNothing() throws IOException {
		JsonNode run = run(true);

		assertThat(run.path("status").asString()).isEqualTo("finished");
		assertThat(counts(run)).containsExactly(991, 1, 8);
		Map<Integer, String> problems = StreamSupport.stream(run.path("problems").spliterator(), false)
			.filter(problem -> problem.path("row").asInt() != 778)
			.collect(Collectors.toMap(problem -> problem.path("row").asInt(),
					problem -> problem.path("column").asString()));
		assertThat(problems).isEqualTo(BROKEN);
		assertThat(run.path("problems").findValuesAsString("message")).contains(
				"'31/02/2025' is not a date that can be read for certain: use 14/03/2025, 2025-03-14 or 14 Mar 2025")
			.contains("The status 'Pending Review' has no workflow state in the mapping")
			.contains("The key 'CRM-20007' is in row 2 too: this row is skipped");
		assertThat(caseCount()).as("a dry run stores no case").isZero();
	}

	@Test
	void importsTheSampleOnceWithItsRealDatesAndASignedHistoryAndAReRunImportsNothing() throws IOException {
		JsonNode first = run(false);
		assertThat(counts(first)).containsExactly(991, 1, 8);
		assertThat(caseCount()).isEqualTo(991);

		String reference = TenantContext.callAs(CurrentTenant.pooled(this.tenant),
				() -> this.cases.importedAs("CRM-20007").orElseThrow().value());
		JsonNode feedbackCase = this.api.get(base() + "/cases/" + reference).body();
		assertThat(feedbackCase.path("receivedOn").asString()).isEqualTo("2024-10-07");
		assertThat(CaseApi.status(feedbackCase, "acknowledge")).isEqualTo("met");
		assertThat(CaseApi.status(feedbackCase, "respond")).as("answered 7 working days after acknowledgement")
			.isEqualTo("met");
		assertThat(feedbackCase.path("state").asString()).isEqualTo("closed");
		assertThat(feedbackCase.path("outcome").path("decision").asString()).isEqualTo("partially-upheld");
		assertThat(feedbackCase.path("outcome").path("responseDate").asString()).isEqualTo("2024-10-18");
		JsonNode history = this.api.get(base() + "/cases/" + reference + "/history").body();
		assertThat(history.path(0).path("action").asString()).isEqualTo("import");
		assertThat(history.path(0).path("comment").asString())
			.isEqualTo("Imported from legacy-complaints.csv on 1 December 2026 by " + TestTokens.MEMBER);
		assertThat(this.api.get(base() + "/cases/" + reference + "/history/verify").body().path("valid").asBoolean())
			.isTrue();

		JsonNode again = run(false);
		assertThat(counts(again)).as("imported, skipped, failed").containsExactly(0, 992, 8);
		assertThat(caseCount()).isEqualTo(991);
	}

	@Test
	void anImportStoppedBetweenStoringARowAndRecordingItCarriesOnWithoutDuplicates() throws IOException {
		ImportRun stopped = stoppedAt(300, false);
		assertThat(stopped.status()).isEqualTo("running");
		assertThat(stopped.rowsDone()).as("row 301 stored, not recorded").isEqualTo(300);
		assertThat(stopped.imported()).as("rows 2 to 300 less the four broken").isEqualTo(295);
		assertThat(caseCount()).isEqualTo(296);

		TenantContext.runAs(CurrentTenant.pooled(this.tenant), this.resumption::resumeUnfinished);

		JsonNode finished = this.api.get(base() + "/imports/" + stopped.id()).body();
		assertThat(finished.path("status").asString()).isEqualTo("finished");
		assertThat(counts(finished)).containsExactly(991, 1, 8);
		assertThat(caseCount()).isEqualTo(991);
	}

	@Test
	void oldDirectoratesStatusesAndOutcomesAreFoundInTheMappingsTablesWhateverTheirCase() {
		String csv = """
				Case ID,Date Received,Complainant,Email,Directorate,Service,Subject,Complaint Details,Status,\
				Date Acknowledged,Date Responded,Date Closed,Outcome
				CRM-1,7 Oct 2024,Dev Taylor,dev@example.org,ENVIRONMENT & TRANSPORT,transport,Bus pass late,\
				The bus pass renewal is late.,COMPLETE,9 Oct 2024,18 Oct 2024,21 Oct 2024,partially upheld
				""";

		ImportRun run = TenantContext.callAs(CurrentTenant.pooled(this.tenant), () -> this.imports.start("case.csv",
				csv.getBytes(StandardCharsets.UTF_8), "legacy-complaints", true, "admin"));

		assertThat(run.problems()).isEmpty();
		assertThat(List.of(run.imported(), run.skipped(), run.failed())).containsExactly(1, 0, 0);
	}

	@Test
	void aDryRunStoppedPartWayEndsAsFailedSayingSoWhenTheServerStarts() throws IOException {
		String id = stoppedAt(100, true).id();

		TenantContext.runAs(CurrentTenant.pooled(this.tenant), this.resumption::resumeUnfinished);

		JsonNode stopped = this.api.get(base() + "/imports/" + id).body();
		assertThat(stopped.path("status").asString()).isEqualTo("failed");
		assertThat(stopped.path("finishedAt").asString()).isEqualTo("2026-12-01T10:00:00Z");
		assertThat(stopped.path("problems").findValuesAsString("message"))
			.contains("The check was stopped by a restart of the server after row 100: run it again");
		assertThat(caseCount()).isZero();
	}

	@Test
	void aFileNamingAColumnTwiceIsRefusedBeforeAnyRunStarts() {
		byte[] file = "Case ID,Status,Status\nCRM-1,Open,Closed".getBytes(StandardCharsets.UTF_8);
		Api.Response refused = this.api.postFile(base() + "/imports?mappingId=legacy-complaints&dryRun=true", "file",
				"two-statuses.csv", file, this.tokens.memberOf(this.tenant));

		assertThat(refused.status()).as(refused.body().toString()).isIn(400, 422);
		assertThat(refused.body().path("errors").findValuesAsString("pointer")).containsExactly("/file");
		assertThat(this.api.get(base() + "/imports").body().size()).isZero();
	}

	@Test
	void refusesAMappingThatDoesNotFitTheConfigurationWithAPointerAtEachProblem() {
		Map<String, Object> mapping = Map.of("title", "Broken", "feedbackType", "complaint-stage-1", "keyColumn", "Ref",
				"receivedColumn", "Received", "fields", Map.of("/summary", "Subject", "/shoeSize", "Shoes"), "orgUnit",
				Map.of("column", "Dept", "values", Map.of("Old/Dept", "no-such-unit")), "state",
				Map.of("column", "Status", "values", Map.of("Open", "pending")), "dates",
				List.of(Map.of("column", "Done", "action", "teleport")), "outcome", Map.of("column", "Outcome", "field",
						"decision", "codeList", "outcomes", "values", Map.of("Yes", "maybe")));

		Api.Response refused = this.api.put(base() + "/import-mappings/broken", mapping);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.body().path("errors").findValuesAsString("pointer")).containsExactlyInAnyOrder(
				"/fields/~1shoeSize", "/orgUnit/values/Old~1Dept", "/state/values/Open", "/dates/0/action",
				"/outcome/values/Yes");
		assertThat(this.api.get(base() + "/import-mappings/broken").status()).isEqualTo(404);

		Api.Response unknownType = this.api.put(base() + "/import-mappings/broken",
				Map.of("title", "Broken", "feedbackType", "parking-ticket", "keyColumn", "Ref", "receivedColumn",
						"Received", "state", Map.of("column", "Status")));
		assertThat(unknownType.body().path("errors").findValuesAsString("pointer")).containsExactly("/feedbackType");
		assertThat(this.api.get(base() + "/import-mappings").body().findValuesAsString("id"))
			.containsExactly("legacy-complaints");
	}

	private JsonNode run(boolean dryRun) throws IOException {
		byte[] file = Files.readAllBytes(SAMPLES.resolve("legacy-complaints.csv"));
		Api.Response started = this.api.postFile(base() + "/imports?mappingId=legacy-complaints&dryRun=" + dryRun,
				"file", "legacy-complaints.csv", file, this.tokens.memberOf(this.tenant));
		assertThat(started.status()).as(started.body().toString()).isEqualTo(201);
		return this.api.get(base() + "/imports/" + started.body().path("importId").asString()).body();
	}

	/** The sample's run, stopped by the crash hook at its {@code rows}th row. */
	private ImportRun stoppedAt(int rows, boolean dryRun) throws IOException {
		byte[] file = Files.readAllBytes(SAMPLES.resolve("legacy-complaints.csv"));
		this.execution.crashAfter(rows);
		assertThatThrownBy(() -> TenantContext.runAs(CurrentTenant.pooled(this.tenant),
				() -> this.imports.start("legacy-complaints.csv", file, "legacy-complaints", dryRun, "admin")))
			.isInstanceOf(ImportExecution.SimulatedCrash.class);
		return TenantContext.callAs(CurrentTenant.pooled(this.tenant), () -> this.imports.newest().get(0));
	}

	static List<Integer> counts(JsonNode run) {
		return List.of(run.path("imported").asInt(), run.path("skipped").asInt(), run.path("failed").asInt());
	}

	private long caseCount() {
		JsonNode counts = this.api.get(base() + "/cases/counts").body();
		return counts.path("new").asLong() + counts.path("open").asLong() + counts.path("waiting").asLong()
				+ counts.path("closed").asLong();
	}

	private String base() {
		return "/api/tenants/" + this.tenant;
	}

}
