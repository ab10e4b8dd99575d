package org.candour.packs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@CandourIntegrationTest
class PackDeploymentIntegrationTests {

	@Autowired
	Api api;

	@TempDir
	Path root;

	@Test
	void deploysAPackCreatingTheTenantFromItsDefaultsThenRedeployingChangesNothing() throws IOException {
		byte[] zip = PackZips.of(PackZips.packOf(this.root, "test-council", "chc-two-stage"),
				PackZips.PACKS.resolve("base-uk-public-body"));
		Api.Response dry = upload("pack-town", zip, "dryRun=true&createTenant=true");
		assertThat(dry.status()).isEqualTo(200);
		assertThat(dry.body().path("tenantCreated").asBoolean()).isTrue();
		assertThat(dry.body().path("diff").findValuesAsString("change")).containsOnly("added");
		assertThat(this.api.get("/api/platform/tenants/pack-town").status()).isEqualTo(404);

		Api.Response deployed = upload("pack-town", zip, "createTenant=true");
		assertThat(deployed.status()).isEqualTo(201);
		assertThat(deployed.body().path("version").asInt()).isEqualTo(1);
		JsonNode tenant = this.api.get("/api/platform/tenants/pack-town").body();
		assertThat(tenant.path("name").asString()).isEqualTo("Test Council");
		assertThat(tenant.path("division").asString()).isEqualTo("scotland");
		JsonNode active = this.api.get("/api/tenants/pack-town/config/active").body();
		assertThat(active.path("documents").findValuesAsString("id")).contains("complaint-stage-1", "outcomes",
				"working-days");
		assertThat(active.path("comment").asString()).isEqualTo("Deployed pack test-council@1.0.0");
		JsonNode stageOne = active.path("documents")
			.valueStream()
			.filter(doc -> doc.path("id").asString().equals("complaint-stage-1")
					&& doc.path("kind").asString().equals("feedback-type"))
			.findFirst()
			.orElseThrow();
		assertThat(stageOne.path("spec").path("referencePrefix").asString()).isEqualTo("COMP");

		Api.Response again = upload("pack-town", zip, "");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body().path("changed").asBoolean()).isFalse();
		assertThat(this.api.get("/api/tenants/pack-town/config/versions").body().size()).isEqualTo(1);
	}

	@Test
	void dryRunOfAChangeReportsTheDiffAndChangesNothing() throws IOException {
		Path pack = PackZips.packOf(this.root, "test-council", "chc-two-stage");
		Path base = PackZips.PACKS.resolve("base-uk-public-body");
		upload("dry-town", PackZips.of(pack, base), "createTenant=true");
		Files.writeString(pack.resolve("calendar.working-days.patch.json"),
				"{\"kind\": \"calendar\", \"id\": \"working-days\", \"patch\": {\"spec\": {\"cutOffTime\": \"16:00\"}}}");
		Api.Response dry = upload("dry-town", PackZips.of(pack, base), "dryRun=true");
		assertThat(dry.body().path("changed").asBoolean()).isTrue();
		JsonNode change = dry.body().path("diff").get(0);
		assertThat(change.path("document").asString()).isEqualTo("calendar/working-days");
		assertThat(change.path("patch").get(0).path("path").asString()).isEqualTo("/spec/cutOffTime");
		assertThat(this.api.get("/api/tenants/dry-town/config/versions").body().size()).isEqualTo(1);
		assertThat(upload("dry-town", PackZips.of(pack, base), "").body().path("version").asInt()).isEqualTo(2);
	}

	@Test
	void aPackWithABrokenReferenceDeploysNothingAndNamesFileAndPointer() throws IOException {
		Path pack = PackZips.packOf(this.root, "broken-council", "chc-two-stage");
		Files.writeString(pack.resolve("feedback-type.broken.json"),
				"{\"kind\": \"feedback-type\", \"id\": \"broken\","
						+ " \"title\": \"Broken\", \"spec\": {\"category\": \"complaint\", \"form\": \"missing-form\","
						+ " \"workflow\": \"complaint-stage-1\"}}");
		Api.Response refused = upload("broken-town", PackZips.of(pack, PackZips.PACKS.resolve("base-uk-public-body")),
				"createTenant=true");
		assertThat(refused.status()).isEqualTo(422);
		JsonNode error = refused.body().path("errors").get(0);
		assertThat(error.path("document").asString()).isEqualTo("broken-council/feedback-type.broken.json");
		assertThat(error.path("pointer").asString()).isEqualTo("/spec/form");
		assertThat(error.path("code").asString()).isEqualTo("ref.form-missing");
		assertThat(this.api.get("/api/platform/tenants/broken-town").status()).isEqualTo(404);
	}

	@Test
	void refusesSomethingThatIsNotAZip() {
		Api.Response refused = this.api.send("POST", "/api/platform/tenants/zip-town/packs?createTenant=true",
				"not a zip", Map.of("Content-Type", "application/zip"));
		assertThat(refused.status()).isEqualTo(400);
	}

	private Api.Response upload(String tenant, byte[] zip, String query) {
		return this.api.sendBytes("/api/platform/tenants/" + tenant + "/packs?" + query, zip);
	}

}
