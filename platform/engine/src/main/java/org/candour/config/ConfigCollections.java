package org.candour.config;

import java.util.List;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.candour.tenancy.TenantCollection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tenant-owned collections of the configuration store. */
@Configuration(proxyBeanMethods = false)
class ConfigCollections {

	static final String DRAFTS = "config_drafts";

	static final String VERSIONS = "config_versions";

	static final String HEADS = "config_heads";

	@Bean
	TenantCollection configDraftsCollection() {
		return new TenantCollection(DRAFTS, List.of(byTenantAndId()));
	}

	@Bean
	TenantCollection configVersionsCollection() {
		return new TenantCollection(VERSIONS,
				List.of(byTenantAndId(), new IndexModel(Indexes.ascending("tenantId", "number"),
						new IndexOptions().unique(true).name("tenant_number"))));
	}

	@Bean
	TenantCollection configHeadsCollection() {
		return new TenantCollection(HEADS, List.of(byTenantAndId()));
	}

	static IndexModel byTenantAndId() {
		return new IndexModel(Indexes.ascending("tenantId", "_id"), new IndexOptions().unique(true).name("tenant_id"));
	}

}
