package org.candour.learning;

import java.util.List;

import org.candour.tenancy.TenantCollection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tenant-owned collections of learning: one document per record with its actions
 * embedded, and the counters its identifiers are drawn from.
 */
@Configuration(proxyBeanMethods = false)
class LearningCollections {

	static final String LEARNING = "learning";

	static final String COUNTERS = "learning_counters";

	@Bean
	TenantCollection learningCollection() {
		// the conditional replace names id and version: the embedded server uses an
		// index only when a query names exactly its keys
		return new TenantCollection(LEARNING,
				List.of(TenantCollection.unique("tenant_id", "tenantId", "_id"),
						TenantCollection.unique("tenant_learning_id", "tenantId", "id"),
						TenantCollection.unique("tenant_learning_id_version", "tenantId", "id", "version"),
						TenantCollection.index("tenant_cases", "tenantId", "cases"),
						TenantCollection.index("tenant_theme_org_unit", "tenantId", "theme", "orgUnit")));
	}

	@Bean
	TenantCollection learningCountersCollection() {
		return new TenantCollection(COUNTERS, List.of(TenantCollection.unique("tenant_id", "tenantId", "_id")));
	}

}
