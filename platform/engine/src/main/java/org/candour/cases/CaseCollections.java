package org.candour.cases;

import java.util.List;

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

	static final String HEADS = "case_heads";

	@Bean
	TenantCollection casesCollection() {
		return new TenantCollection(CASES,
				List.of(TenantCollection.unique("tenant_id", "tenantId", "_id"),
						TenantCollection.unique("tenant_id_version", "tenantId", "_id", "version"),
						TenantCollection.unique("tenant_reference", "tenantId", "reference"),
						TenantCollection.index("tenant_open_due", "tenantId", "open", "nextDue"),
						TenantCollection.index("tenant_type_state", "tenantId", "feedbackType", "state"),
						TenantCollection.index("tenant_received", "tenantId", "receivedAtDate"),
						// what a report's run selects first: its feedback types over its
						// period
						TenantCollection.index("tenant_type_received_on", "tenantId", "feedbackType", "receivedOn")));
	}

	@Bean
	TenantCollection peopleCollection() {
		return new TenantCollection(PEOPLE, List.of(TenantCollection.unique("tenant_id", "tenantId", "_id")));
	}

	@Bean
	TenantCollection caseHeadsCollection() {
		// the conditional replace names the expected version and hash: the embedded
		// server
		// uses an index only when a query names exactly its keys, else scans every head
		return new TenantCollection(HEADS, List.of(TenantCollection.unique("tenant_id", "tenantId", "_id"),
				TenantCollection.unique("tenant_id_version_hash", "tenantId", "_id", "version", "lastHash")));
	}

	@Bean
	TenantCollection caseCountersCollection() {
		return new TenantCollection(COUNTERS, List.of(TenantCollection.unique("tenant_id", "tenantId", "_id")));
	}

}
