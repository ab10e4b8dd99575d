package org.candour.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.candour.api.Refusal;
import org.candour.definition.ConfigDocument;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.ConfigFixtures;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CandourIntegrationTest
class ConfigVersionIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	InjectedFailures failures;

	@Autowired
	ConfigPublisher publisher;

	@Autowired
	ActiveConfigurations active;

	@Autowired
	MongoClient rawClient;

	@Autowired
	MongoTemplate mongo;

	@Test
	void publishesDiffsAndRollsBackVersions() {
		String tenant = this.api.newTenant("pooled");
		ConfigFixtures.draft(this.api, tenant, "minimal");
		Api.Response first = this.api.post(base(tenant) + "/publish", Map.of("comment", "First go-live"));
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.body().path("number").asInt()).isEqualTo(1);
		assertThat(first.body().path("comment").asString()).isEqualTo("First go-live");
		assertThat(first.body().path("previousHash").asString()).isEmpty();

		ObjectNode form = ConfigFixtures.document("minimal", "form", "complaint-form");
		((ObjectNode) form.path("spec").path("schema").path("properties").path("summary")).put("maxLength", 120);
		this.api.put(base(tenant) + "/draft/form/complaint-form", form);
		Api.Response second = this.api.post(base(tenant) + "/publish", Map.of("comment", "Shorter summaries"));
		assertThat(second.body().path("number").asInt()).isEqualTo(2);
		assertThat(second.body().path("previousHash").asString()).isEqualTo(first.body().path("hash").asString());

		JsonNode diff = this.api.get(base(tenant) + "/versions/1/diff/2").body().path("documents");
		assertThat(diff.size()).isEqualTo(1);
		assertThat(diff.get(0).path("document").asString()).isEqualTo("form/complaint-form");
		assertThat(diff.get(0).path("change").asString()).isEqualTo("changed");
		JsonNode op = diff.get(0).path("patch").get(0);
		assertThat(op.path("op").asString()).isEqualTo("replace");
		assertThat(op.path("path").asString()).isEqualTo("/spec/schema/properties/summary/maxLength");
		assertThat(op.path("value").asInt()).isEqualTo(120);

		Api.Response rollback = this.api.post(base(tenant) + "/versions/1/rollback", Map.of("comment", "Undo"));
		assertThat(rollback.status()).isEqualTo(201);
		assertThat(rollback.body().path("number").asInt()).isEqualTo(3);
		assertThat(rollback.body().path("rollbackOf").asInt()).isEqualTo(1);
		assertThat(rollback.body().path("contentHash").asString())
			.isEqualTo(first.body().path("contentHash").asString());
		assertThat(this.api.get(base(tenant) + "/versions/1/diff/3").body().path("documents").size()).isZero();
		assertThat(this.api.get(base(tenant) + "/active").body().path("number").asInt()).isEqualTo(3);
		assertThat(this.api.get(base(tenant) + "/draft/form/complaint-form")
			.body()
			.path("spec")
			.path("schema")
			.path("properties")
			.path("summary")
			.path("maxLength")
			.asInt()).isEqualTo(200);

		JsonNode versions = this.api.get(base(tenant) + "/versions").body();
		assertThat(versions.findValuesAsString("publishedBy")).hasSize(3);
		assertThat(versions.get(0).path("active").asBoolean()).isTrue();
		assertThat(this.api.get(base(tenant) + "/versions/verify").body().path("valid").asBoolean()).isTrue();
	}

	@Test
	void publishingUnchangedContentCreatesNoVersion() {
		String tenant = this.api.newTenant("pooled");
		ConfigFixtures.draft(this.api, tenant, "minimal");
		assertThat(this.api.post(base(tenant) + "/publish", Map.of()).status()).isEqualTo(201);
		Api.Response again = this.api.post(base(tenant) + "/publish", Map.of());
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body().path("number").asInt()).isEqualTo(1);
		assertThat(this.api.get(base(tenant) + "/versions").body().size()).isEqualTo(1);
	}

	@Test
	void failureBetweenWritingTheVersionAndMovingThePointerLeavesTheOldVersionActive() {
		String tenant = this.api.newTenant("pooled");
		ConfigFixtures.draft(this.api, tenant, "minimal");
		this.api.post(base(tenant) + "/publish", Map.of("comment", "v1"));
		JsonNode activeBefore = this.api.get(base(tenant) + "/active").body();

		this.api.delete(base(tenant) + "/draft/org-structure/structure");
		ObjectNode type = ConfigFixtures.document("minimal", "feedback-type", "complaint");
		((ObjectNode) type.path("spec")).remove("defaultOrgUnit");
		this.api.put(base(tenant) + "/draft/feedback-type/complaint", type);
		this.failures.failNextPublicationOf(tenant);
		Api.Response failed = this.api.post(base(tenant) + "/publish", Map.of("comment", "v2 that fails"));
		assertThat(failed.status()).isEqualTo(500);

		assertThat(this.api.get(base(tenant) + "/active").body()).isEqualTo(activeBefore);
		assertThat(this.api.get(base(tenant) + "/versions").body().size()).isEqualTo(1);
		assertThat(this.api.get(base(tenant) + "/versions/2").status()).isEqualTo(404);
		assertThat(this.api.get(base(tenant) + "/versions/verify").body().path("valid").asBoolean()).isTrue();

		Api.Response retried = this.api.post(base(tenant) + "/publish", Map.of("comment", "v2 again"));
		assertThat(retried.status()).isEqualTo(201);
		assertThat(retried.body().path("number").asInt()).isEqualTo(2);
		assertThat(retried.body().path("comment").asString()).isEqualTo("v2 again");
		assertThat(this.api.get(base(tenant) + "/versions/verify").body().path("valid").asBoolean()).isTrue();
	}

	@Test
	void concurrentPublishesNeverShareAVersionNumber() throws Exception {
		String tenant = this.api.newTenant("pooled");
		CurrentTenant current = CurrentTenant.pooled(tenant);
		List<ConfigDocument> base = ConfigFixtures.documents("minimal").stream().map(ConfigDocument::of).toList();
		ExecutorService pool = Executors.newFixedThreadPool(6);
		List<Future<Integer>> results = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			List<ConfigDocument> variant = withSummaryLength(base, 100 + i);
			Callable<Integer> publish = () -> TenantContext.callAs(current,
					() -> this.publisher.publish(variant, "concurrent", null).version().number());
			results.add(pool.submit(publish));
		}
		Set<Integer> numbers = new HashSet<>();
		int conflicts = 0;
		for (Future<Integer> result : results) {
			try {
				numbers.add(result.get());
			}
			catch (java.util.concurrent.ExecutionException ex) {
				assertThat(ex.getCause()).isInstanceOf(Refusal.class);
				conflicts++;
			}
		}
		pool.shutdown();
		assertThat(numbers).hasSize(12 - conflicts);
		assertThat(numbers).allMatch(n -> n >= 1 && n <= 12);
		JsonNode versions = this.api.get(base(tenant) + "/versions").body();
		assertThat(versions.size()).isEqualTo(numbers.size());
		assertThat(this.api.get(base(tenant) + "/versions/verify").body().path("valid").asBoolean()).isTrue();
	}

	@Test
	void verificationFindsATamperedVersion() {
		String tenant = this.api.newTenant("pooled");
		ConfigFixtures.draft(this.api, tenant, "minimal");
		this.api.post(base(tenant) + "/publish", Map.of("comment", "v1"));
		this.api.post(base(tenant) + "/versions/1/rollback", Map.of());
		ObjectNode form = ConfigFixtures.document("minimal", "form", "complaint-form");
		((ObjectNode) form).put("title", "Changed");
		this.api.put(base(tenant) + "/draft/form/complaint-form", form);
		this.api.post(base(tenant) + "/publish", Map.of("comment", "v2"));

		this.rawClient.getDatabase(this.mongo.getDb().getName())
			.getCollection("config_versions")
			.updateOne(new Document("_id", tenant + ":1"), new Document("$set", new Document("comment", "rewritten")));

		JsonNode report = this.api.get(base(tenant) + "/versions/verify").body();
		assertThat(report.path("valid").asBoolean()).isFalse();
		assertThat(report.path("firstBroken").asInt()).isEqualTo(1);
	}

	@Test
	void activeConfigurationIsRefreshedWhenAnotherInstancePublishes() {
		String tenant = this.api.newTenant("pooled");
		ConfigFixtures.draft(this.api, tenant, "minimal");
		this.api.post(base(tenant) + "/publish", Map.of());
		CurrentTenant current = CurrentTenant.pooled(tenant);
		assertThat(TenantContext.callAs(current, () -> this.active.current().orElseThrow().number())).isEqualTo(1);
		// another instance moves the pointer: only the shared database changes, no local
		// event
		this.rawClient.getDatabase(this.mongo.getDb().getName())
			.getCollection("config_versions")
			.find(new Document("_id", tenant + ":1"))
			.forEach(v -> {
				v.put("_id", tenant + ":2");
				v.put("number", 2);
				this.rawClient.getDatabase(this.mongo.getDb().getName()).getCollection("config_versions").insertOne(v);
			});
		this.rawClient.getDatabase(this.mongo.getDb().getName())
			.getCollection("config_heads")
			.updateOne(new Document("_id", tenant), new Document("$set", new Document("active", 2)));
		ActiveConfigurations noCacheTime = new ActiveConfigurations(new ConfigHeads(this.mongo),
				new ConfigVersions(this.mongo, tools.jackson.databind.json.JsonMapper.builder().build(),
						new org.candour.definition.Schemas()),
				new ConfigSettings(java.time.Duration.ZERO, java.time.Duration.ofSeconds(60),
						java.time.Duration.ofSeconds(1), 512),
				java.util.Optional.empty());
		assertThat(TenantContext.callAs(current, () -> noCacheTime.current().orElseThrow().number())).isEqualTo(2);
	}

	@Test
	void compiledVersionsAreKeptUpToTheCacheSizeThenTheLeastRecentlyUsedIsCompiledAgain() {
		String tenant = this.api.newTenant("pooled");
		ConfigFixtures.draft(this.api, tenant, "minimal");
		this.api.post(base(tenant) + "/publish", Map.of("comment", "v1"));
		ConfigFixtures.draft(this.api, tenant, "minimal");
		JsonNode form = this.api.get(base(tenant) + "/draft/form/complaint-form").body();
		((ObjectNode) form.path("spec").path("schema").path("properties")).putObject("extra").put("type", "string");
		this.api.put(base(tenant) + "/draft/form/complaint-form", form);
		this.api.post(base(tenant) + "/publish", Map.of("comment", "v2"));
		ActiveConfigurations oneVersion = new ActiveConfigurations(new ConfigHeads(this.mongo),
				new ConfigVersions(this.mongo, tools.jackson.databind.json.JsonMapper.builder().build(),
						new org.candour.definition.Schemas()),
				new ConfigSettings(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(60),
						java.time.Duration.ofSeconds(1), 1),
				java.util.Optional.empty());
		CurrentTenant current = CurrentTenant.pooled(tenant);

		TenantContext.runAs(current, () -> {
			ConfigVersion first = oneVersion.version(1);
			assertThat(oneVersion.version(1).model()).as("kept").isSameAs(first.model());
			assertThat(oneVersion.version(2)
				.model()
				.form("complaint-form")
				.orElseThrow()
				.schema()
				.path("properties")
				.has("extra")).isTrue();
			assertThat(oneVersion.version(1).model()).as("evicted by version 2, compiled again")
				.isNotSameAs(first.model());
		});
	}

	@Test
	void rollbackOfAnUnknownVersionIsNotFound() {
		String tenant = this.api.newTenant("pooled");
		assertThat(this.api.post(base(tenant) + "/versions/7/rollback", Map.of()).status()).isEqualTo(404);
		assertThatThrownBy(
				() -> TenantContext.runAs(CurrentTenant.pooled(tenant), () -> this.publisher.rollback(7, "")))
			.isInstanceOf(Refusal.class);
	}

	private static List<ConfigDocument> withSummaryLength(List<ConfigDocument> base, int length) {
		return base.stream().map(doc -> {
			if (!doc.id().equals("complaint-form")) {
				return doc;
			}
			ObjectNode copy = doc.content().deepCopy();
			((ObjectNode) copy.path("spec").path("schema").path("properties").path("summary")).put("maxLength", length);
			return ConfigDocument.of(copy);
		}).toList();
	}

	private static String base(String tenant) {
		return "/api/tenants/" + tenant + "/config";
	}

}
