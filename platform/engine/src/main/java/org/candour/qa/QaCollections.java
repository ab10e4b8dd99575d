package org.candour.qa;

import java.util.List;

import org.candour.tenancy.TenantCollection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tenant-owned collections of quality assurance: the samples (one document each), the
 * sampling runs (one per month) and the counters sample ids are drawn from.
 */
@Configuration(proxyBeanMethods = false)
class QaCollections {

	static final String SAMPLES = "qa_samples";

	static final String RUNS = "qa_runs";

	static final String COUNTERS = "qa_counters";

	@Bean
	TenantCollection qaSamplesCollection() {
		// the conditional replace names id and version: the embedded server uses an
		// index only when a query names exactly its keys
		return new TenantCollection(SAMPLES,
				List.of(TenantCollection.unique("tenant_id", "tenantId", "_id"),
						TenantCollection.unique("tenant_sample_id", "tenantId", "id"),
						TenantCollection.unique("tenant_sample_id_version", "tenantId", "id", "version"),
						TenantCollection.index("tenant_period", "tenantId", "period")));
	}

	@Bean
	TenantCollection qaRunsCollection() {
		return new TenantCollection(RUNS, List.of(TenantCollection.unique("tenant_id", "tenantId", "_id"),
				TenantCollection.unique("tenant_period", "tenantId", "period")));
	}

	@Bean
	TenantCollection qaCountersCollection() {
		return new TenantCollection(COUNTERS, List.of(TenantCollection.unique("tenant_id", "tenantId", "_id")));
	}

}
