package org.candour.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.candour.cases.CaseActions;
import org.candour.cases.CaseIntake;
import org.candour.packs.PackDeployment;
import org.candour.security.Memberships;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code demo-unitary} tenant on the unitary council pack (its demo users can sign
 * in), and contacts logged into it through the case services: an object mother for the
 * officer workspace tests, imported into their application context.
 */
class UnitaryCasework {

	static final String TENANT = "demo-unitary";

	static final String MANAGER = "manager@demo-unitary";

	static final String OFFICER = "officer@demo-unitary";

	static final String INVESTIGATOR = "investigator@demo-unitary";

	private final PackDeployment deployment;

	private final TenantManagement tenants;

	private final CaseIntake intake;

	private final CaseActions actions;

	private final Memberships memberships;

	private final JsonMapper json;

	UnitaryCasework(PackDeployment deployment, TenantManagement tenants, CaseIntake intake, CaseActions actions,
			Memberships memberships, JsonMapper json) {
		this.deployment = deployment;
		this.tenants = tenants;
		this.intake = intake;
		this.actions = actions;
		this.memberships = memberships;
		this.json = json;
	}

	/** Deploys the pack as {@value #TENANT} unless that tenant exists. */
	void deployed() {
		if (this.tenants.find(TENANT).isEmpty()) {
			this.deployment.deployShipped(TENANT, "unitary-council-triage", true);
		}
	}

	/** Logs contacts about the org unit through the channel; returns their references. */
	List<String> contacts(int count, String summary, String channel, String orgUnit) {
		List<String> references = new ArrayList<>();
		TenantContext.runAs(tenant(), () -> {
			for (int i = 0; i < count; i++) {
				ObjectNode body = this.json.createObjectNode().put("feedbackType", "contact").put("channel", channel);
				if (orgUnit != null) {
					body.put("orgUnit", orgUnit);
				}
				body.set("data", this.json.valueToTree(Map.of("name", "Sam Resident", "summary",
						summary + " " + (i + 1), "details", "What happened, in a few words.")));
				references.add(this.intake.log(body, null).feedbackCase().reference());
			}
		});
		return references;
	}

	/** Takes an action on a case as the system (outside any request). */
	void act(String reference, String action, Map<String, Object> inputs) {
		TenantContext.runAs(tenant(),
				() -> this.actions.take(reference, action, this.json.valueToTree(inputs), null, "Changed by the test"));
	}

	void member(String user, List<String> roles, List<String> orgUnits) {
		TenantContext.runAs(tenant(), () -> this.memberships.put(user, roles, orgUnits, "queue tests"));
	}

	private CurrentTenant tenant() {
		return this.tenants.get(TENANT).asCurrent();
	}

}
