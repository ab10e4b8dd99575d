package org.candour.security;

import java.time.Duration;
import java.util.Optional;

import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signed, expiring link an administrator gives a colleague to review a draft form.
 */
@CandourIntegrationTest
class PreviewLinksIntegrationTests {

	@Autowired
	PreviewLinks previews;

	@Autowired
	TrackingLinks tracking;

	@Autowired
	TenantManagement tenants;

	@Autowired
	TestClock clock;

	@Autowired
	TestTenants testTenants;

	CurrentTenant tenant;

	@BeforeEach
	void tenant() {
		this.clock.set("2026-11-18T10:00:00Z");
		this.tenant = this.tenants.get(this.testTenants.withConfiguration("chc-two-stage")).asCurrent();
	}

	@Test
	void aLinkShowsTheDraftOfItsFeedbackTypeUntilItExpires() {
		String token = issue("complaint-stage-1", Duration.ofDays(7));
		assertThat(verify(this.tenant, token)).get()
			.satisfies(preview -> assertThat(preview.feedbackType()).isEqualTo("complaint-stage-1"))
			.satisfies(preview -> assertThat(preview.issuedBy()).isEqualTo("tenant-admin"));
		this.clock.set("2026-11-25T09:59:59Z");
		assertThat(verify(this.tenant, token)).isPresent();
		this.clock.set("2026-11-25T10:00:00Z");
		assertThat(verify(this.tenant, token)).isEmpty();
	}

	@Test
	void aLinkWorksAtMostThirtyDays() {
		String token = issue("complaint-stage-1", Duration.ofDays(365));
		assertThat(verify(this.tenant, token).orElseThrow().expires())
			.isEqualTo(this.clock.instant().plus(PreviewLinks.LONGEST));
	}

	@Test
	void anAlteredLinkAnotherTenantsLinkAndATrackingLinkShowNothing() {
		String token = issue("complaint-stage-1", Duration.ofDays(7));
		String payload = token.substring(0, token.indexOf('.'));
		String signature = token.substring(token.indexOf('.') + 1);
		String otherPayload = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(new String(java.util.Base64.getUrlDecoder().decode(payload),
					java.nio.charset.StandardCharsets.UTF_8)
				.replace("complaint-stage-1", "complaint-stage-2")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(verify(this.tenant, otherPayload + "." + signature)).isEmpty();

		CurrentTenant other = this.tenants.get(this.testTenants.withConfiguration("chc-two-stage")).asCurrent();
		assertThat(verify(other, token)).isEmpty();

		// the same key signs tracking links, but for another purpose
		assertThat(TenantContext.callAs(this.tenant, () -> this.tracking.verify(token))).isEmpty();
	}

	private String issue(String feedbackType, Duration validity) {
		return TenantContext.callAs(this.tenant, () -> this.previews.issue(feedbackType, "tenant-admin", validity));
	}

	private Optional<PreviewLinks.Preview> verify(CurrentTenant tenant, String token) {
		return TenantContext.callAs(tenant, () -> this.previews.verify(token));
	}

}
