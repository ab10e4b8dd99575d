package org.candour.tenancy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Runs background work (sweeps) once in each tenant that is not suspended, each in its
 * own tenant context; a failure in one tenant is logged and does not stop the others.
 */
@Component
public class ActiveTenants {

	private static final Logger log = LoggerFactory.getLogger(ActiveTenants.class);

	private final TenantManagement tenants;

	ActiveTenants(TenantManagement tenants) {
		this.tenants = tenants;
	}

	/**
	 * @param what what the work is, for the log
	 */
	public void each(String what, Runnable work) {
		for (Tenant tenant : this.tenants.list()) {
			if (!tenant.suspended()) {
				try {
					TenantContext.runAs(tenant.asCurrent(), work);
				}
				catch (RuntimeException ex) {
					log.warn("{} failed for tenant {}", what, tenant.id(), ex);
				}
			}
		}
	}

}
