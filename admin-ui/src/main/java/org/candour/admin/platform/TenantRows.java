package org.candour.admin.platform;

import java.util.List;

import org.candour.config.ActiveConfigurations;
import org.candour.config.ConfigVersion;
import org.candour.tenancy.Tenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;

import org.springframework.stereotype.Component;

/** The platform's tenants as the pages show them, each with its active version. */
@Component
class TenantRows {

	private final TenantManagement tenants;

	private final ActiveConfigurations configurations;

	TenantRows(TenantManagement tenants, ActiveConfigurations configurations) {
		this.tenants = tenants;
		this.configurations = configurations;
	}

	List<TenantRow> all() {
		return this.tenants.list().stream().map(this::of).toList();
	}

	/** The tenant, or a refusal (an error page) when there is none. */
	TenantRow get(String id) {
		return of(this.tenants.get(id));
	}

	private TenantRow of(Tenant tenant) {
		Integer active = TenantContext.callAs(tenant.asCurrent(),
				() -> this.configurations.current().map(ConfigVersion::number).orElse(null));
		return new TenantRow(tenant.id(), tenant.name(), Words.kind(tenant.kind()), Words.division(tenant.division()),
				Words.status(tenant.status()), tenant.suspended(), Words.isolation(tenant.isolation()),
				active == null ? "None yet" : "Version " + active, PlatformPaths.tenant(tenant.id()));
	}

	/**
	 * A tenant in words.
	 *
	 * @param id its slug
	 * @param name the authority's name
	 * @param kind what kind of body it is
	 * @param division whose bank holidays it follows
	 * @param status active or suspended
	 * @param suspended whether it is suspended
	 * @param isolation pooled or siloed
	 * @param activeVersion its live configuration version, or "None yet"
	 * @param href its page
	 */
	record TenantRow(String id, String name, String kind, String division, String status, boolean suspended,
			String isolation, String activeVersion, String href) {
	}

}
