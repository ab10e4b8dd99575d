package org.candour.demo;

import java.time.Duration;
import java.util.List;

import org.bson.Document;
import org.candour.cases.CaseDocuments;
import org.candour.cases.CaseLookup;
import org.candour.cases.CaseReference;
import org.candour.qa.QaSample;
import org.candour.qa.QualityAssurance;
import org.candour.queues.CaseQueries;
import org.candour.config.ActiveConfigurations;
import org.candour.tenancy.Tenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.candour.support.Api;
import org.candour.web.DemoWebTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded default starts with four demo tenants deployed from the shipped packs,
 * filled with cases.
 */
@DemoWebTest
class DemoTenantsIntegrationTests {

	@Autowired
	TenantManagement tenants;

	@Autowired
	ActiveConfigurations configurations;

	@Autowired
	CaseQueries queries;

	@Autowired
	QualityAssurance qa;

	@Autowired
	Api api;

	@Autowired
	CaseDocuments caseDocuments;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	CaseLookup lookup;

	@Test
	void createsTheFourDemoTenantsFromTheShippedPacksWithSyntheticCases() {
		await().atMost(Duration.ofMinutes(1))
			.until(() -> this.tenants.list().stream().map(Tenant::id).toList(), ids -> ids
				.containsAll(List.of("demo-county", "demo-unitary", "demo-ombudsman", "demo-department")));
		Tenant county = this.tenants.get("demo-county");
		assertThat(county.name()).isEqualTo("North Shire County Council");
		assertThat(TenantContext.callAs(county.asCurrent(), () -> this.configurations.require().comment()))
			.isEqualTo("Deployed pack county-council@1.0.0");
		for (String id : List.of("demo-county", "demo-unitary", "demo-ombudsman", "demo-department")) {
			Tenant tenant = this.tenants.get(id);
			await().atMost(Duration.ofMinutes(2))
				.until(() -> TenantContext.callAs(tenant.asCurrent(),
						() -> this.queries.search(new LinkedMultiValueMap<>())
							.page()
							.totalElements()) >= DemoWebTest.CASES_PER_TENANT);
		}
	}

	@Test
	void samplesEachDemoTenantsMonthForQualityAssuranceAndScoresMostSamples() {
		List<QaSample> all = new java.util.ArrayList<>();
		for (String id : List.of("demo-county", "demo-unitary", "demo-ombudsman", "demo-department")) {
			await().atMost(Duration.ofMinutes(1)).until(() -> this.tenants.find(id).isPresent());
			Tenant tenant = this.tenants.get(id);
			await().atMost(Duration.ofMinutes(3))
				.until(() -> TenantContext.callAs(tenant.asCurrent(), () -> this.qa.runs().size()) == 1);
			List<QaSample> samples = TenantContext.callAs(tenant.asCurrent(),
					() -> this.qa.queue(QualityAssurance.Filter.ALL));
			all.addAll(samples);
			assertThat(TenantContext.callAs(tenant.asCurrent(), () -> this.qa.figures(null).samples()))
				.isEqualTo(samples.size());
		}
		// the demo here has a dozen cases a tenant, so a tenant may have nothing to
		// sample
		assertThat(all).isNotEmpty().anyMatch(sample -> "done".equals(sample.status()));
	}

	@Test
	void fillsTheDemoTenantsWithLearningActionsInEveryStateAndRemediesThatNotifyNobody() {
		int records = 0;
		java.util.Set<String> states = new java.util.HashSet<>();
		long remedied = 0;
		for (String id : List.of("demo-county", "demo-unitary", "demo-ombudsman", "demo-department")) {
			await().atMost(Duration.ofMinutes(1)).until(() -> this.tenants.find(id).isPresent());
			Tenant tenant = this.tenants.get(id);
			await().atMost(Duration.ofMinutes(3))
				.until(() -> TenantContext.callAs(tenant.asCurrent(), () -> this.qa.runs().size()) == 1);
			JsonNode register = this.api.get("/api/tenants/" + id + "/learning").body();
			records += register.path("items").size();
			for (JsonNode action : this.api.get("/api/tenants/" + id + "/actions").body().path("items")) {
				states.add(action.path("state").asString());
			}
			remedied += TenantContext.callAs(tenant.asCurrent(), () -> this.caseDocuments
				.count(new Document("current.meta.remedies.count", new Document("$gte", 1))));
			List<String> staffEmails = new java.util.ArrayList<>();
			TenantContext.callAs(tenant.asCurrent(), () -> {
				this.mongo.getCollection("notifications")
					.find(new Document("template", java.util.regex.Pattern.compile("^staff-")))
					.forEach(notice -> staffEmails.add(notice.getString("reference")));
				return null;
			});
			// other tests of this shared context work real cases of the demo tenants
			assertThat(staffEmails).as("no staff email about demo data in %s", id)
				.noneMatch(reference -> aboutDemoData(tenant, id, reference));
		}
		// a dozen cases a tenant: the four tenants' upheld closed cases between them
		assertThat(records).isPositive();
		assertThat(states).as("the first actions made are in progress and overdue, then planned")
			.contains("in-progress");
		assertThat(remedied).isPositive();
	}

	/**
	 * Whether a notice is about a synthetic case, or a learning record made only of them.
	 */
	private boolean aboutDemoData(Tenant tenant, String id, String reference) {
		if (reference.startsWith("LRN-")) {
			List<String> cases = new java.util.ArrayList<>();
			this.api.get("/api/tenants/" + id + "/learning/" + reference)
				.body()
				.path("cases")
				.forEach(linked -> cases.add(linked.asString()));
			return !cases.isEmpty() && cases.stream().allMatch(linked -> synthetic(tenant, linked));
		}
		return synthetic(tenant, reference);
	}

	private boolean synthetic(Tenant tenant, String reference) {
		return TenantContext.callAs(tenant.asCurrent(),
				() -> this.lookup.find(new CaseReference(reference)).map(this.lookup::synthetic).orElse(Boolean.FALSE));
	}

}
