package org.candour.security;

import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.candour.cases.CaseLookup;
import org.candour.cases.CaseReference;
import org.candour.cases.FeedbackCase;
import org.candour.cases.ResidentTracking;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident's signed, expiring, revocable link to their case, bound to the case's
 * storage id.
 */
@CandourIntegrationTest
class TrackingLinksIntegrationTests {

	private static final Map<String, Object> COMPLAINT = Map.of("feedbackType", "complaint-stage-1", "channel", "web",
			"data", Map.of("name", "Alex Smith", "email", "alex@example.org", "service", "highways", "summary",
					"Pothole reported three times", "details", "The pothole outside number 12 is still there."));

	@Autowired
	TrackingLinks links;

	@Autowired
	TenantManagement tenants;

	@Autowired
	CaseLookup cases;

	@Autowired
	ResidentTracking tracking;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	TestClock clock;

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	CurrentTenant tenant;

	FeedbackCase logged;

	@BeforeEach
	void tenantWithACase() {
		this.clock.set("2026-11-18T10:00:00Z");
		String id = this.testTenants.withConfiguration("chc-two-stage");
		this.tenant = this.tenants.get(id).asCurrent();
		this.logged = log();
	}

	@Test
	void namesTheCaseOfAGenuineUnexpiredLink() {
		String token = issue(this.logged);
		assertThat(verify(this.tenant, token))
			.contains(new TrackingLinks.Link(this.logged.id(), this.logged.caseReference()));
	}

	@Test
	void refusesATamperedLink() {
		String token = issue(this.logged);
		String[] parts = token.split("\\.");
		String sequence = this.logged.reference().substring(this.logged.reference().length() - 6);
		String otherCase = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(new String(Base64.getUrlDecoder().decode(parts[0])).replace(sequence, "999999").getBytes());
		assertThat(verify(this.tenant, otherCase + "." + parts[1])).isEmpty();
		for (int position : new int[] { 0, parts[1].length() / 2, parts[1].length() - 1 }) {
			char original = parts[1].charAt(position);
			String changed = parts[1].substring(0, position) + (original == 'A' ? 'B' : 'A')
					+ parts[1].substring(position + 1);
			assertThat(verify(this.tenant, parts[0] + "." + changed)).as("signature changed at %d", position).isEmpty();
		}
		assertThat(verify(this.tenant, "not-a-token")).isEmpty();
		assertThat(verify(this.tenant, token + ".extra")).isEmpty();
	}

	@Test
	void linksWorkForNinetyDaysByDefault() {
		String token = issue(this.logged);
		this.clock.set("2027-02-15T10:00:00Z");
		assertThat(verify(this.tenant, token)).as("89 days on").isPresent();
		this.clock.set("2027-02-16T10:00:01Z");
		assertThat(verify(this.tenant, token)).as("90 days and a second on").isEmpty();
	}

	@Test
	void refusesAnotherTenantsLink() {
		String token = issue(this.logged);
		CurrentTenant other = this.tenants.get(this.api.newTenant("siloed")).asCurrent();
		assertThat(verify(other, token)).isEmpty();
	}

	@Test
	void keepsEachTenantsKeyAcrossIssues() {
		String first = issue(this.logged);
		assertThat(verify(this.tenant, first)).isPresent();
		assertThat(verify(this.tenant, issue(this.logged))).isPresent();
	}

	@Test
	void revokingACasesLinksKillsEveryEarlierLinkButNotLaterOnes() {
		String first = issue(this.logged);
		String second = issue(this.logged);
		long revocations = TenantContext.callAs(this.tenant, () -> this.links.revokeAll(this.logged));
		assertThat(revocations).isEqualTo(1);
		assertThat(verify(this.tenant, first)).isEmpty();
		assertThat(verify(this.tenant, second)).isEmpty();
		String after = issue(this.logged);
		assertThat(verify(this.tenant, after)).isPresent();
	}

	@Test
	void aLinkNeverOpensAnotherCaseThatGotItsReference() {
		String token = issue(this.logged);
		// what a crash that lost the case, and a later case given its reference (a
		// counter restored from a backup, say), would leave
		String otherId = this.logged.id() + "-other";
		TenantContext.runAs(this.tenant, () -> {
			Document lost = this.mongo.getCollection("cases")
				.find(new Document("reference", this.logged.reference()))
				.first();
			this.mongo.getCollection("cases").deleteOne(new Document("reference", this.logged.reference()));
			lost.put("_id", otherId);
			lost.put("id", otherId);
			lost.remove("tenantId");
			this.mongo.getCollection("cases").insertOne(lost);
		});

		Optional<TrackingLinks.Link> link = verify(this.tenant, token);
		assertThat(link).isPresent();
		assertThat(TenantContext.callAs(this.tenant,
				() -> this.tracking.find(link.get().caseId(), link.get().reference())))
			.as("the link names the lost case, not the one that got its reference")
			.isEmpty();
		assertThat(TenantContext.callAs(this.tenant, () -> this.tracking.find(otherId, this.logged.caseReference())))
			.as("the case that got the reference")
			.isPresent();
	}

	private FeedbackCase log() {
		Api.Response response = this.api.post("/api/tenants/" + this.tenant.value() + "/cases", COMPLAINT);
		assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
		CaseReference reference = new CaseReference(response.body().path("reference").asString());
		return TenantContext.callAs(this.tenant, () -> this.cases.find(reference).orElseThrow());
	}

	private String issue(FeedbackCase feedbackCase) {
		return TenantContext.callAs(this.tenant, () -> this.links.issue(feedbackCase));
	}

	private Optional<TrackingLinks.Link> verify(CurrentTenant tenant, String token) {
		return TenantContext.callAs(tenant, () -> this.links.verify(token));
	}

}
