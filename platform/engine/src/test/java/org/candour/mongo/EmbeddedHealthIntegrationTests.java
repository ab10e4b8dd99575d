package org.candour.mongo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.candour.CandourApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health tells the truth about the embedded file store: DOWN once it can no longer keep
 * writes, even though it still answers {@code ping}.
 */
class EmbeddedHealthIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void healthIsDownOnceTheStoresBackgroundWriterHasStopped() throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CandourApplication.class).run(
				"--server.port=0", "--candour.mongodb.embedded.backend=file",
				"--candour.mongodb.embedded.data-dir=" + this.dataDir, "--candour.demo.enabled=false")) {
			int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			assertThat(health(port).statusCode()).isEqualTo(200);

			context.getBean(EmbeddedMongoServer.class).fileStore().orElseThrow().setAutoCommitDelay(0);

			HttpResponse<String> down = health(port);
			assertThat(down.statusCode()).isEqualTo(503);
			assertThat(down.body()).contains("\"DOWN\"");
		}
	}

	private static HttpResponse<String> health(int port) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
