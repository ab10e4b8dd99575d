package org.candour.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.candour.support.Api;
import org.candour.support.CaseApi;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.ConfigFixtures;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One action on many cases: each case is checked on its own (bulk flag, state, guard, the
 * version the caller saw), and every case's outcome is reported.
 */
@CandourIntegrationTest
class CaseBulkActionsIntegrationTests {

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	@Autowired
	CaseBulkActions bulk;

	@Autowired
	TenantManagement tenants;

	@Autowired
	JsonMapper json;

	String tenant;

	CaseApi cases;

	@BeforeEach
	void tenantWhoseAcknowledgementRefusesBlockedCases() {
		this.clock.set("2026-11-18T10:00:00Z");
		List<ObjectNode> documents = ConfigFixtures.documents("chc-two-stage");
		for (ObjectNode document : documents) {
			if ("workflow".equals(document.path("kind").asString())
					&& "complaint-stage-1".equals(document.path("id").asString())) {
				document.path("spec").path("transitions").forEach(transition -> {
					if ("acknowledge".equals(transition.path("action").asString())) {
						((ObjectNode) transition).set("guard", this.json.readTree(
								"{\"properties\": {\"data\": {\"properties\": {\"summary\": {\"not\": {\"const\": \"Blocked\"}}}}}}"));
						((ObjectNode) transition).set("guardMessages", this.json
							.readTree("{\"/data/summary\": \"A blocked complaint cannot be acknowledged\"}"));
					}
				});
			}
		}
		this.tenant = this.testTenants.withConfiguration("Bulk tests", documents);
		this.cases = new CaseApi(this.api, this.tenant);
	}

	@Test
	void takesTheActionOnEachCaseAndReportsThoseItCouldNot() {
		List<String> fine = List.of(logged("Pothole"), logged("Bins"), logged("Lights"));
		String blocked = logged("Blocked");
		String changed = logged("Changed meanwhile");
		this.cases.acted(changed, "acknowledge", Map.of());
		List<CaseBulkActions.Target> targets = new ArrayList<>();
		fine.forEach(reference -> targets.add(new CaseBulkActions.Target(reference, 0L)));
		targets.add(new CaseBulkActions.Target(blocked, 0L));
		targets.add(new CaseBulkActions.Target(changed, 0L));
		targets.add(new CaseBulkActions.Target("COMP-2026-999999", 0L));

		List<CaseBulkActions.Outcome> outcomes = take("acknowledge", targets);

		assertThat(outcomes).extracting(CaseBulkActions.Outcome::reference)
			.containsExactly(fine.get(0), fine.get(1), fine.get(2), blocked, changed, "COMP-2026-999999");
		assertThat(outcomes).extracting(CaseBulkActions.Outcome::result)
			.containsExactly(CaseBulkActions.Result.TAKEN, CaseBulkActions.Result.TAKEN, CaseBulkActions.Result.TAKEN,
					CaseBulkActions.Result.RULES_NOT_MET, CaseBulkActions.Result.CHANGED_SINCE_SEEN,
					CaseBulkActions.Result.NOT_FOUND);
		assertThat(outcomes.get(0).state()).isEqualTo("acknowledged");
		assertThat(outcomes.get(0).version()).isEqualTo(1L);
		assertThat(outcomes.get(3).errors()).extracting(error -> error.message())
			.containsExactly("A blocked complaint cannot be acknowledged");
		assertThat(outcomes.get(4).version()).isEqualTo(1L);
		fine.forEach(
				reference -> assertThat(this.cases.read(reference).path("state").asString()).isEqualTo("acknowledged"));
		assertThat(this.cases.read(blocked).path("state").asString()).isEqualTo("new");
		assertThat(this.cases.read(blocked).path("version").asLong()).isZero();
	}

	@Test
	void refusesActionsNotMarkedBulkAndActionsTheStateDoesNotAllow() {
		String acknowledged = logged("Pothole");
		this.cases.acted(acknowledged, "acknowledge", Map.of());
		String fresh = logged("Bins");

		List<CaseBulkActions.Outcome> withdrawn = take("withdraw", List.of(new CaseBulkActions.Target(fresh, 0L)));
		assertThat(withdrawn.get(0).result()).isEqualTo(CaseBulkActions.Result.NOT_A_BULK_ACTION);
		assertThat(this.cases.read(fresh).path("state").asString()).isEqualTo("new");

		List<CaseBulkActions.Outcome> again = take("acknowledge",
				List.of(new CaseBulkActions.Target(acknowledged, 1L), new CaseBulkActions.Target(fresh, null)));
		assertThat(again).extracting(CaseBulkActions.Outcome::result)
			.containsExactly(CaseBulkActions.Result.NOT_IN_THIS_STATE, CaseBulkActions.Result.TAKEN);
		assertThat(again.get(0).state()).isEqualTo("acknowledged");
	}

	@Test
	void recordsTheCommentInTheHistoryOfEachCase() {
		String reference = logged("Pothole");
		ObjectNode inputs = this.json.createObjectNode().put("officer", "officer@example.org");
		List<CaseBulkActions.Outcome> outcomes = TenantContext.callAs(this.tenants.get(this.tenant).asCurrent(),
				() -> this.bulk.take(new BulkAction("acknowledge", List.of(new CaseBulkActions.Target(reference, 0L)),
						inputs, "Acknowledged in bulk")));
		assertThat(outcomes.get(0).succeeded()).isTrue();
		assertThat(this.cases.get("/" + reference + "/history").body().findValuesAsString("comment"))
			.contains("Acknowledged in bulk");
	}

	private List<CaseBulkActions.Outcome> take(String action, List<CaseBulkActions.Target> targets) {
		return TenantContext.callAs(this.tenants.get(this.tenant).asCurrent(),
				() -> this.bulk.take(new BulkAction(action, targets, this.json.createObjectNode(), null)));
	}

	private String logged(String summary) {
		return this.cases
			.logged(Map.of("feedbackType", "complaint-stage-1", "channel", "web", "data", Map.of("name", "Alex Smith",
					"service", "highways", "summary", summary, "details", "What happened, in detail.")))
			.path("reference")
			.asString();
	}

}
