package org.candour.web;

import org.candour.cases.CaseActions;
import org.candour.cases.CaseIntake;
import org.candour.cases.CaseRecords;
import org.candour.packs.PackDeployment;
import org.candour.security.Memberships;
import org.candour.tenancy.TenantManagement;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes {@link CaseworkFixture}s for tests that import it into their application context,
 * so they need not each wire its collaborators (the fixture deploys and writes, so it is
 * made when a test asks, not while the context starts).
 */
class CaseworkFixtures {

	private final TenantManagement tenants;

	private final PackDeployment deployment;

	private final Memberships memberships;

	private final CaseIntake intake;

	private final CaseActions actions;

	private final CaseRecords records;

	private final JsonMapper json;

	CaseworkFixtures(TenantManagement tenants, PackDeployment deployment, Memberships memberships, CaseIntake intake,
			CaseActions actions, CaseRecords records, JsonMapper json) {
		this.tenants = tenants;
		this.deployment = deployment;
		this.memberships = memberships;
		this.intake = intake;
		this.actions = actions;
		this.records = records;
		this.json = json;
	}

	CaseworkFixture fixture() {
		return new CaseworkFixture(this.tenants, this.deployment, this.memberships, this.intake, this.actions,
				this.records, this.json);
	}

}
