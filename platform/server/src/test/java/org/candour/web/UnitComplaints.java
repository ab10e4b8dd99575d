package org.candour.web;

import java.util.ArrayList;
import java.util.List;

import org.candour.cases.CaseIntake;
import org.candour.cases.LogCase;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Stage 1 complaints about one org unit, logged in an administration test's tenant. */
final class UnitComplaints {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private UnitComplaints() {
	}

	/** Logs {@code count} complaints about {@code unit}; their references. */
	static List<String> log(AdminTenant tenant, CaseIntake intake, String unit, int count) {
		List<String> references = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ObjectNode body = JSON.createObjectNode()
				.put("feedbackType", "complaint-stage-1")
				.put("channel", "phone")
				.put("orgUnit", unit);
			body.putObject("data")
				.put("name", "Pat Resident")
				.put("email", "pat@example.com")
				.put("service", "highways")
				.put("summary", "Street light out")
				.put("details", "Reported twice; nothing has been done.");
			references.add(tenant
				.inTenant(() -> intake.log(JSON.treeToValue(body, LogCase.class), null).feedbackCase().reference()));
		}
		return references;
	}

}
