package org.candour.tenancy;

import java.util.Map;

import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@CandourIntegrationTest
class TenantApiIntegrationTests {

	@Autowired
	Api api;

	@Test
	void registersListsReadsAndChangesATenant() {
		Api.Response created = this.api.post("/api/platform/tenants", Map.of("id", "north-shire", "name",
				"North Shire County Council", "kind", "council", "division", "england-and-wales"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body().path("status").asString()).isEqualTo("active");
		assertThat(created.body().path("isolation").asString()).isEqualTo("pooled");
		assertThat(created.body().path("createdAt").asString()).isNotBlank();

		assertThat(this.api.get("/api/platform/tenants").body().findValuesAsString("id")).contains("north-shire");
		assertThat(this.api.get("/api/platform/tenants/north-shire").body().path("name").asString())
			.isEqualTo("North Shire County Council");

		Api.Response changed = this.api.patch("/api/platform/tenants/north-shire",
				Map.of("name", "North Shire Council", "division", "scotland"));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.body().path("name").asString()).isEqualTo("North Shire Council");
		assertThat(changed.body().path("division").asString()).isEqualTo("scotland");
		assertThat(changed.body().path("kind").asString()).isEqualTo("council");
	}

	@ParameterizedTest
	@ValueSource(strings = { "AB-council", "ab", "-leading", "trailing-", "double--hyphen", "spaces here",
			"a-name-that-is-far-too-long-for-a-tenant-slug" })
	void refusesSlugsThatAreNotLowercaseHyphenated3To40Characters(String slug) {
		Api.Response refused = this.api.post("/api/platform/tenants",
				Map.of("id", slug, "name", "X", "kind", "council", "division", "england-and-wales"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.body().path("errors").findValuesAsString("pointer")).contains("/id");
		assertThat(this.api.get("/api/platform/tenants/" + slug.replace(" ", "%20")).status()).isEqualTo(404);
	}

	@Test
	void namesEveryInvalidFieldAndStoresNothing() {
		Api.Response refused = this.api.post("/api/platform/tenants",
				Map.of("id", "fine-id", "name", "", "kind", "parish", "isolation", "shared"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().path("errors").findValuesAsString("pointer")).contains("/name", "/kind", "/division",
				"/isolation");
		assertThat(this.api.get("/api/platform/tenants/fine-id").status()).isEqualTo(404);
	}

	@Test
	void refusesADuplicateTenant() {
		String id = this.api.newTenant("pooled");
		Api.Response again = this.api.post("/api/platform/tenants",
				Map.of("id", id, "name", "Again", "kind", "council", "division", "england-and-wales"));
		assertThat(again.status()).isEqualTo(409);
	}

	@Test
	void refusesChangesToIdOrIsolation() {
		String id = this.api.newTenant("pooled");
		Api.Response refused = this.api.patch("/api/platform/tenants/" + id, Map.of("isolation", "siloed"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().path("errors").findValuesAsString("pointer")).contains("/isolation");
	}

	@Test
	void suspendedTenantIsRefusedAndNothingChanges() {
		String id = this.api.newTenant("pooled");
		assertThat(this.api.patch("/api/platform/tenants/" + id, Map.of("status", "suspended")).status())
			.isEqualTo(200);

		Api.Response read = this.api.get("/api/tenants/" + id + "/config/draft");
		assertThat(read.status()).isEqualTo(403);
		assertThat(read.header("Content-Type")).startsWith("application/problem+json");
		assertThat(read.body().path("title").asString()).isEqualTo("Tenant suspended");
		Api.Response write = this.api.put("/api/tenants/" + id + "/config/draft/calendar/main", Map.of("kind",
				"calendar", "id", "main", "title", "Calendar", "spec", Map.of("division", "england-and-wales")));
		assertThat(write.status()).isEqualTo(403);

		this.api.patch("/api/platform/tenants/" + id, Map.of("status", "active"));
		assertThat(this.api.get("/api/tenants/" + id + "/config/draft").body().path("documents").size()).isZero();
	}

	@Test
	void unknownTenantIsNotFound() {
		Api.Response response = this.api.get("/api/tenants/no-such-tenant/config/draft");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void everyResponseCarriesARequestId() {
		assertThat(this.api.get("/api/platform/tenants").header("X-Request-Id")).isNotBlank();
		assertThat(this.api.send("GET", "/api/platform/tenants", null, Map.of("X-Request-Id", "abc-123"))
			.header("X-Request-Id")).isEqualTo("abc-123");
	}

}
