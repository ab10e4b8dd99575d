package org.candour.cases;

import java.util.Map;

import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.CaseApi;
import org.candour.support.ConfigFixtures;
import org.candour.support.TestTenants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A retired feedback type takes no new cases; its open cases continue. */
@CandourIntegrationTest
class RetiredFeedbackTypeIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Test
	void refusesNewCasesOfARetiredTypeAndKeepsItsOpenCasesWorking() {
		String tenant = this.testTenants.withConfiguration("minimal");
		CaseApi cases = new CaseApi(this.api, tenant);
		Map<String, Object> complaint = Map.of("feedbackType", "complaint", "channel", "web", "data",
				Map.of("summary", "Broken lift"));
		String open = cases.logged(complaint).path("reference").asString();

		ObjectNode retired = ConfigFixtures.document("minimal", "feedback-type", "complaint");
		((ObjectNode) retired.path("spec")).put("retired", true);
		String config = "/api/tenants/" + tenant + "/config";
		assertThat(this.api.put(config + "/draft/feedback-type/complaint", retired).status()).isEqualTo(200);
		assertThat(this.api.post(config + "/publish", Map.of("comment", "Retire complaints")).status()).isEqualTo(201);

		Api.Response refused = cases.log(complaint);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.body().at("/errors/0/code").asString()).isEqualTo("feedback-type.retired");
		assertThat(refused.body().at("/errors/0/pointer").asString()).isEqualTo("/feedbackType");

		assertThat(cases.acted(open, "close", Map.of()).path("state").asString()).as("open cases continue")
			.isEqualTo("closed");
	}

}
