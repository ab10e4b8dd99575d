package org.candour.cases;

import java.util.List;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.candour.tenancy.TenantCollection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tenant-owned collections of cases, with indexes that lead with {@code tenantId}.
 * Unique indexes carry the hot look-ups (the embedded server uses only unique indexes,
 * matched on their exact key set); the non-unique ones serve queues on a real MongoDB.
 */
@Configuration(proxyBeanMethods = false)
class CaseCollections {

	static final String CASES = "cases";

	static final String PEOPLE = "people";

	static final String COUNTERS = "case_counters";

	@Bean
	TenantCollection casesCollection() {
		return new TenantCollection(CASES,
				List.of(unique("tenant_id", "tenantId", "_id"),
						unique("tenant_id_version", "tenantId", "_id", "version"),
						unique("tenant_reference", "tenantId", "reference"),
						index("tenant_open_due", "tenantId", "open", "nextDue"),
						index("tenant_type_state", "tenantId", "feedbackType", "state"),
						index("tenant_received", "tenantId", "receivedAtDate")));
	}

	@Bean
	TenantCollection peopleCollection() {
		return new TenantCollection(PEOPLE, List.of(unique("tenant_id", "tenantId", "_id")));
	}

	@Bean
	TenantCollection caseCountersCollection() {
		return new TenantCollection(COUNTERS, List.of(unique("tenant_id", "tenantId", "_id")));
	}

	private static IndexModel unique(String name, String... keys) {
		return new IndexModel(Indexes.ascending(keys), new IndexOptions().unique(true).name(name));
	}

	private static IndexModel index(String name, String... keys) {
		return new IndexModel(Indexes.ascending(keys), new IndexOptions().name(name));
	}

}
