package org.candour.web.officer.queues;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.candour.config.ActiveConfigurations;
import org.candour.config.ConfigVersion;
import org.candour.tenancy.TenantContext;

import org.springframework.stereotype.Component;

/**
 * The queue page's vocabulary of each tenant's active configuration, read once per
 * published version (versions never change) rather than on every page.
 */
@Component
class QueueVocabularies {

	private final ActiveConfigurations configurations;

	private final Map<String, QueueVocabulary> byTenant = new ConcurrentHashMap<>();

	QueueVocabularies(ActiveConfigurations configurations) {
		this.configurations = configurations;
	}

	QueueVocabulary current() {
		ConfigVersion active = this.configurations.require();
		String tenant = TenantContext.require().value();
		QueueVocabulary cached = this.byTenant.get(tenant);
		if (cached == null || cached.version() != active.number()) {
			cached = new QueueVocabulary(active);
			this.byTenant.put(tenant, cached);
		}
		return cached;
	}

}
