package org.candour.security;

import java.util.List;
import java.util.Set;

import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.Tenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantCreated;
import org.candour.tenancy.TenantManagement;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * In the demo (the embedded authorization server on the embedded default), gives its demo
 * users their memberships of the demo tenants: when such a tenant is created, and at
 * start-up for those that exist. Memberships a tenant administrator has changed are left
 * alone.
 */
@Component
@Conditional(EmbeddedAuthServerCondition.Demo.class)
class DemoUsers {

	private final TenantManagement tenants;

	private final Memberships memberships;

	DemoUsers(TenantManagement tenants, Memberships memberships) {
		this.tenants = tenants;
		this.memberships = memberships;
	}

	@EventListener
	void on(TenantCreated created) {
		if (DemoAccounts.TENANTS.contains(created.tenant().value())) {
			enrol(new CurrentTenant(created.tenant(), created.isolation()));
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void enrolExistingDemoTenants() {
		DemoAccounts.TENANTS.forEach(id -> this.tenants.find(id).map(Tenant::asCurrent).ifPresent(this::enrol));
	}

	private void enrol(CurrentTenant tenant) {
		List<DemoAccounts.Account> accounts = DemoAccounts.of(tenant.value());
		TenantContext.runAs(tenant, () -> accounts.forEach(
				account -> this.memberships.ensure(account.name(), Set.of(account.role()), Set.of(), account.email())));
	}

}
