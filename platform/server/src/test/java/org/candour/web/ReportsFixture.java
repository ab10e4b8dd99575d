package org.candour.web;

import org.candour.cases.CaseIntake;
import org.candour.cases.LogCase;
import org.candour.packs.PackDeployment;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The county council pack deployed as {@value #TENANT} (so the demo users are its
 * members), for the report pages' tests, with stage 1 complaints logged through the case
 * services. Tests share the tenant, so they assert what their own runs show.
 */
class ReportsFixture {

	static final String TENANT = "demo-county";

	static final String MANAGER = "manager@" + TENANT;

	static final String AUDITOR = "auditor@" + TENANT;

	static final String OFFICER = "officer@" + TENANT;

	static final String TENANT_ADMIN = "tenant-admin@" + TENANT;

	private static final JsonMapper LOG_CASE = JsonMapper.builder().build();

	private final TenantManagement tenants;

	private final PackDeployment deployment;

	private final CaseIntake intake;

	ReportsFixture(TenantManagement tenants, PackDeployment deployment, CaseIntake intake) {
		this.tenants = tenants;
		this.deployment = deployment;
		this.intake = intake;
	}

	CurrentTenant county() {
		synchronized (ReportsFixture.class) {
			if (this.tenants.find(TENANT).isEmpty()) {
				this.deployment.deployShipped(TENANT, "county-council", true);
			}
		}
		return this.tenants.get(TENANT).asCurrent();
	}

	/** A stage 1 corporate complaint about a service, received by phone. */
	String complaint(String service, String summary) {
		ObjectNode body = LOG_CASE.createObjectNode().put("feedbackType", "complaint-stage-1").put("channel", "phone");
		body.putObject("data")
			.put("name", "Pat Resident")
			.put("email", "pat@example.com")
			.put("service", service)
			.put("summary", summary)
			.put("details", "Reported twice; nothing has been done.");
		return TenantContext.callAs(county(),
				() -> this.intake.log(LOG_CASE.treeToValue(body, LogCase.class), null).feedbackCase().reference());
	}

}
