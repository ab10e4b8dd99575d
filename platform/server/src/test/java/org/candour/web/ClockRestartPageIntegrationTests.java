package org.candour.web;

import java.util.Map;

import org.candour.cases.CaseActions;
import org.candour.cases.CaseIntake;
import org.candour.cases.CaseReference;
import org.candour.cases.LogCase;
import org.candour.cases.TakeAction;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer reads on the case screen that a county FOI request's clock was restarted
 * when the requester clarified it: when, by whom, the date the earlier period had been
 * due and the clarification.
 */
@CandourWebTest
class ClockRestartPageIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	AdminTenants adminTenants;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseActions actions;

	@Test
	void theCaseScreenListsARestartWithTheEarlierDueDateAndTheReason() {
		AdminTenant tenant = this.adminTenants.county();
		String reference = tenant.inTenant(() -> this.intake
			.log(JSON.convertValue(Map.of("feedbackType", "foi-request", "channel", "email", "data",
					Map.of("name", "Alex Reed", "informationRequested", "Highways contracts")), LogCase.class), null)
			.feedbackCase()
			.reference());
		act(tenant, reference, "seek-clarification", Map.of());
		act(tenant, reference, "clarification-received", Map.of("clarification", "Only contracts let in 2025"));

		String page = tenant.signedIn(this.port, AdminTenant.OFFICER)
			.get("/t/" + tenant.id + "/cases/" + reference)
			.html();

		assertThat(page).contains("Started, pauses, extensions and restarts", "Restarted on ", "; it had been due ",
				"(Only contracts let in 2025)");
	}

	private void act(AdminTenant tenant, String reference, String action, Map<String, Object> inputs) {
		tenant.inTenant(() -> this.actions
			.take(new TakeAction(new CaseReference(reference), action, JSON.valueToTree(inputs), null, null)));
	}

}
