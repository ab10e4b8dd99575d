package org.candour.notifications;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.candour.api.EndpointRoles;
import org.candour.security.TrackingLinks;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.support.TestTokens;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST …/cases/{ref}/tracking-link}: an officer or manager sends the resident a
 * new tracking link, and every earlier link stops working. (No mail server here: the new
 * link is read from the outbox.)
 */
@CandourIntegrationTest
class TrackingLinkRenewalIntegrationTests {

	private static final Pattern LINK = Pattern.compile("/track/(\\S+?)\\.?(\\s|$)");

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestTokens tokens;

	@Autowired
	TestClock clock;

	@Autowired
	Outbox outbox;

	@Autowired
	TrackingLinks links;

	@Autowired
	TenantManagement tenants;

	String tenant;

	@BeforeEach
	void tenant() {
		this.clock.set("2026-11-18T10:00:00Z");
		this.tenant = this.testTenants.withConfiguration("chc-two-stage");
	}

	@Test
	void anOfficerSendsANewLinkAndTheOldOneStopsWorking() {
		String reference = logged();
		String old = onlyLink(reference, "logged");
		assertThat(verify(old)).isPresent();

		Api.Response renewed = this.api.post(cases() + "/" + reference + "/tracking-link", null);
		assertThat(renewed.status()).as(renewed.body().toString()).isEqualTo(202);
		assertThat(renewed.body().path("revocations").asLong()).isEqualTo(1);
		assertThat(renewed.body().path("trigger").asString()).isEqualTo("tracking-link-1");
		assertThat(renewed.body().toString()).doesNotContain("/track/");

		String fresh = onlyLink(reference, "tracking-link-1");
		assertThat(verify(old)).as("the link sent first").isEmpty();
		assertThat(verify(fresh)).hasValueSatisfying(link -> assertThat(link.reference().value()).isEqualTo(reference));

		assertThat(this.api.post(cases() + "/" + reference + "/tracking-link", null).status()).isEqualTo(202);
		assertThat(verify(fresh)).as("the second link, after a third was asked for").isEmpty();
		assertThat(verify(onlyLink(reference, "tracking-link-2"))).isPresent();
	}

	@Test
	void onlyOfficersAndManagersMayAskForANewLink() {
		String reference = logged();
		for (String role : List.of(EndpointRoles.AUDITOR, EndpointRoles.TENANT_ADMIN, EndpointRoles.INVESTIGATOR)) {
			String token = this.tokens.member("user-" + role.toLowerCase(), this.tenant, Set.of(role), Set.of());
			assertThat(this.api.sendAs(token, "POST", cases() + "/" + reference + "/tracking-link", null).status())
				.as(role)
				.isEqualTo(403);
		}
		String manager = this.tokens.member("a-manager", this.tenant, Set.of(EndpointRoles.MANAGER), Set.of());
		assertThat(this.api.sendAs(manager, "POST", cases() + "/" + reference + "/tracking-link", null).status())
			.isEqualTo(202);
		assertThat(this.api.post(cases() + "/NO-SUCH-1/tracking-link", null).status()).isEqualTo(404);
	}

	private String logged() {
		Api.Response logged = this.api.post(cases(),
				Map.of("feedbackType", "complaint-stage-1", "channel", "web", "data",
						Map.of("name", "Alex Smith", "email", "alex@example.org", "service", "highways", "summary",
								"Pothole reported three times", "details", "The pothole is still there.")));
		assertThat(logged.status()).as(logged.body().toString()).isEqualTo(201);
		return logged.body().path("reference").asString();
	}

	private String onlyLink(String reference, String trigger) {
		List<Notification> found = TenantContext.callAs(current(), () -> this.outbox.ofCase(reference))
			.stream()
			.filter(notification -> notification.trigger().equals(trigger))
			.toList();
		assertThat(found).hasSize(1);
		Matcher link = LINK.matcher(found.get(0).body());
		assertThat(link.find()).as("a tracking link in " + found.get(0).body()).isTrue();
		return link.group(1);
	}

	private Optional<TrackingLinks.Link> verify(String token) {
		return TenantContext.callAs(current(), () -> this.links.verify(token));
	}

	private CurrentTenant current() {
		return this.tenants.get(this.tenant).asCurrent();
	}

	private String cases() {
		return "/api/tenants/" + this.tenant + "/cases";
	}

}
