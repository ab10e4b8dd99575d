package org.candour.cases;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.candour.support.Api;
import org.candour.support.CaseApi;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * References are never issued twice in a tenant, whatever state the counter is in, and a
 * case's storage id is its own, not derived from its reference.
 */
@CandourIntegrationTest
class CaseReferencesIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TenantManagement tenants;

	String tenant;

	CaseApi cases;

	@BeforeEach
	void tenant() {
		this.clock.set("2026-11-18T10:00:00Z");
		this.tenant = this.testTenants.withConfiguration("chc-two-stage");
		this.cases = new CaseApi(this.api, this.tenant);
	}

	@Test
	void aCounterFarBehindTheStoredCasesMovesPastThemInsteadOfReissuingAReference() {
		Set<String> issued = new HashSet<>();
		for (int i = 0; i < 12; i++) {
			issued
				.add(this.cases.logged(ComplaintHandlingCodeIntegrationTests.complaint()).path("reference").asString());
		}
		// the counter rolled back past a dozen stored cases (a restored backup, say)
		TenantContext.runAs(this.tenants.get(this.tenant).asCurrent(),
				() -> this.mongo.getCollection(CaseCollections.COUNTERS)
					.updateMany(new Document(), new Document("$set", new Document("seq", 0L))));

		Api.Response next = this.cases.log(ComplaintHandlingCodeIntegrationTests.complaint());
		assertThat(next.status()).as(next.body().toString()).isEqualTo(201);
		assertThat(next.body().path("reference").asString()).isEqualTo("COMP-2026-000013").isNotIn(issued);
		assertThat(this.cases.logged(ComplaintHandlingCodeIntegrationTests.complaint()).path("reference").asString())
			.isEqualTo("COMP-2026-000014");
	}

	@Test
	void aCasesStorageIdIsNotDerivedFromItsReference() {
		String reference = this.cases.logged(ComplaintHandlingCodeIntegrationTests.complaint())
			.path("reference")
			.asString();
		List<Document> stored = TenantContext.callAs(this.tenants.get(this.tenant).asCurrent(),
				() -> this.mongo.getCollection(CaseCollections.CASES)
					.find(new Document("reference", reference))
					.into(new java.util.ArrayList<>()));
		assertThat(stored).hasSize(1);
		assertThat(stored.get(0).getString("_id")).startsWith(this.tenant + ":").doesNotContain(reference);
	}

}
