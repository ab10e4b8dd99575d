package org.candour.reports;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.CaseApi;
import org.candour.support.ConfigFixtures;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/tenants/{t}/reports/runs/{runId}/output.{html|csv|xlsx|pdf}}: a
 * finished run as an attachment of the right type; officers only a published one, in its
 * published rendering; only the formats the report's definition lists (each run says
 * which); problems for an unknown run or format, a format not offered and a run not
 * finished.
 */
@CandourIntegrationTest
class ReportOutputApiIntegrationTests {

	private static final String REPORT = """
			{"kind": "report", "id": "received", "title": "Received by type", "spec": {
			 "feedbackTypes": ["complaint", "compliment"],
			 "dimensions": [{"id": "type", "label": "Type", "field": "feedbackType"}],
			 "measures": [{"id": "received", "label": "Received", "type": "count"}]}}""";

	private static final String CSV_ONLY = """
			{"kind": "report", "id": "by-channel", "title": "Received by channel and type", "spec": {
			 "dimensions": [{"id": "type", "label": "Type", "field": "feedbackType"},
			  {"id": "channel", "label": "Channel", "field": "channel"}],
			 "measures": [{"id": "received", "label": "Received", "type": "count"}],
			 "layout": {"type": "table", "rows": ["channel", "type"]},
			 "outputs": ["csv"]}}""";

	private static final String COMPLIMENT = """
			{"kind": "feedback-type", "id": "compliment", "title": "Compliment",
			 "spec": {"category": "compliment", "form": "complaint-form", "workflow": "complaint-flow"}}""";

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestTokens tokens;

	@Autowired
	TestClock clock;

	@Autowired
	InterruptedRuns interruptions;

	@Autowired
	JsonMapper json;

	String tenant;

	@BeforeEach
	void tenantWithCases() {
		this.clock.set("2026-05-05T10:00:00Z");
		List<ObjectNode> documents = ConfigFixtures.documents("minimal");
		documents.add((ObjectNode) this.json.readTree(REPORT));
		documents.add((ObjectNode) this.json.readTree(CSV_ONLY));
		documents.add((ObjectNode) this.json.readTree(COMPLIMENT));
		this.tenant = this.testTenants.withConfiguration("Report outputs", documents);
		CaseApi cases = new CaseApi(this.api, this.tenant);
		for (int i = 0; i < 2; i++) {
			cases.logged(Map.of("feedbackType", "complaint", "channel", "phone", "orgUnit", "adult-care", "data",
					Map.of("summary", "About the service")));
		}
	}

	@Test
	void aFinishedRunDownloadsAsAnAttachmentInEachFormat() throws Exception {
		String runId = run();

		HttpResponse<byte[]> csv = download("MANAGER", runId, "csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
			.startsWith("attachment; filename=\"received-20260505T1000Z.csv\"");
		assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("Type,Received").contains("2");

		HttpResponse<byte[]> xlsx = download("AUDITOR", runId, "xlsx");
		assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			List<String> cells = new java.util.ArrayList<>();
			workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
			assertThat(cells).contains("Received by type", "Type", "Received", "Complaint");
		}
		assertThat(download("TENANT_ADMIN", runId, "pdf").body()).startsWith("%PDF".getBytes(StandardCharsets.UTF_8));
		assertThat(new String(download("MANAGER", runId, "html").body(), StandardCharsets.UTF_8)).contains("<caption",
				"Received by type");
	}

	@Test
	void officersDownloadOnlyPublishedRunsAndManagersAskForThePublishedRendering() {
		String runId = run();
		assertThat(download("OFFICER", runId, "csv").statusCode()).isEqualTo(404);
		assertThat(download("MANAGER", runId, "csv?published=true").statusCode()).as("not published yet")
			.isEqualTo(404);

		this.api.sendAs(token("MANAGER"), "POST", base() + "/runs/" + runId + "/publish", null);

		assertThat(download("OFFICER", runId, "csv").statusCode()).isEqualTo(200);
		assertThat(download("MANAGER", runId, "csv?published=true").body())
			.isEqualTo(download("OFFICER", runId, "csv").body());
	}

	@Test
	void anUnknownRunOrFormatIsNotFoundAndARunNotFinishedIsAConflict() {
		assertThat(download("MANAGER", UUID.randomUUID().toString(), "csv").statusCode()).isEqualTo(404);
		assertThat(download("MANAGER", run(), "docx").statusCode()).isEqualTo(404);
		this.interruptions.interruptAfterCounting("complaint");
		String failed = run();

		Api.Response conflict = this.api.sendAs(token("MANAGER"), "GET", base() + "/runs/" + failed + "/output.csv",
				null);
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.body().path("runStatus").asString()).isEqualTo("failed");
	}

	@Test
	void aRunOffersOnlyTheFormatsItsDefinitionListsAndRefusesTheOthers() {
		String everyFormat = run();
		String csvOnly = run("by-channel");

		assertThat(strings(runView(everyFormat).path("outputs"))).containsExactly("html", "csv", "xlsx", "pdf");
		assertThat(strings(runView(csvOnly).path("outputs"))).containsExactly("csv");
		HttpResponse<byte[]> csv = download("MANAGER", csvOnly, "csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(new String(csv.body(), StandardCharsets.UTF_8)).as("rows by channel, then type")
			.startsWith("Channel,Type,Received");
		for (String unlisted : List.of("xlsx", "pdf", "html")) {
			Api.Response refused = this.api.sendAs(token("MANAGER"), "GET",
					base() + "/runs/" + csvOnly + "/output." + unlisted, null);
			assertThat(refused.status()).as(unlisted).isEqualTo(404);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
			assertThat(refused.body().at("/errors/0/code").asString()).isEqualTo("report.output-not-offered");
			assertThat(refused.body().at("/errors/0/pointer").asString()).isEqualTo("/format");
			assertThat(strings(refused.body().path("outputs"))).containsExactly("csv");
		}

		this.api.sendAs(token("MANAGER"), "POST", base() + "/runs/" + csvOnly + "/publish", null);

		assertThat(download("OFFICER", csvOnly, "csv").statusCode()).isEqualTo(200);
		assertThat(download("OFFICER", csvOnly, "xlsx").statusCode()).as("published snapshots offer the same")
			.isEqualTo(404);
	}

	private tools.jackson.databind.JsonNode runView(String runId) {
		return this.api.sendAs(token("MANAGER"), "GET", base() + "/runs/" + runId, null).body();
	}

	private static List<String> strings(tools.jackson.databind.JsonNode array) {
		List<String> strings = new java.util.ArrayList<>();
		array.forEach(each -> strings.add(each.asString()));
		return strings;
	}

	private String run() {
		return run("received");
	}

	private String run(String reportId) {
		return this.api.sendAs(token("MANAGER"), "POST", base() + "/" + reportId + "/runs", Map.of())
			.body()
			.path("runId")
			.asString();
	}

	private HttpResponse<byte[]> download(String role, String runId, String format) {
		return this.api.download(base() + "/runs/" + runId + "/output." + format, token(role));
	}

	private String base() {
		return "/api/tenants/" + this.tenant + "/reports";
	}

	private String token(String role) {
		return this.tokens.member(role.toLowerCase() + "@" + this.tenant, this.tenant, Set.of(role), Set.of());
	}

}
