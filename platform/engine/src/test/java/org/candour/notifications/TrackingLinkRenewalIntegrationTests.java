package org.candour.notifications;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.candour.api.EndpointRoles;
import org.candour.cases.CaseLookup;
import org.candour.cases.CaseReference;
import org.candour.cases.FeedbackCase;
import org.candour.notifications.ResidentLinkRequests.Outcome;
import org.candour.notifications.ResidentLinkRequests.Requested;
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
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new tracking link for a case's resident, and every earlier link stops working: sent
 * by an officer or manager ({@code POST …/cases/{ref}/tracking-link}), or asked for by
 * the resident with the reference and the email address or postcode they gave, which
 * sends it only when the details match a case with an email address, within the limits,
 * every request written to the security log. (No mail server here: the new link is read
 * from the outbox.)
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
	ResidentLinkRequests requests;

	@Autowired
	CaseLookup lookup;

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
		String reference = logged(Map.of("email", "alex@example.org"));
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
		String reference = logged(Map.of("email", "alex@example.org"));
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

	@Test
	void aResidentGivingTheEmailAddressInOtherCapitalsGetsANewLinkAndTheOldOneStopsWorking() {
		String reference = logged(Map.of("email", "Alex.Smith@Example.org"));
		String old = onlyLink(reference, "logged");

		Requested requested = request("203.0.113.1", reference.toLowerCase(), " alex.smith@example.ORG ");

		assertThat(requested.outcome()).isEqualTo(Outcome.SENT);
		assertThat(verify(old)).as("the link sent first").isEmpty();
		String fresh = onlyLink(reference, "tracking-link-1");
		assertThat(verify(fresh)).hasValueSatisfying(link -> assertThat(link.reference().value()).isEqualTo(reference));
		assertThat(securityLog("tracking-link-requested")).contains("reference " + reference + ": a new link was sent");
	}

	@Test
	void aPostcodeMatchesWhateverItsSpacesAndCapitals() {
		String reference = logged(Map.of("email", "jo@example.org", "address", Map.of("postcode", "NM1 4AB")));
		assertThat(request("203.0.113.2", reference, "nm14ab").outcome()).isEqualTo(Outcome.SENT);
		assertThat(request("203.0.113.2", reference, "NM1  4 AB").outcome()).isEqualTo(Outcome.SENT);
		assertThat(onlyLink(reference, "tracking-link-2")).isNotBlank();
	}

	@Test
	void detailsThatDoNotMatchAndUnknownReferencesChangeNothing() {
		String reference = logged(Map.of("email", "sam@example.org", "address", Map.of("postcode", "NM1 4AB")));
		String old = onlyLink(reference, "logged");

		assertThat(request("203.0.113.3", reference, "someone@example.org").outcome()).isEqualTo(Outcome.NO_MATCH);
		assertThat(request("203.0.113.3", reference, "NM1 4AC").outcome()).isEqualTo(Outcome.NO_MATCH);
		assertThat(request("203.0.113.3", "CHC-1999-999999", "sam@example.org").outcome())
			.isEqualTo(Outcome.UNKNOWN_REFERENCE);

		assertThat(verify(old)).isPresent();
		assertThat(notifications(reference)).extracting(Notification::trigger).containsExactly("logged");
		assertThat(securityLog("tracking-link-requested")).contains(
				"reference " + reference + ": the email address or postcode did not match",
				"reference CHC-1999-999999: no case has this reference");
	}

	@Test
	void aCaseWithAPostcodeButNoEmailAddressKeepsItsLinksForThereIsNowhereToSendANewOne() {
		String reference = logged(Map.of("address", Map.of("postcode", "NM1 4AB")));
		String token = TenantContext.callAs(current(), () -> this.links.issue(feedbackCase(reference)));

		assertThat(request("203.0.113.4", reference, "NM1 4AB").outcome()).isEqualTo(Outcome.NO_EMAIL);

		assertThat(verify(token)).isPresent();
		assertThat(notifications(reference)).noneMatch(n -> n.trigger().startsWith("tracking-link"));
	}

	@Test
	void aSixthAttemptForOneReferenceWithinTheHourIsRefusedAndLogged() {
		String reference = logged(Map.of("email", "pat@example.org"));
		for (int i = 1; i <= 5; i++) {
			assertThat(request("203.0.113.5" + i, reference, "guess" + i + "@example.org").outcome())
				.isEqualTo(Outcome.NO_MATCH);
		}
		Requested refused = request("203.0.113.60", reference, "pat@example.org");
		assertThat(refused.outcome()).isEqualTo(Outcome.LIMITED);
		assertThat(refused.retryAfter()).isPositive();
		assertThat(notifications(reference)).extracting(Notification::trigger).containsExactly("logged");
		assertThat(securityLog("tracking-link-request-limited"))
			.contains("reference " + reference + ": too many attempts");

		this.clock.set("2026-11-18T11:00:00Z");
		assertThat(request("203.0.113.60", reference, "pat@example.org").outcome()).isEqualTo(Outcome.SENT);
	}

	private String logged(Map<String, Object> people) {
		Api.Response logged = this.api.post(cases(),
				Map.of("feedbackType", "complaint-stage-1", "channel", "web", "people", people, "data",
						Map.of("name", "Alex Smith", "service", "highways", "summary", "Pothole reported three times",
								"details", "The pothole is still there.")));
		assertThat(logged.status()).as(logged.body().toString()).isEqualTo(201);
		return logged.body().path("reference").asString();
	}

	private Requested request(String client, String reference, String given) {
		return TenantContext.callAs(current(),
				() -> this.requests.request(client, new CaseReference(reference.toUpperCase()), given));
	}

	private FeedbackCase feedbackCase(String reference) {
		return this.lookup.find(new CaseReference(reference)).orElseThrow();
	}

	private List<Notification> notifications(String reference) {
		return TenantContext.callAs(current(), () -> this.outbox.ofCase(reference));
	}

	private List<String> securityLog(String type) {
		JsonNode log = this.api.get("/api/tenants/" + this.tenant + "/security-events?type=" + type).body();
		return log.findValuesAsString("detail");
	}

	private String onlyLink(String reference, String trigger) {
		List<Notification> found = notifications(reference).stream()
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
