package org.candour.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.candour.packs.PackZips;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar ({@code target/candour.jar}) running as a child process on the
 * embedded default's H2 file backend: a data directory of the test's, a random port, demo
 * data off, a machine-client secret of the test's. Its output goes to a log file next to
 * the data; the port is read from the line Candour prints once it is ready. It hands out
 * machine-client tokens and deploys the county-council pack as a tenant.
 */
final class PackagedServer {

	private static final Pattern LISTENING = Pattern.compile("Candour listening on http://localhost:(\\d+)");

	private static final Duration STARTUP = Duration.ofSeconds(90);

	private final Process process;

	private final int port;

	private final String clientSecret;

	private PackagedServer(Process process, int port, String clientSecret) {
		this.process = process;
		this.port = port;
		this.clientSecret = clientSecret;
	}

	static PackagedServer start(Path dataDir, String clientSecret, Path log) {
		Path jar = Path.of(System.getProperty("candour.jar", "target/candour.jar"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar.toAbsolutePath() + " is missing: this test runs after `package` "
					+ "(mvn verify), against the packaged jar");
		}
		String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
				"-jar", jar.toAbsolutePath().toString(), "--server.port=0", "--candour.mongodb.embedded.backend=file",
				"--candour.mongodb.embedded.data-dir=" + dataDir, "--candour.demo.enabled=false",
				"--candour.security.bootstrap.client-secret=" + clientSecret,
				"--candour.security.rate-limit.capacity=1000000", "--logging.level.root=WARN",
				"--logging.level.org.candour.mongo=INFO"));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			CompletableFuture<Integer> port = new CompletableFuture<>();
			Thread reader = new Thread(() -> copyOutput(process, log, port), "packaged-server-output");
			reader.setDaemon(true);
			reader.start();
			PackagedServer server = new PackagedServer(process, port.get(STARTUP.toSeconds(), TimeUnit.SECONDS),
					clientSecret);
			server.awaitHealthy();
			return server;
		}
		catch (Exception ex) {
			throw new IllegalStateException("The packaged server did not start; see " + log, ex);
		}
	}

	int port() {
		return this.port;
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** A token of the machine client {@code candour-cli}, a platform administrator. */
	String machineToken() throws IOException, InterruptedException {
		HttpResponse<String> issued = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/oauth2/token")))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString(("candour-cli:" + this.clientSecret).getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (issued.statusCode() != 200) {
			throw new IllegalStateException("No token: " + issued.statusCode() + " " + issued.body());
		}
		return JsonMapper.builder().build().readTree(issued.body()).path("access_token").asString();
	}

	/** Creates {@code tenant} from the shipped county-council pack (and its base). */
	void deployCountyCouncil(String tenant) throws IOException, InterruptedException {
		HttpResponse<String> deployed = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI
					.create(url("/api/platform/tenants/" + tenant + "/packs?createTenant=true&pack=county-council")))
				.header("Authorization", "Bearer " + machineToken())
				.header("Content-Type", "application/zip")
				.POST(HttpRequest.BodyPublishers.ofByteArray(PackZips.of(PackZips.PACKS.resolve("county-council"),
						PackZips.PACKS.resolve("base-uk-public-body"))))
				.build(), HttpResponse.BodyHandlers.ofString());
		if (deployed.statusCode() != 201) {
			throw new IllegalStateException("Not deployed: " + deployed.statusCode() + " " + deployed.body());
		}
	}

	/** {@code kill -9}: on Linux, {@link Process#destroyForcibly} sends SIGKILL. */
	void kill() {
		this.process.destroyForcibly();
		waitForExit();
	}

	/** A normal shutdown (SIGTERM). */
	void stop() {
		this.process.destroy();
		waitForExit();
	}

	private void waitForExit() {
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
				this.process.waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void awaitHealthy() throws IOException, InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + STARTUP.toNanos();
		while (System.nanoTime() < deadline) {
			HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build(),
					HttpResponse.BodyHandlers.ofString());
			if (health.statusCode() == 200) {
				return;
			}
			Thread.onSpinWait();
		}
		throw new IllegalStateException("Not healthy within " + STARTUP);
	}

	private static void copyOutput(Process process, Path log, CompletableFuture<Integer> port) {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
				Writer out = Files.newBufferedWriter(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				out.write(line);
				out.write('\n');
				Matcher listening = LISTENING.matcher(line);
				if (listening.find()) {
					out.flush();
					port.complete(Integer.valueOf(listening.group(1)));
				}
			}
		}
		catch (IOException ex) {
			port.completeExceptionally(new UncheckedIOException(ex));
		}
		port.completeExceptionally(new IllegalStateException("The server exited before it was ready"));
	}

}
