package org.candour.notifications;

import java.util.List;

import org.candour.tenancy.TenantCollection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tenant-owned collections of notifications. Claims and results are conditional on
 * {@code _id} and {@code version}, which a unique index carries (the embedded server uses
 * only unique indexes); the others serve the sweep and a case's list on a real MongoDB.
 */
@Configuration(proxyBeanMethods = false)
class NotificationCollections {

	static final String OUTBOX = "notifications";

	static final String SETTINGS = "notification_settings";

	@Bean
	TenantCollection notificationsCollection() {
		return new TenantCollection(OUTBOX,
				List.of(TenantCollection.unique("tenant_id", "tenantId", "_id"),
						TenantCollection.unique("tenant_id_version", "tenantId", "_id", "version"),
						TenantCollection.index("tenant_due", "tenantId", "due"),
						TenantCollection.index("tenant_reference", "tenantId", "reference")));
	}

	@Bean
	TenantCollection notificationSettingsCollection() {
		return new TenantCollection(SETTINGS, List.of(TenantCollection.unique("tenant_id", "tenantId", "_id")));
	}

}
