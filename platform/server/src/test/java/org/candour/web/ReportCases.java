package org.candour.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.candour.cases.CaseActions;
import org.candour.cases.CaseIntake;
import org.candour.cases.CaseReference;
import org.candour.cases.LogCase;
import org.candour.cases.TakeAction;
import org.candour.tenancy.TenantContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The cases the report editor's tests count by hand, in an {@link AdminTenant}: stage 1
 * complaints about two teams (three about Direct Payments, one of them answered in time,
 * and two about SEND Assessment and Review), logged and answered through the case
 * services.
 */
final class ReportCases {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CaseIntake intake;

	private final CaseActions actions;

	ReportCases(CaseIntake intake, CaseActions actions) {
		this.intake = intake;
		this.actions = actions;
	}

	void logIn(AdminTenant tenant) {
		String responded = complaint(tenant, "direct-payments-team");
		complaint(tenant, "direct-payments-team");
		complaint(tenant, "direct-payments-team");
		complaint(tenant, "send-team");
		complaint(tenant, "send-team");
		act(tenant, responded, "acknowledge", Map.of());
		act(tenant, responded, "respond",
				Map.of("decision", "not-upheld", "responseDate", LocalDate.now(ZoneId.of("Europe/London")).toString(),
						"classification", "service-failure", "handledBy", "Sam Officer", "riskCategory",
						"staff-wellbeing", "riskRationale", "No risk found", "highRiskFlags", List.of()));
	}

	private String complaint(AdminTenant tenant, String team) {
		ObjectNode body = JSON.createObjectNode()
			.put("feedbackType", "complaint-stage-1")
			.put("channel", "phone")
			.put("orgUnit", team);
		body.putObject("data")
			.put("name", "Pat Resident")
			.put("email", "pat@example.com")
			.put("service", "highways")
			.put("summary", "Report preview case")
			.put("details", "Counted by hand.");
		return TenantContext.callAs(tenant.current(),
				() -> this.intake.log(JSON.treeToValue(body, LogCase.class), null).feedbackCase().reference());
	}

	private void act(AdminTenant tenant, String reference, String action, Map<String, Object> inputs) {
		TenantContext.runAs(tenant.current(), () -> this.actions
			.take(new TakeAction(new CaseReference(reference), action, JSON.valueToTree(inputs), null, null)));
	}

}
