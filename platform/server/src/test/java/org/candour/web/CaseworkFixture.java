package org.candour.web;

import java.util.List;
import java.util.Map;

import org.candour.cases.CaseReference;
import org.candour.cases.TakeAction;
import org.candour.cases.LogCase;
import org.candour.cases.CaseActions;
import org.candour.cases.CaseIntake;
import org.candour.cases.CaseRecords;
import org.candour.cases.FeedbackCase;
import org.candour.packs.PackDeployment;
import org.candour.security.Memberships;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The unitary council's triage pack deployed as {@value #TENANT} (so the demo users are
 * its members), an investigator confined to the Adults service, and fresh contacts logged
 * through the case services.
 */
final class CaseworkFixture {

	private static final tools.jackson.databind.json.JsonMapper LOG_CASE = tools.jackson.databind.json.JsonMapper
		.builder()
		.build();

	static final String TENANT = "demo-unitary";

	static final String OFFICER = "officer@" + TENANT;

	static final String MANAGER = "manager@" + TENANT;

	static final String INVESTIGATOR = "investigator@" + TENANT;

	private final TenantManagement tenants;

	private final CaseIntake intake;

	private final CaseActions actions;

	private final CaseRecords records;

	private final JsonMapper json;

	CaseworkFixture(TenantManagement tenants, PackDeployment deployment, Memberships memberships, CaseIntake intake,
			CaseActions actions, CaseRecords records, JsonMapper json) {
		this.tenants = tenants;
		this.intake = intake;
		this.actions = actions;
		this.records = records;
		this.json = json;
		if (tenants.find(TENANT).isEmpty()) {
			deployment.deployShipped(TENANT, "unitary-council-triage", true);
		}
		TenantContext.runAs(tenant(),
				() -> memberships.put(INVESTIGATOR, List.of("INVESTIGATOR"), List.of("adults"), "casework tests"));
	}

	CurrentTenant tenant() {
		return this.tenants.get(TENANT).asCurrent();
	}

	/**
	 * A new contact from a resident, about {@code orgUnit} (null: the type's default).
	 */
	String contact(String summary, String orgUnit) {
		return contact(summary, orgUnit, "phone");
	}

	/** New contacts, numbered after the summary, through the channel. */
	List<String> contacts(int count, String summary, String channel, String orgUnit) {
		List<String> references = new java.util.ArrayList<>();
		for (int i = 1; i <= count; i++) {
			references.add(contact(summary + " " + i, orgUnit, channel));
		}
		return references;
	}

	String contact(String summary, String orgUnit, String channel) {
		ObjectNode body = this.json.createObjectNode().put("feedbackType", "contact").put("channel", channel);
		if (orgUnit != null) {
			body.put("orgUnit", orgUnit);
		}
		body.putObject("data")
			.put("name", "Pat Resident")
			.put("email", "pat@example.com")
			.put("summary", summary)
			.put("details", "The bins in Mill Lane were missed three weeks running.")
			.put("serviceArea", "waste-streets-parks");
		return TenantContext.callAs(tenant(),
				() -> this.intake.log(LOG_CASE.treeToValue(body, LogCase.class), null).feedbackCase().reference());
	}

	/** A contact triaged as a complaint and allocated to the officer. */
	String allocatedComplaint(String summary) {
		String reference = contact(summary, null);
		act(reference, "triage-complaint", Map.of("service", "corporate"));
		act(reference, "allocate", Map.of("officer", OFFICER));
		return reference;
	}

	void act(String reference, String action, Map<String, Object> inputs) {
		TenantContext.runAs(tenant(), () -> this.actions
			.take(new TakeAction(new CaseReference(reference), action, this.json.valueToTree(inputs), null, null)));
	}

	/** The case as the API reads it ({@code GET …/cases/{ref}} loads it the same way). */
	FeedbackCase read(String reference) {
		return TenantContext.callAs(tenant(), () -> this.records.load(reference));
	}

	String due(String reference, String clock) {
		return read(reference).current().clock(clock).map(c -> c.dueDate().toString()).orElse(null);
	}

}
