package org.candour.security;

import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.candour.cases.CaseReference;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestClock;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A resident's signed, expiring link to their case. */
@CandourIntegrationTest
class TrackingLinksIntegrationTests {

	private static final CaseReference REFERENCE = new CaseReference("CC-2026-000042");

	@Autowired
	TrackingLinks links;

	@Autowired
	TenantManagement tenants;

	@Autowired
	TestClock clock;

	@Autowired
	Api api;

	CurrentTenant tenant;

	@BeforeEach
	void tenant() {
		this.clock.set("2026-11-18T10:00:00Z");
		this.tenant = this.tenants.get(this.api.newTenant("pooled")).asCurrent();
	}

	@Test
	void namesTheCaseOfAGenuineUnexpiredLink() {
		String token = issue(Duration.ofDays(30));
		assertThat(verify(this.tenant, token)).contains(REFERENCE);
	}

	@Test
	void refusesATamperedLink() {
		String token = issue(Duration.ofDays(30));
		String[] parts = token.split("\\.");
		String otherCase = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(new String(Base64.getUrlDecoder().decode(parts[0])).replace("000042", "000043").getBytes());
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
	void refusesAnExpiredLink() {
		String token = issue(Duration.ofDays(30));
		this.clock.set("2026-12-18T10:00:01Z");
		assertThat(verify(this.tenant, token)).isEmpty();
	}

	@Test
	void refusesAnotherTenantsLink() {
		String token = issue(Duration.ofDays(30));
		CurrentTenant other = this.tenants.get(this.api.newTenant("siloed")).asCurrent();
		assertThat(verify(other, token)).isEmpty();
	}

	@Test
	void keepsEachTenantsKeyAcrossIssues() {
		String first = issue(Duration.ofDays(1));
		assertThat(verify(this.tenant, first)).contains(REFERENCE);
		assertThat(verify(this.tenant, issue(Duration.ofDays(1)))).contains(REFERENCE);
	}

	private String issue(Duration validity) {
		return TenantContext.callAs(this.tenant, () -> this.links.issue(REFERENCE, validity));
	}

	private Optional<CaseReference> verify(CurrentTenant tenant, String token) {
		return TenantContext.callAs(tenant, () -> this.links.verify(token));
	}

}
