package org.candour.web;

import org.candour.config.DraftDocument;
import org.candour.config.DraftManagement;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A public timescale in calendar months reads as residents would say it, in English and
 * Welsh: the county's subject access request, made public, is answered "within 1 calendar
 * month".
 */
@CandourWebTest
class CalendarMonthTimescaleIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AdminTenants adminTenants;

	@Autowired
	DraftManagement drafts;

	@Test
	void theStartPageSaysWithinOneCalendarMonth() {
		AdminTenant tenant = this.adminTenants.county();
		tenant.inTenant(() -> {
			ObjectNode type = this.drafts.get("feedback-type", "subject-access-request").content().deepCopy();
			((ObjectNode) type.path("spec")).put("public", true);
			return this.drafts.put(new DraftDocument("feedback-type", "subject-access-request", type));
		});
		tenant.publish("Subject access requests online");

		ResidentBrowser browser = new ResidentBrowser(this.port);

		assertThat(browser.get("/t/" + tenant.id + "/feedback").html())
			.contains("Our response: within 1 calendar month<")
			.contains("Acknowledgement: within 5 working days<");
		assertThat(browser.get("/t/" + tenant.id + "/feedback?lang=cy").html()).contains("o fewn 1 mis calendr<");
	}

}
