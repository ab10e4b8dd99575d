package org.candour.web;

import java.util.List;
import java.util.Map;

import org.candour.cases.CaseIntake;
import org.candour.cases.CaseRecords;
import org.candour.cases.LogCase;
import org.candour.security.Memberships;
import tools.jackson.databind.json.JsonMapper;

/**
 * The redaction tests' county tenant of its own, whose administrator also manages cases
 * (so opens the case screen), and a compliment logged in it with the given answers.
 */
final class RedactionFixture {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	final AdminTenant tenant;

	final String reference;

	RedactionFixture(AdminTenants tenants, Memberships memberships, CaseIntake intake, Map<String, Object> data) {
		this.tenant = tenants.county();
		this.tenant.inTenant(() -> {
			memberships.put(AdminTenant.ADMIN, List.of("TENANT_ADMIN", "MANAGER"), List.of(), "redaction tests");
			return null;
		});
		this.reference = this.tenant.inTenant(
				() -> intake
					.log(JSON.convertValue(Map.of("feedbackType", "compliment", "channel", "web", "data", data),
							LogCase.class), null)
					.feedbackCase()
					.reference());
	}

	/** The case screen's address. */
	String screen() {
		return "/t/" + this.tenant.id + "/cases/" + this.reference;
	}

	/** An answer as the case holds it now. */
	String answer(CaseRecords records, String field) {
		return this.tenant.inTenant(() -> records.load(this.reference)).current().data().path(field).asString();
	}

	long version(CaseRecords records) {
		return this.tenant.inTenant(() -> records.load(this.reference)).version();
	}

}
