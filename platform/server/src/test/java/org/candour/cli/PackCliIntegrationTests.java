package org.candour.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.candour.web.CandourWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

@CandourWebTest
class PackCliIntegrationTests {

	static final Path PACKS = Path.of("../../tenant-configs").toAbsolutePath().normalize();

	@Value("${local.server.port}")
	int port;

	@TempDir
	Path root;

	@Test
	void validateExitsZeroForAValidPackOneForProblemsTwoForUsage() throws IOException {
		assertThat(cli("validate", PACKS.resolve("base-uk-public-body").toString()).code()).isZero();
		Path broken = brokenPack();
		Result result = cli("validate", broken.toString());
		assertThat(result.code()).isEqualTo(1);
		assertThat(result.out()).contains("broken/feedback-type.broken.json:/spec/form ref.form-missing");
		assertThat(cli("validate").code()).isEqualTo(2);
		assertThat(cli("explode", "x").code()).isEqualTo(2);
		assertThat(cli("validate", this.root.resolve("nowhere").toString()).code()).isEqualTo(2);
		assertThat(cli("deploy", PACKS.resolve("base-uk-public-body").toString()).code()).as("no --tenant")
			.isEqualTo(2);
	}

	@Test
	void diffAndDeployTalkToTheServer() throws IOException {
		Path pack = this.root.resolve("small-council");
		Files.createDirectories(pack);
		Files.writeString(pack.resolve("manifest.json"), "{\"id\": \"small-council\", \"version\": \"1.0.0\","
				+ " \"title\": \"Small council\", \"extends\": \"base-uk-public-body\", \"defaults\": {\"kind\": \"council\","
				+ " \"division\": \"england-and-wales\", \"branding\": {\"name\": \"Small Council\"}}}");
		assertThat(cli("diff", pack.toString(), "--tenant", "small", "--server", server(), "--token", "forged").code())
			.as("without a valid token")
			.isEqualTo(1);
		String token = token();
		Result diff = cli("diff", pack.toString(), "--tenant", "small", "--server", server(), "--token", token);
		assertThat(diff.out()).contains("+ calendar/working-days").contains("would publish");
		assertThat(diff.code()).isZero();
		Result missingTenant = cli("deploy", pack.toString(), "--tenant", "small", "--server", server(), "--token",
				token);
		assertThat(missingTenant.code()).isEqualTo(1);
		Result deployed = cli("deploy", pack.toString(), "--tenant", "small", "--create-tenant", "--server", server(),
				"--token", token);
		assertThat(deployed.code()).isZero();
		assertThat(deployed.out()).contains("deployed small-council@1.0.0 to small as version 1");
		Result again = cli("deploy", pack.toString(), "--tenant", "small", "--server", server(), "--token", token);
		assertThat(again.out()).contains("no change");
		Result broken = cli("deploy", brokenPack().toString(), "--tenant", "small", "--server", server(), "--token",
				token);
		assertThat(broken.code()).isEqualTo(1);
		assertThat(broken.out()).contains("broken/feedback-type.broken.json:/spec/form ref.form-missing");
	}

	/**
	 * A platform-admin token for the CLI, from the embedded server's client credentials.
	 */
	private String token() {
		try {
			HttpResponse<String> issued = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(server() + "/oauth2/token"))
					.header("Authorization",
							"Basic " + Base64.getEncoder()
								.encodeToString("candour-cli:candour-cli-secret".getBytes(StandardCharsets.UTF_8)))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
			return JsonMapper.builder().build().readTree(issued.body()).path("access_token").asString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Path brokenPack() throws IOException {
		Path broken = this.root.resolve("broken");
		Files.createDirectories(broken);
		Files.writeString(broken.resolve("manifest.json"),
				"{\"id\": \"broken\", \"version\": \"1.0.0\", \"title\": \"Broken\"}");
		Files.writeString(broken.resolve("feedback-type.broken.json"),
				"{\"kind\": \"feedback-type\", \"id\": \"broken\","
						+ " \"title\": \"Broken\", \"spec\": {\"category\": \"complaint\", \"form\": \"nowhere\", \"workflow\": \"none\"}}");
		return broken;
	}

	private String server() {
		return "http://localhost:" + this.port;
	}

	private static Result cli(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = PackCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(code, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
	}

	record Result(int code, String out) {
	}

}
