package org.candour.packs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.candour.definition.pack.PackRepository;
import org.candour.definition.pack.PackSource;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestClock;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays every {@code *.scenario.json} of every shipped pack (see
 * tenant-configs/SCENARIOS.md) against a fresh tenant deployed from that pack: each
 * pack's main paths, driven through the API.
 */
@CandourIntegrationTest
class PackScenarioIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Api api;

	@Autowired
	TestClock clock;

	@Autowired
	PackDeployment deployment;

	@TestFactory
	Stream<DynamicTest> everyPackScenarioRunsOnAFreshTenant() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		try (Stream<Path> files = Files.walk(PackZips.PACKS)) {
			for (Path scenario : files.filter(f -> f.toString().endsWith(".scenario.json")).sorted().toList()) {
				Path pack = scenario.getParent();
				tests.add(DynamicTest.dynamicTest(pack.getFileName() + "/" + scenario.getFileName(),
						() -> replay(pack, JSON.readTree(scenario.toFile()))));
			}
		}
		assertThat(tests).as("shipped scenarios").isNotEmpty();
		return tests.stream();
	}

	private void replay(Path pack, JsonNode scenario) {
		String tenant = "s-" + UUID.randomUUID().toString().substring(0, 8);
		this.deployment.deploy(tenant, PackSource.fromDirectory(pack), PackRepository.directory(PackZips.PACKS), false,
				true);
		this.clock.set(scenario.path("receivedAt").asString("2026-11-18T10:00:00Z"));
		ObjectNode body = JSON.createObjectNode();
		body.put("feedbackType", scenario.path("feedbackType").asString());
		body.put("channel", scenario.path("channel").asString("web"));
		body.set("data", scenario.path("data"));
		if (scenario.has("people")) {
			body.set("people", scenario.path("people"));
		}
		String base = "/api/tenants/" + tenant + "/cases";
		Api.Response logged = this.api.post(base, body);
		assertThat(logged.status()).as("log: %s", logged.body()).isEqualTo(201);
		JsonNode current = logged.body();
		check(scenario.path("expect"), current, "after logging");
		int index = 0;
		for (JsonNode step : scenario.path("steps")) {
			index++;
			if (step.has("at")) {
				this.clock.set(step.path("at").asString());
			}
			if (step.has("case")) {
				String linked = linked(current, step.path("case").asString());
				assertThat(linked)
					.as("step %d: no %s link on %s", index, step.path("case").asString(),
							current.path("reference").asString())
					.isNotNull();
				current = this.api.get(base + "/" + linked).body();
			}
			String reference = current.path("reference").asString();
			if (!step.has("action")) {
				check(step.path("expect"), current, "step " + index);
				continue;
			}
			ObjectNode request = JSON.createObjectNode();
			request.set("inputs", step.has("inputs") ? step.path("inputs") : JSON.createObjectNode());
			Api.Response response = this.api.post(base + "/" + reference + "/actions/" + step.path("action").asString(),
					request);
			int expected = step.path("expectStatus").asInt(200);
			assertThat(response.status()).as("step %d %s: %s", index, step.path("action").asString(), response.body())
				.isEqualTo(expected);
			current = expected == 200 ? response.body() : this.api.get(base + "/" + reference).body();
			check(step.path("expect"), current, "step " + index + " " + step.path("action").asString());
		}
		assertThat(this.api.get(base + "/" + current.path("reference").asString() + "/history/verify")
			.body()
			.path("valid")
			.asBoolean()).isTrue();
	}

	private static void check(JsonNode expect, JsonNode actual, String where) {
		if (expect.has("state")) {
			assertThat(actual.path("state").asString()).as(where + " state").isEqualTo(expect.path("state").asString());
		}
		if (expect.has("stateCategory")) {
			assertThat(actual.path("stateCategory").asString()).as(where + " category")
				.isEqualTo(expect.path("stateCategory").asString());
		}
		expect.path("due")
			.properties()
			.forEach(entry -> assertThat(clock(actual, entry.getKey()).path("dueDate").asString())
				.as(where + " due " + entry.getKey())
				.isEqualTo(entry.getValue().asString()));
		expect.path("status")
			.properties()
			.forEach(entry -> assertThat(clock(actual, entry.getKey()).path("status").asString())
				.as(where + " status " + entry.getKey())
				.isEqualTo(entry.getValue().asString()));
		expect.path("outcome")
			.properties()
			.forEach(entry -> assertThat(actual.path("outcome").path(entry.getKey()))
				.as(where + " outcome " + entry.getKey())
				.isEqualTo(entry.getValue()));
	}

	private static JsonNode clock(JsonNode feedbackCase, String id) {
		return feedbackCase.path("clocks")
			.valueStream()
			.filter(c -> c.path("id").asString().equals(id))
			.findFirst()
			.orElse(JSON.missingNode());
	}

	private static String linked(JsonNode feedbackCase, String relation) {
		return feedbackCase.path("links")
			.valueStream()
			.filter(link -> link.path("relation").asString().equals(relation))
			.map(link -> link.path("reference").asString())
			.reduce((first, second) -> second)
			.orElse(null);
	}

}
