package org.candour.config;

import java.util.List;

import com.mongodb.client.model.IndexModel;
import org.candour.tenancy.TenantCollection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tenant-owned collections of the configuration store. */
@Configuration(proxyBeanMethods = false)
class ConfigCollections {

	static final String DRAFTS = "config_drafts";

	static final String VERSIONS = "config_versions";

	static final String HEADS = "config_heads";

	/** The two-person rule and the publication waiting for approval. */
	static final String APPROVALS = "config_approvals";

	@Bean
	TenantCollection configDraftsCollection() {
		return new TenantCollection(DRAFTS, List.of(byTenantAndId()));
	}

	@Bean
	TenantCollection configVersionsCollection() {
		return new TenantCollection(VERSIONS,
				List.of(byTenantAndId(), TenantCollection.unique("tenant_number", "tenantId", "number")));
	}

	@Bean
	TenantCollection configHeadsCollection() {
		return new TenantCollection(HEADS, List.of(byTenantAndId()));
	}

	@Bean
	TenantCollection configApprovalsCollection() {
		return new TenantCollection(APPROVALS, List.of(byTenantAndId()));
	}

	static IndexModel byTenantAndId() {
		return TenantCollection.unique("tenant_id", "tenantId", "_id");
	}

}
