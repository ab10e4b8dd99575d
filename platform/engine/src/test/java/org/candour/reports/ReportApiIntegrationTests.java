package org.candour.reports;

import java.util.List;
import java.util.Set;

import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.ConfigFixtures;
import org.candour.support.TestTenants;
import org.candour.support.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/tenants/{t}/reports}: the report definitions of the active version. */
@CandourIntegrationTest
class ReportApiIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestTokens tokens;

	@Test
	void managersAndAuditorsReadTheActiveVersionsReportDefinitionsOfficersDoNot() {
		List<ObjectNode> documents = ConfigFixtures.documents("minimal");
		documents.add((ObjectNode) tools.jackson.databind.json.JsonMapper.builder().build().readTree("""
				{"kind": "report", "id": "received", "title": "Received", "spec": {"period": {"type": "month"},
				 "dimensions": [{"id": "type", "label": "Type", "field": "feedbackType"}],
				 "measures": [{"id": "received", "label": "Received", "type": "count"}]}}"""));
		String tenant = this.testTenants.withConfiguration("Reports", documents);
		String path = "/api/tenants/" + tenant + "/reports";

		Api.Response manager = this.api.sendAs(token(tenant, "MANAGER"), "GET", path, null);
		Api.Response auditor = this.api.sendAs(token(tenant, "AUDITOR"), "GET", path, null);
		Api.Response officer = this.api.sendAs(token(tenant, "OFFICER"), "GET", path, null);

		assertThat(manager.status()).isEqualTo(200);
		assertThat(manager.body().at("/0/id").asString()).isEqualTo("received");
		assertThat(manager.body().at("/0/period/type").asString()).isEqualTo("month");
		assertThat(manager.body().at("/0/dimensions/0/field").asString()).isEqualTo("feedbackType");
		assertThat(manager.body().at("/0/measures/0/type").asString()).isEqualTo("count");
		assertThat(auditor.status()).isEqualTo(200);
		assertThat(officer.status()).isEqualTo(403);
	}

	@Test
	void theOpenApiDocumentDescribesTheReportingPathsWithTypedSchemas() {
		tools.jackson.databind.JsonNode docs = this.api.get("/v3/api-docs").body();
		tools.jackson.databind.JsonNode paths = docs.path("paths");

		assertThat(paths.has("/api/tenants/{tenant}/reports/{reportId}/runs")).isTrue();
		assertThat(paths.has("/api/tenants/{tenant}/reports/runs/{runId}")).isTrue();
		assertThat(paths.has("/api/tenants/{tenant}/reports/runs/{runId}/publish")).isTrue();
		assertThat(paths.has("/api/tenants/{tenant}/reports/{reportId}/published")).isTrue();
		tools.jackson.databind.JsonNode run = docs.at("/components/schemas/RunView/properties");
		assertThat(run.has("columns") && run.has("rows") && run.has("totals") && run.has("status")).isTrue();
		assertThat(docs.at("/components/schemas/RunRequest/properties/structure/enum").toString())
			.contains("at-the-time", "current");
	}

	private String token(String tenant, String role) {
		return this.tokens.member(role.toLowerCase() + "@" + tenant, tenant, Set.of(role), Set.of());
	}

}
