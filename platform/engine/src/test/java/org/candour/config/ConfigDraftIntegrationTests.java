package org.candour.config;

import java.util.Map;

import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.ConfigFixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@CandourIntegrationTest
class ConfigDraftIntegrationTests {

	@Autowired
	Api api;

	@Test
	void storesReadsListsAndDeletesDraftDocuments() {
		String tenant = this.api.newTenant("pooled");
		ConfigFixtures.draft(this.api, tenant, "minimal");
		JsonNode draft = this.api.get(base(tenant) + "/draft").body();
		assertThat(draft.path("documents").valueStream().map(doc -> doc.path("id").asString()))
			.containsExactlyInAnyOrder("complaint", "complaint-form", "complaint-flow", "structure");
		assertThat(this.api.get(base(tenant) + "/draft/workflow/complaint-flow")
			.body()
			.path("spec")
			.path("initialState")
			.asString()).isEqualTo("new");
		assertThat(this.api.delete(base(tenant) + "/draft/org-structure/structure").status()).isEqualTo(204);
		assertThat(this.api.get(base(tenant) + "/draft/org-structure/structure").status()).isEqualTo(404);
	}

	@Test
	void refusesADocumentThatViolatesItsMetaSchemaAndStoresNothing() {
		String tenant = this.api.newTenant("pooled");
		ObjectNode workflow = ConfigFixtures.document("minimal", "workflow", "complaint-flow");
		((ObjectNode) workflow.path("spec").path("states").get(1)).put("category", "finished");
		Api.Response refused = this.api.put(base(tenant) + "/draft/workflow/complaint-flow", workflow);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.body().path("errors").findValuesAsString("pointer")).contains("/spec/states/1/category");
		assertThat(refused.body().path("errors").findValuesAsString("document")).contains("workflow/complaint-flow");
		assertThat(this.api.get(base(tenant) + "/draft/workflow/complaint-flow").status()).isEqualTo(404);
	}

	@Test
	void refusesADocumentStoredUnderAnotherKindOrId() {
		String tenant = this.api.newTenant("pooled");
		Api.Response refused = this.api.put(base(tenant) + "/draft/form/other-id",
				ConfigFixtures.document("minimal", "form", "complaint-form"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().path("errors").findValuesAsString("code")).contains("doc.id-mismatch");
	}

	@Test
	void refusesMalformedJsonWithAProblemDocument() {
		String tenant = this.api.newTenant("pooled");
		Api.Response refused = this.api.put(base(tenant) + "/draft/form/x", "{\"kind\": ");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body().path("errors").findValuesAsString("code")).contains("malformed-json");
	}

	@Test
	void danglingReferenceFailsValidateAndPublishNamingDocumentAndPointer() {
		String tenant = this.api.newTenant("pooled");
		ConfigFixtures.draft(this.api, tenant, "minimal");
		ObjectNode type = ConfigFixtures.document("minimal", "feedback-type", "complaint");
		((ObjectNode) type.path("spec")).put("workflow", "no-such-workflow");
		assertThat(this.api.put(base(tenant) + "/draft/feedback-type/complaint", type).status()).isEqualTo(200);

		JsonNode report = this.api.post(base(tenant) + "/validate", null).body();
		assertThat(report.path("valid").asBoolean()).isFalse();
		JsonNode problem = report.path("errors").get(0);
		assertThat(problem.path("code").asString()).isEqualTo("ref.workflow-missing");
		assertThat(problem.path("document").asString()).isEqualTo("feedback-type/complaint");
		assertThat(problem.path("pointer").asString()).isEqualTo("/spec/workflow");

		Api.Response publish = this.api.post(base(tenant) + "/publish", Map.of("comment", "should fail"));
		assertThat(publish.status()).isEqualTo(422);
		assertThat(publish.body().path("errors").get(0).path("pointer").asString()).isEqualTo("/spec/workflow");
		assertThat(this.api.get(base(tenant) + "/versions").body().size()).isZero();
	}

	@Test
	void validDraftValidatesWithWarningsApart() {
		String tenant = this.api.newTenant("pooled");
		ConfigFixtures.draft(this.api, tenant, "minimal");
		JsonNode report = this.api.post(base(tenant) + "/validate", null).body();
		assertThat(report.path("valid").asBoolean()).as(report.toString()).isTrue();
		assertThat(report.path("errors").size()).isZero();
		assertThat(report.has("warnings")).isTrue();
	}

	@Test
	void servesTheMetaSchemaOfEveryKind() {
		for (String kind : new String[] { "feedback-type", "form", "workflow", "org-structure", "calendar", "role",
				"notification-template", "report", "code-list", "branding", "manifest" }) {
			Api.Response schema = this.api.get("/schemas/" + kind + ".schema.json");
			assertThat(schema.status()).as(kind).isEqualTo(200);
			assertThat(schema.body().path("$schema").asString())
				.isEqualTo("https://json-schema.org/draft/2020-12/schema");
		}
		assertThat(this.api.get("/schemas/nothing.schema.json").status()).isEqualTo(404);
	}

	private static String base(String tenant) {
		return "/api/tenants/" + tenant + "/config";
	}

}
