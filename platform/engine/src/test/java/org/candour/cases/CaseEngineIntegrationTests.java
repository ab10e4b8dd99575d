package org.candour.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.candour.support.Api;
import org.candour.support.CaseApi;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@CandourIntegrationTest
class CaseEngineIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	@Autowired
	MongoClient rawClient;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	ClockSweep sweep;

	@Autowired
	MeterRegistry meters;

	String tenant;

	CaseApi cases;

	@BeforeEach
	void tenant() {
		this.clock.set("2026-11-18T10:00:00Z");
		this.tenant = this.testTenants.withConfiguration("chc-two-stage");
		this.cases = new CaseApi(this.api, this.tenant);
	}

	@Test
	void concurrentActionsOnOneCaseLetExactlyOneWin() throws Exception {
		String reference = logged();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> results = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			Callable<Integer> acknowledge = () -> {
				start.await();
				return this.api
					.post(this.cases.base() + "/" + reference + "/actions/acknowledge",
							Map.of("inputs", Map.of(), "version", 0))
					.status();
			};
			results.add(pool.submit(acknowledge));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> result : results) {
			statuses.add(result.get());
		}
		pool.shutdown();
		assertThat(statuses).containsOnlyOnce(200);
		assertThat(statuses).filteredOn(status -> status != 200).allMatch(status -> status == 409);
		List<String> actions = this.cases.get("/" + reference + "/history").body().findValuesAsString("action");
		assertThat(actions).containsExactly("log", "acknowledge");
	}

	@Test
	void casesLoggedConcurrentlyNeverShareAReference() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<String>> references = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			references.add(pool.submit(() -> logged()));
		}
		java.util.Set<String> distinct = new java.util.HashSet<>();
		for (Future<String> reference : references) {
			distinct.add(reference.get());
		}
		pool.shutdown();
		assertThat(distinct).hasSize(120);
		assertThat(this.cases.get("?size=1").body().path("page").path("totalElements").asInt()).isEqualTo(120);
	}

	@Test
	void staleVersionIsRefusedWithTheCurrentVersion() {
		String reference = logged();
		this.cases.acted(reference, "acknowledge", Map.of());
		Api.Response stale = this.api.post(this.cases.base() + "/" + reference + "/actions/withdraw",
				Map.of("inputs", Map.of("reason", "Resolved by phone"), "version", 0));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.body().path("currentVersion").asInt()).isEqualTo(1);
		assertThat(this.cases.read(reference).path("state").asString()).isEqualTo("acknowledged");
	}

	@Test
	void retriedCreateWithTheSameIdempotencyKeyReturnsTheFirstCase() {
		Map<String, String> key = Map.of("Idempotency-Key", "form-submission-42");
		Api.Response first = this.api.post(this.cases.base(), ComplaintHandlingCodeIntegrationTests.complaint(), key);
		Api.Response retry = this.api.post(this.cases.base(), ComplaintHandlingCodeIntegrationTests.complaint(), key);
		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(200);
		assertThat(retry.body().path("reference").asString()).isEqualTo(first.body().path("reference").asString());
		assertThat(this.cases.get("").body().path("page").path("totalElements").asInt()).isEqualTo(1);
	}

	@Test
	void invalidDataIsRefusedWithPointersAndNothingIsStored() {
		Api.Response refused = this.cases.log(Map.of("feedbackType", "complaint-stage-1", "data",
				Map.of("name", "A", "service", "parks-and-gardens", "summary", "x")));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().path("errors").findValuesAsString("pointer")).contains("/data/details",
				"/data/service");
		assertThat(this.cases.log(Map.of("feedbackType", "no-such-type", "data", Map.of()))
			.body()
			.path("errors")
			.findValuesAsString("pointer")).contains("/feedbackType");
		assertThat(this.cases.get("").body().path("page").path("totalElements").asInt()).isZero();
	}

	@Test
	void backDatedReceiptNeedsAReasonAndCountsFromTheRealReceipt() {
		Map<String, Object> backdated = new java.util.HashMap<>(ComplaintHandlingCodeIntegrationTests.complaint());
		backdated.put("channel", "letter");
		backdated.put("receivedAt", "2026-11-10T09:00:00Z");
		Api.Response refused = this.cases.log(backdated);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().path("errors").findValuesAsString("pointer")).contains("/backdatedReason");
		backdated.put("backdatedReason", "Letter scanned late by the post room");
		JsonNode logged = this.cases.logged(backdated);
		assertThat(logged.path("receivedOn").asString()).isEqualTo("2026-11-10");
		assertThat(CaseApi.due(logged, "acknowledge")).isEqualTo("2026-11-17");
	}

	@Test
	void editingAStoredCaseDirectlyBreaksHistoryVerification() {
		String reference = logged();
		this.cases.acted(reference, "acknowledge", Map.of());
		assertThat(this.cases.get("/" + reference + "/history/verify").body().path("valid").asBoolean()).isTrue();
		this.rawClient.getDatabase(this.mongo.getDb().getName())
			.getCollection("cases")
			.updateOne(new Document("reference", reference).append("tenantId", this.tenant),
					new Document("$set", new Document("history.1.by", "someone-else")));
		JsonNode report = this.cases.get("/" + reference + "/history/verify").body();
		assertThat(report.path("valid").asBoolean()).isFalse();
		assertThat(report.path("firstBroken").asInt()).isEqualTo(2);
	}

	@Test
	void editingTheCaseBodyDirectlyIsDetectedToo() {
		String reference = logged();
		this.rawClient.getDatabase(this.mongo.getDb().getName())
			.getCollection("cases")
			.updateOne(new Document("reference", reference).append("tenantId", this.tenant),
					new Document("$set", new Document("current.state", "closed")));
		assertThat(this.cases.get("/" + reference + "/history/verify").body().path("valid").asBoolean()).isFalse();
	}

	@Test
	void sweepMarksEachBreachOnceHoweverOftenItRuns() throws Exception {
		String reference = logged();
		this.clock.set("2026-11-26T09:00:00Z");
		CurrentTenant current = CurrentTenant.pooled(this.tenant);
		double before = breaches();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		Callable<Integer> run = () -> TenantContext.callAs(current, this.sweep::sweep);
		int marked = pool.submit(run).get() + pool.submit(run).get();
		List<Future<Integer>> concurrent = List.of(pool.submit(run), pool.submit(run));
		for (Future<Integer> result : concurrent) {
			marked += result.get();
		}
		pool.shutdown();
		assertThat(marked).isEqualTo(1);
		assertThat(breaches() - before).isEqualTo(1.0);
		JsonNode breached = this.cases.read(reference);
		assertThat(CaseApi.status(breached, "acknowledge")).isEqualTo("breached");
		assertThat(this.cases.get("/counts").body().path("breached").asInt()).isEqualTo(1);
		assertThat(this.cases.get("?breached=true").body().path("content").size()).isEqualTo(1);
		assertThat(this.cases.get("/" + reference + "/history/verify").body().path("valid").asBoolean()).isTrue();
	}

	@Test
	void findsCasesByFiltersSortedAndPaged() {
		String first = logged();
		this.clock.set("2026-11-19T10:00:00Z");
		String second = logged();
		this.cases.acted(second, "acknowledge", Map.of());
		JsonNode all = this.cases.get("?sort=received&size=1&page=1").body();
		assertThat(all.path("page").path("totalElements").asInt()).isEqualTo(2);
		assertThat(all.path("page").path("totalPages").asInt()).isEqualTo(2);
		assertThat(all.path("content").get(0).path("reference").asString()).isEqualTo(second);
		assertThat(this.cases.get("?state=acknowledged").body().path("content").findValuesAsString("reference"))
			.containsExactly(second);
		assertThat(this.cases.get("?stateCategory=new&unassigned=true").body().path("content").size()).isEqualTo(1);
		assertThat(this.cases.get("?q=" + first).body().path("content").get(0).path("reference").asString())
			.isEqualTo(first);
		assertThat(this.cases.get("?q=POTHOLE").body().path("page").path("totalElements").asInt()).isEqualTo(2);
		assertThat(this.cases.get("?receivedFrom=2026-11-19").body().path("page").path("totalElements").asInt())
			.isEqualTo(1);
		assertThat(this.cases.get("?dueBefore=2026-11-26").body().path("page").path("totalElements").asInt())
			.isEqualTo(1);
		assertThat(this.cases.get("?sort=sideways").status()).isEqualTo(400);
		JsonNode counts = this.cases.get("/counts").body();
		assertThat(counts.path("new").asInt()).isEqualTo(1);
		assertThat(counts.path("open").asInt()).isEqualTo(1);
		assertThat(counts.path("allOpen").asInt()).isEqualTo(2);
	}

	@Test
	void aComplaintCanBeReclassifiedAsAServiceRequestAndIsStillCounted() {
		String reference = logged();
		JsonNode withdrawn = this.cases.acted(reference, "withdraw", Map.of("reason", "signposted-elsewhere"));
		assertThat(withdrawn.path("closureReason").asString()).isEqualTo("signposted-elsewhere");
		assertThat(withdrawn.path("stateCategory").asString()).isEqualTo("closed");
		assertThat(withdrawn.path("closedAt").asString()).isNotBlank();
		assertThat(this.cases.get("/counts").body().path("closed").asInt()).isEqualTo(1);
	}

	@Test
	void anyCaseCanBeLinkedToAnotherAsDuplicateOrRelated() {
		String first = logged();
		String second = logged();
		Api.Response linked = this.api.post(this.cases.base() + "/" + second + "/links",
				Map.of("relation", "duplicate-of", "reference", first));
		assertThat(linked.status()).isEqualTo(200);
		assertThat(CaseApi.linked(linked.body(), "duplicate-of")).isEqualTo(first);
		assertThat(this.api
			.post(this.cases.base() + "/" + second + "/links", Map.of("relation", "sibling-of", "reference", first))
			.status()).isEqualTo(422);
		assertThat(this.api
			.post(this.cases.base() + "/" + second + "/links", Map.of("relation", "related", "reference", "NOPE-1"))
			.status()).isEqualTo(422);
		assertThat(this.cases.get("/" + second + "/history").body().findValuesAsString("action")).contains("link");
		assertThat(this.cases.get("/" + second + "/history/verify").body().path("valid").asBoolean()).isTrue();
	}

	private double breaches() {
		return this.meters.find("candour.clocks.breached")
			.tag("tenant", this.tenant)
			.counters()
			.stream()
			.mapToDouble(counter -> counter.count())
			.sum();
	}

	private String logged() {
		return this.cases.logged(ComplaintHandlingCodeIntegrationTests.complaint()).path("reference").asString();
	}

}
