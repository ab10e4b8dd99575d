package org.candour.demo.synthetic;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.candour.support.Api;
import org.candour.support.CaseApi;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@CandourIntegrationTest
class SyntheticCasesIntegrationTests {

	private static final String NOW = "2026-11-18T10:00:00Z";

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	@Autowired
	SyntheticCases synthetic;

	@BeforeEach
	void now() {
		this.clock.set(NOW);
	}

	@ParameterizedTest
	@ValueSource(strings = { "chc-two-stage", "ombudsman-service" })
	void generatesVariedCasesThatFollowEveryRule(String set) {
		String tenant = this.testTenants.withConfiguration(set);
		assertThat(generate(tenant, 60, 42L)).isEqualTo(60);
		CaseApi cases = new CaseApi(this.api, tenant);
		JsonNode page = cases.get("?size=200&sort=reference").body();
		assertThat(page.path("page").path("totalElements").asInt()).isGreaterThanOrEqualTo(60);
		List<JsonNode> generated = generated(page);
		assertThat(generated).hasSize(60);
		assertThat(distinct(generated, "state")).hasSizeGreaterThanOrEqualTo(3);
		assertThat(distinct(generated, "channel")).hasSizeGreaterThanOrEqualTo(2);
		assertThat(generated).anyMatch(c -> "closed".equals(c.path("stateCategory").asString())
				&& !c.path("outcome").path("learning").asString("").isBlank());
		assertThat(cases.get("/counts").body().path("breached").asInt()).isPositive();
		Instant earliest = Instant.parse(NOW).atZone(ZoneOffset.UTC).minusMonths(18).toInstant();
		assertThat(generated)
			.allSatisfy(c -> assertThat(Instant.parse(c.path("receivedAt").asString())).isAfter(earliest)
				.isBefore(Instant.parse(NOW)));
		for (JsonNode c : generated.subList(0, 10)) {
			JsonNode verification = cases.get("/" + c.path("reference").asString() + "/history/verify").body();
			assertThat(verification.path("valid").asBoolean()).as(c.path("reference").asString()).isTrue();
		}
	}

	@Test
	void theSameSeedGivesTheSameCases() {
		String first = this.testTenants.withConfiguration("chc-two-stage");
		String second = this.testTenants.withConfiguration("chc-two-stage");
		generate(first, 30, 7L);
		generate(second, 30, 7L);
		List<String> firstCases = fingerprints(first);
		assertThat(firstCases).hasSizeGreaterThanOrEqualTo(30);
		assertThat(fingerprints(second)).isEqualTo(firstCases);
	}

	private int generate(String tenant, int count, long seed) {
		return TenantContext.callAs(CurrentTenant.pooled(tenant), () -> this.synthetic.generate(count, seed));
	}

	private List<String> fingerprints(String tenant) {
		JsonNode page = new CaseApi(this.api, tenant).get("?size=200&sort=reference").body();
		List<String> fingerprints = new ArrayList<>();
		for (JsonNode c : page.path("content")) {
			fingerprints.add(c.path("feedbackType").asString() + "|" + c.path("state").asString() + "|"
					+ c.path("summary").asString());
		}
		return fingerprints;
	}

	/** The cases the generator logged (escalations open linked cases of their own). */
	private static List<JsonNode> generated(JsonNode page) {
		List<JsonNode> generated = new ArrayList<>();
		for (JsonNode c : page.path("content")) {
			if ("Synthetic demo data".equals(c.path("backdatedReason").asString(""))) {
				generated.add(c);
			}
		}
		return generated;
	}

	private static Set<String> distinct(List<JsonNode> cases, String field) {
		return cases.stream().map(c -> c.path(field).asString()).collect(Collectors.toSet());
	}

}
