package org.candour.security;

import java.util.List;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.candour.tenancy.TenantCollection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tenant-owned collections of security: memberships, the security log, the
 * tracking-link key and each case's tracking-link nonce. Security events without a tenant
 * go to the platform collection {@value #PLATFORM_EVENTS}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityCollections {

	static final String MEMBERS = "members";

	static final String EVENTS = "security_events";

	static final String PLATFORM_EVENTS = "platform_security_events";

	static final String TRACKING_KEYS = "tracking_keys";

	static final String TRACKING_NONCES = "tracking_nonces";

	@Bean
	TenantCollection membersCollection() {
		return new TenantCollection(MEMBERS, List.of(unique("tenant_id", "tenantId", "_id")));
	}

	@Bean
	TenantCollection securityEventsCollection() {
		return new TenantCollection(EVENTS,
				List.of(unique("tenant_id", "tenantId", "_id"), index("tenant_at", "tenantId", "at")));
	}

	@Bean
	TenantCollection trackingKeysCollection() {
		return new TenantCollection(TRACKING_KEYS, List.of(unique("tenant_id", "tenantId", "_id")));
	}

	@Bean
	TenantCollection trackingNoncesCollection() {
		return new TenantCollection(TRACKING_NONCES, List.of(unique("tenant_id", "tenantId", "_id")));
	}

	private static IndexModel unique(String name, String... keys) {
		return new IndexModel(Indexes.ascending(keys), new IndexOptions().unique(true).name(name));
	}

	private static IndexModel index(String name, String... keys) {
		return new IndexModel(Indexes.ascending(keys), new IndexOptions().name(name));
	}

}
