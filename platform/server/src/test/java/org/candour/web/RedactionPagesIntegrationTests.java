package org.candour.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.candour.cases.CaseDisposal;
import org.candour.cases.CaseIntake;
import org.candour.cases.CaseReference;
import org.candour.cases.CaseRecords;
import org.candour.security.Memberships;
import org.candour.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A county tenant's administrator, who also manages cases, redacts one answer of a
 * compliment from the case screen with a reason: an officer may not; a post without an
 * answer or a reason, or from a page older than the case, is refused on the page and
 * changes nothing; a case on legal hold offers nothing; after the redaction the case
 * screen no longer shows the answer, the history says why, and the history chain still
 * verifies.
 */
@CandourWebTest
class RedactionPagesIntegrationTests {

	private static final String DETAILS = "Sam Jones at the Hythe library helped me apply for a job online.";

	@LocalServerPort
	int port;

	@Autowired
	AdminTenants adminTenants;

	@Autowired
	Memberships memberships;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseRecords records;

	@Autowired
	Api api;

	@Autowired
	CaseDisposal disposal;

	@Autowired
	Clock clock;

	RedactionFixture fixture;

	AdminTenant tenant;

	String screen;

	@BeforeEach
	void aComplimentAndAnAdministratorWhoManagesCases() {
		this.fixture = new RedactionFixture(this.adminTenants, this.memberships, this.intake,
				Map.of("name", "Robin Example", "service", "libraries-registration", "summary", "Helpful library staff",
						"details", DETAILS, "publicationPermission", "yes-anonymous"));
		this.tenant = this.fixture.tenant;
		this.screen = this.fixture.screen();
	}

	@Test
	void anOfficerMayNeitherOpenNorPostTheRedactionPage() {
		ResidentBrowser officer = this.tenant.signedIn(this.port, AdminTenant.OFFICER);
		ResidentBrowser.Page caseScreen = officer.get(this.screen);
		assertThat(caseScreen.status()).isEqualTo(200);
		assertThat(caseScreen.html()).contains(DETAILS).doesNotContain("Redact an answer");

		assertThat(officer.get(this.screen + "/redact").status()).isEqualTo(403);
		officer.get(this.screen);
		assertThat(officer.post(this.screen + "/redact", "pointer", "/data/details", "reason", "Staff name").status())
			.isEqualTo(403);
		assertThat(details()).isEqualTo(DETAILS);
	}

	@Test
	void aRedactionWithoutAnAnswerOrAReasonOrFromAnOutOfDatePageIsRefusedAndChangesNothing() {
		ResidentBrowser admin = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		ResidentBrowser.Page form = admin.get(this.screen + "/redact");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.html()).contains("What would you like to tell us?", DETAILS, "Redaction cannot be undone");
		long version = version();

		ResidentBrowser.Page empty = admin.post(this.screen + "/redact", "reason", " ");
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.errorSummary()).contains("href=\"#pointer\"", "Select the answer to redact",
				"href=\"#reason\"", "Enter the reason for redacting");

		ResidentBrowser.Page noReason = admin.post(this.screen + "/redact", "pointer", "/data/details");
		assertThat(noReason.status()).isEqualTo(422);
		assertThat(noReason.errorSummary()).contains("Enter the reason for redacting")
			.doesNotContain("Select the answer");
		assertThat(noReason.html()).containsPattern("value=\"/data/details\"[^>]*checked");

		assertThat(form.html()).doesNotContain("value=\"/data/service\"");
		ResidentBrowser.Page notOffered = admin.post(this.screen + "/redact", "pointer", "/data/service", "reason",
				"A code from a list, not free text");
		assertThat(notOffered.status()).isEqualTo(422);
		assertThat(notOffered.errorSummary()).contains("Select the answer to redact");

		ResidentBrowser.Page stale = admin.post(this.screen + "/redact", "pointer", "/data/details", "reason",
				"Names a member of staff", "version", String.valueOf(version - 1));
		assertThat(stale.status()).isEqualTo(422);
		assertThat(stale.errorSummary()).contains("The case changed while you were choosing");

		assertThat(details()).isEqualTo(DETAILS);
		assertThat(version()).isEqualTo(version);
	}

	@Test
	void aRedactedAnswerLeavesTheCaseScreenAndTheHistoryStillVerifies() {
		ResidentBrowser admin = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		assertThat(admin.get(this.screen).html()).contains("Redact an answer");
		admin.get(this.screen + "/redact");

		ResidentBrowser.Page done = admin.post(this.screen + "/redact", "pointer", "/data/details", "reason",
				"Names a member of staff who asked not to be named");

		assertThat(done.status()).isEqualTo(200);
		assertThat(done.path()).isEqualTo(this.screen);
		assertThat(done.html())
			.contains("govuk-notification-banner--success",
					"The answer to \u201cWhat would you like to tell us?\u201d has been redacted", "[redacted]",
					"Answer redacted", "Names a member of staff who asked not to be named")
			.doesNotContain(DETAILS);
		assertThat(details()).isEqualTo("[redacted]");
		Api.Response verified = this.api
			.get("/api/tenants/" + this.tenant.id + "/cases/" + this.fixture.reference + "/history/verify");
		assertThat(verified.status()).isEqualTo(200);
		assertThat(verified.body().path("valid").asBoolean()).as(verified.body().toString()).isTrue();

		ResidentBrowser.Page again = admin.get(this.screen + "/redact");
		assertThat(again.html()).contains("Summary of your compliment").doesNotContain("value=\"/data/details\"");
	}

	@Test
	void aCaseOnLegalHoldOffersNothingToRedactAndRefusesAPost() {
		this.tenant.inTenant(() -> this.disposal.hold(new CaseReference(this.fixture.reference), true,
				"Ombudsman investigation", "manager@demo-county", this.clock.instant()));
		ResidentBrowser admin = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		ResidentBrowser.Page form = admin.get(this.screen + "/redact");
		assertThat(form.html()).contains("This case is on legal hold").doesNotContain("name=\"pointer\"");
		long version = version();

		admin.get(this.screen);
		ResidentBrowser.Page refused = admin.post(this.screen + "/redact", "pointer", "/data/details", "reason",
				"Names a member of staff");

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errorSummary()).contains("This answer cannot be redacted");
		assertThat(details()).isEqualTo(DETAILS);
		assertThat(version()).isEqualTo(version);
	}

	@Test
	void anAdministratorWhoDoesNotWorkCasesComesBackToTheRedactionPage() {
		this.tenant.inTenant(() -> {
			this.memberships.put(AdminTenant.ADMIN, List.of("TENANT_ADMIN"), List.of(), "redaction tests");
			return null;
		});
		ResidentBrowser admin = this.tenant.signedIn(this.port, AdminTenant.ADMIN);
		ResidentBrowser.Page form = admin.get(this.screen + "/redact");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.html()).doesNotContain("Back to case");

		ResidentBrowser.Page done = admin.post(this.screen + "/redact", "pointer", "/data/details", "reason",
				"Names a member of staff");

		assertThat(done.status()).isEqualTo(200);
		assertThat(done.path()).isEqualTo(this.screen + "/redact");
		assertThat(done.html()).contains("has been redacted", "Summary of your compliment").doesNotContain(DETAILS);
		assertThat(details()).isEqualTo("[redacted]");
	}

	private String details() {
		return this.fixture.answer(this.records, "details");
	}

	private long version() {
		return this.fixture.version(this.records);
	}

}
