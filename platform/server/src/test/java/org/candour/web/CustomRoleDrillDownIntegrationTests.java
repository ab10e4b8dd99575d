package org.candour.web;

import java.util.List;
import java.util.Map;

import org.candour.cases.CaseIntake;
import org.candour.cases.LogCase;
import org.candour.config.DraftDocument;
import org.candour.config.DraftManagement;
import org.candour.reports.ReportRuns;
import org.candour.security.Memberships;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member holding a custom role limited to the children's feedback types sees, behind a
 * published report's figure, only the children's cases of their teams, and is told how
 * many more there are; the queue likewise lists only those.
 */
@CandourWebTest
class CustomRoleDrillDownIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String MEMBER = "investigator@demo-county";

	@LocalServerPort
	int port;

	@Autowired
	AdminTenants adminTenants;

	@Autowired
	DraftManagement drafts;

	@Autowired
	Memberships memberships;

	@Autowired
	CaseIntake intake;

	@Autowired
	ReportRuns runs;

	@Test
	void listsBehindAFigureOnlyTheCasesTheRoleAdmits() {
		AdminTenant tenant = this.adminTenants.county();
		ObjectNode role = JSON.createObjectNode();
		role.put("kind", "role").put("id", "childrens-officer").put("title", "Complaints officer — childrens");
		role.putObject("spec")
			.put("baseRole", "OFFICER")
			.putObject("limits")
			.putArray("feedbackTypes")
			.add("childrens-stage-1");
		tenant.inTenant(() -> this.drafts.put(new DraftDocument("role", "childrens-officer", role)));
		tenant.publish("A children's officer role");
		String childrens = log(tenant,
				Map.of("feedbackType", "childrens-stage-1", "channel", "phone", "data",
						Map.of("name", "Pat Doe", "complainantIs", "parent", "service", "other", "summary",
								"No reply from the social worker", "details", "Three calls unanswered.")));
		String corporate = log(tenant,
				Map.of("feedbackType", "complaint-stage-1", "channel", "phone", "data", Map.of("name", "Sam Roe",
						"service", "highways", "summary", "Pothole not mended", "details", "Reported twice.")));
		tenant.inTenant(() -> this.memberships.put(MEMBER, List.of("childrens-officer"),
				List.of("childrens-complaints-team", "corporate-complaints-team"), "test"));
		String runId = tenant.inTenant(
				() -> this.runs.start("backlog-position", new ReportRuns.Request(null, null, null, true), "tester")
					.runId());

		tenant.inTenant(() -> this.runs.publish(runId, "tester"));

		ResidentBrowser member = tenant.signedIn(this.port, MEMBER);
		String behind = member.get("/t/" + tenant.id + "/reports/runs/" + runId + "/cases?measure=total").html();
		assertThat(behind).contains(childrens, "1 more case is outside what you may see and is not listed.")
			.doesNotContain(corporate);
		String queue = member.get("/t/" + tenant.id + "/work?queue=all-open").html();
		assertThat(queue).contains(childrens).doesNotContain(corporate);
	}

	private String log(AdminTenant tenant, Map<String, Object> command) {
		return tenant.inTenant(
				() -> this.intake.log(JSON.convertValue(command, LogCase.class), null).feedbackCase().reference());
	}

}
