package org.candour.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The packaged server, on its H2 file backend, killed with SIGKILL while it imports the
 * shipped legacy export ({@code tenant-configs/samples/legacy-complaints.csv}), then
 * restarted on the same data: the import carries on by itself and finishes with the
 * counts an uninterrupted import has, every row's key is one case, and importing the file
 * again brings in nothing. Tagged {@code packaged-server}: run by the
 * {@code packaged-server-tests} execution after {@code package}.
 */
@Tag("packaged-server")
class ImportCrashSafetyTests {

	private static final String TENANT = "import-crash-county";

	private static final String API = "/api/tenants/" + TENANT;

	private static final Path SAMPLES = Path.of("../../tenant-configs/samples").toAbsolutePath().normalize();

	/** Rows dealt with (the header is row 1) once the server is killed. */
	private static final int KILL_AFTER_ROW = 150;

	/** The sample's rows and header. */
	private static final int LAST_ROW = 1001;

	/** The rows the sample breaks on purpose, and the one repeating row 2's key. */
	private static final List<Integer> PROBLEM_ROWS = List.of(42, 88, 151, 234, 319, 403, 518, 645, 778);

	private static final Duration DEADLINE = Duration.ofSeconds(60);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	Path dataDir;

	@Test
	void anImportKilledPartWayFinishesAfterTheRestartWithEveryRowImportedOnce() throws Exception {
		String secret = UUID.randomUUID().toString();
		Path log = Files.createDirectories(Path.of("target/crash-safety"))
			.resolve("import-server-" + UUID.randomUUID() + ".log");
		PackagedServer server = PackagedServer.start(this.dataDir, secret, log);
		String id;
		try {
			server.deployCountyCouncil(TENANT);
			String token = server.machineToken();
			assertThat(send(server, token, "PUT", API + "/members/candour-cli",
					"{\"roles\":[\"TENANT_ADMIN\",\"MANAGER\"]}")
				.statusCode()).isEqualTo(200);
			HttpResponse<String> mapping = send(server, token, "PUT", API + "/import-mappings/legacy-complaints",
					Files.readString(SAMPLES.resolve("legacy-complaints.mapping.json")));
			assertThat(mapping.statusCode()).as(mapping.body()).isEqualTo(200);

			// the import answers once it has finished: it is still running while
			// unanswered
			CompletableFuture<HttpResponse<String>> importing = this.http.sendAsync(importRequest(server, token),
					HttpResponse.BodyHandlers.ofString());
			JsonNode partWay = awaitPartWay(server, token, importing);
			id = partWay.path("id").asString();
			server.kill();
			assertThat(answerOf(importing)).as("the import was answered, so it finished before the kill")
				.isInstanceOf(IOException.class);
		}
		catch (Throwable ex) {
			server.kill();
			throw ex;
		}

		server = PackagedServer.start(this.dataDir, secret, log);
		try {
			String token = server.machineToken();
			JsonNode finished = awaitFinished(server, token, id);
			assertThat(finished.path("status").asString()).isEqualTo("finished");
			assertThat(counts(finished)).as("imported, skipped, failed").containsExactly(991, 1, 8);
			assertThat(finished.path("rowsDone").asInt()).isEqualTo(LAST_ROW);
			assertThat(finished.path("problems").findValues("row").stream().map(JsonNode::asInt).toList())
				.as("each problem recorded once")
				.containsExactlyElementsOf(PROBLEM_ROWS);

			List<JsonNode> cases = allCases(server, token);
			assertThat(cases).hasSize(991);
			assertThat(cases.stream().map(c -> c.path("meta").path("import").path("key").asString())).as("legacy keys")
				.doesNotHaveDuplicates()
				.hasSize(991);
			assertThat(cases.stream().map(c -> c.path("meta").path("import").path("run").asString()))
				.as("the run that imported each case")
				.containsOnly(id);

			HttpResponse<String> again = this.http.send(importRequest(server, token),
					HttpResponse.BodyHandlers.ofString());
			assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
			JsonNode rerun = get(server, token,
					API + "/imports/" + JSON.readTree(again.body()).path("importId").asString());
			assertThat(counts(rerun)).as("imported, skipped, failed again").containsExactly(0, 992, 8);
			assertThat(allCases(server, token)).hasSize(991);
		}
		finally {
			server.stop();
		}
	}

