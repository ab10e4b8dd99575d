package org.candour.remedies;

import java.util.List;

import org.candour.tenancy.TenantCollection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tenant-owned collections of remedies: one document per remedy, and the counters
 * their identifiers are drawn from.
 */
@Configuration(proxyBeanMethods = false)
class RemedyCollections {

	static final String REMEDIES = "remedies";

	static final String COUNTERS = "remedy_counters";

	@Bean
	TenantCollection remediesCollection() {
		// the conditional replace names id and version: the embedded server uses an
		// index only when a query names exactly its keys
		return new TenantCollection(REMEDIES,
				List.of(TenantCollection.unique("tenant_id", "tenantId", "_id"),
						TenantCollection.unique("tenant_remedy_id", "tenantId", "id"),
						TenantCollection.unique("tenant_remedy_id_version", "tenantId", "id", "version"),
						TenantCollection.index("tenant_case", "tenantId", "caseReference")));
	}

	@Bean
	TenantCollection remedyCountersCollection() {
		return new TenantCollection(COUNTERS, List.of(TenantCollection.unique("tenant_id", "tenantId", "_id")));
	}

}
