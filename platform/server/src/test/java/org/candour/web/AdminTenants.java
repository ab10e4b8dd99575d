package org.candour.web;

import org.candour.config.ConfigPublisher;
import org.candour.config.DraftManagement;
import org.candour.packs.PackDeployment;
import org.candour.security.Memberships;
import org.candour.tenancy.TenantManagement;

/** Makes the administration tests' tenants ({@link AdminTenant}). */
class AdminTenants {

	private final TenantManagement tenants;

	private final PackDeployment deployment;

	private final Memberships memberships;

	private final DraftManagement drafts;

	private final ConfigPublisher publisher;

	AdminTenants(TenantManagement tenants, PackDeployment deployment, Memberships memberships, DraftManagement drafts,
			ConfigPublisher publisher) {
		this.tenants = tenants;
		this.deployment = deployment;
		this.memberships = memberships;
		this.drafts = drafts;
		this.publisher = publisher;
	}

	/**
	 * A new tenant of the county council pack, with its administrator, auditor and
	 * officer.
	 */
	AdminTenant county() {
		return new AdminTenant(this.tenants, this.deployment, this.memberships, this.drafts, this.publisher);
	}

}