	/**
	 * Polls the newest run until it has dealt with {@value #KILL_AFTER_ROW} rows, failing
	 * if the import finishes first.
	 */
	private JsonNode awaitPartWay(PackagedServer server, String token,
			CompletableFuture<HttpResponse<String>> importing) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + DEADLINE.toNanos();
		while (System.nanoTime() < deadline) {
			JsonNode run = get(server, token, API + "/imports").path(0);
			if (run.path("rowsDone").asInt() >= KILL_AFTER_ROW) {
				assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("running");
				assertThat(run.path("rowsDone").asInt()).as("rows done when killed").isLessThan(LAST_ROW / 2);
				return run;
			}
			if (importing.isDone()) {
				fail("The import finished before it was %d rows in: %s", KILL_AFTER_ROW, run);
			}
		}
		return fail("The import was not %d rows in within %s", KILL_AFTER_ROW, DEADLINE);
	}

	/**
	 * Polls the run until it is no longer running (the restarted server carries it on).
	 */
	private JsonNode awaitFinished(PackagedServer server, String token, String id)
			throws IOException, InterruptedException {
		long deadline = System.nanoTime() + DEADLINE.toNanos();
		JsonNode run = null;
		while (System.nanoTime() < deadline) {
			run = get(server, token, API + "/imports/" + id);
			if (!"running".equals(run.path("status").asString())) {
				return run;
			}
		}
		return fail("The interrupted import did not finish within %s after the restart: %s", DEADLINE, run);
	}

	private static Object answerOf(CompletableFuture<HttpResponse<String>> importing) throws InterruptedException {
		try {
			return importing.get(30, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			return ex.getCause();
		}
		catch (java.util.concurrent.TimeoutException ex) {
			return ex;
		}
	}

	/** Every case of the tenant, in reference order, page by page. */
	private List<JsonNode> allCases(PackagedServer server, String token) throws IOException, InterruptedException {
		List<JsonNode> cases = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode found = get(server, token, API + "/cases?sort=reference&size=200&page=" + page);
			found.path("content").forEach(cases::add);
			if (page + 1 >= found.path("page").path("totalPages").asInt()) {
				return cases;
			}
		}
	}

	private static HttpRequest importRequest(PackagedServer server, String token) throws IOException {
		String boundary = "----candour-" + UUID.randomUUID();
		byte[] file = Files.readAllBytes(SAMPLES.resolve("legacy-complaints.csv"));
		String head = "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"mappingId\"\r\n\r\nlegacy-complaints\r\n" + "--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\nfalse\r\n" + "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"legacy-complaints.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n";
		String tail = "\r\n--" + boundary + "--\r\n";
		return HttpRequest.newBuilder(URI.create(server.url(API + "/imports")))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
					HttpRequest.BodyPublishers.ofByteArray(file), HttpRequest.BodyPublishers.ofString(tail)))
			.build();
	}

	private JsonNode get(PackagedServer server, String token, String path) throws IOException, InterruptedException {
		HttpResponse<String> response = send(server, token, "GET", path, null);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private HttpResponse<String> send(PackagedServer server, String token, String method, String path, String json)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path)))
			.header("Authorization", "Bearer " + token);
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return this.http.send(request
			.method(method,
					json == null ? HttpRequest.BodyPublishers.noBody()
							: HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static List<Integer> counts(JsonNode run) {
		return List.of(run.path("imported").asInt(), run.path("skipped").asInt(), run.path("failed").asInt());
	}

}
