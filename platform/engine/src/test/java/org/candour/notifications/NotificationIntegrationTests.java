package org.candour.notifications;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import org.candour.cases.CaseLogged;
import org.candour.cases.CaseReference;
import org.candour.security.TrackingLinks;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Acknowledgements and action notifications sent for real: by SMTP to GreenMail on a
 * loopback port (stopped to play a mail server that is down), and to an in-process GOV.UK
 * Notify. Retries are driven by calling the sweep with the test clock moved on.
 */
@CandourIntegrationTest
@TestPropertySource(
		properties = { "candour.public-url=https://feedback.example.test/", "candour.notifications.max-attempts=3",
				"candour.notifications.backoff=1m", "candour.notifications.sweep-interval=PT1H",
				"spring.mail.host=127.0.0.1", "CANDOUR_NOTIFY_TEST=" + FakeNotify.API_KEY })
class NotificationIntegrationTests {

	private static final int SMTP_PORT = freePort();

	private static final FakeNotify NOTIFY = new FakeNotify();

	private static final Duration WAIT = Duration.ofSeconds(10);

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	@Autowired
	NotificationDispatcher dispatcher;

	@Autowired
	Outbox outbox;

	@Autowired
	TrackingLinks trackingLinks;

	@Autowired
	MeterRegistry meters;

	@Autowired
	ApplicationEventPublisher events;

	GreenMail mail;

	String tenant;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("candour.notifications.notify-base-url", NOTIFY::baseUrl);
	}

	@BeforeEach
	void tenantAndMailServer() {
		this.clock.set("2026-11-18T10:00:00Z");
		this.mail = startedMailServer();
		this.tenant = NotificationFixtures.bilingualTenant(this.testTenants);
	}

	@AfterEach
	void stopMailServer() {
		if (this.mail != null) {
			this.mail.stop();
		}
	}

	@AfterAll
	static void stopNotify() {
		NOTIFY.close();
	}

	@Test
	void acknowledgesANewCaseByEmailWithItsReferenceDueDateAndTrackingLink() throws Exception {
		String reference = logged(NotificationFixtures.complaint("alex@example.org"));

		MimeMessage message = onlyMessage();
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo("alex@example.org");
		assertThat(message.getFrom()[0].toString()).isEqualTo("no-reply@" + this.tenant + ".candour.local");
		assertThat(message.getSubject()).isEqualTo("We have received your complaint " + reference);
		String body = (String) message.getContent();
		assertThat(body).contains("Thank you for contacting Test " + this.tenant + ".")
			.contains("Your reference is " + reference + ". We will reply by 25 November 2026.")
			.contains("About: Pothole reported three times")
			.doesNotContain("{{")
			.doesNotContain("}}");
		assertThat(trackedCase(body)).contains(new CaseReference(reference));
		List<NotificationView> listed = listed(reference);
		assertThat(listed).singleElement().satisfies(view -> {
			assertThat(view.status()).isEqualTo(NotificationStatus.SENT);
			assertThat(view.trigger()).isEqualTo("logged");
			assertThat(view.provider()).isEqualTo("smtp");
			assertThat(view.problem()).isNull();
		});
	}

	@Test
	void neverTellsAResidentTheDueDateOfAnInternalClock() throws Exception {
		this.tenant = NotificationFixtures.bilingualTenant(this.testTenants, false);
		logged(NotificationFixtures.complaint("alex@example.org"));

		String body = (String) onlyMessage().getContent();

		assertThat(body).contains("Thank you for contacting Test " + this.tenant + ".")
			.doesNotContain("25 November 2026");
	}

	@Test
	void writesToAResidentInWelshWhenTheyWroteInWelsh() throws Exception {
		String reference = logged(NotificationFixtures.welsh(NotificationFixtures.complaint("elin@example.org")));

		MimeMessage message = onlyMessage();
		assertThat(message.getSubject()).isEqualTo("Rydym wedi derbyn eich cwyn " + reference);
		assertThat((String) message.getContent()).contains("Diolch am gysylltu â Test " + this.tenant)
			.contains("Byddwn yn ymateb erbyn 25 Tachwedd 2026.")
			.contains("https://feedback.example.test/t/" + this.tenant + "/track/");
		assertThat(listed(reference).get(0).language()).isEqualTo("cy");
	}

	@Test
	void sendsWhatAnActionAsksTheResidentAndTheAssigneeToBeTold() throws Exception {
		Api.Response member = this.api.put("/api/tenants/" + this.tenant + "/members/" + NotificationFixtures.OFFICER,
				Map.of("roles", List.of("OFFICER"), "email", "jo.officer@example.org"));
		assertThat(member.status()).as(member.body().toString()).isEqualTo(200);
		String reference = logged(NotificationFixtures.complaint("sam@example.org"));
		assertThat(this.mail.waitForIncomingEmail(WAIT.toMillis(), 1)).isTrue();
		this.clock.set("2026-11-18T11:00:00Z");

		Api.Response acknowledged = this.api.post(cases() + "/" + reference + "/actions/acknowledge",
				Map.of("inputs", Map.of()));
		assertThat(acknowledged.status()).isEqualTo(200);

		assertThat(this.mail.waitForIncomingEmail(WAIT.toMillis(), 3)).isTrue();
		List<String> subjects = new java.util.ArrayList<>();
		for (MimeMessage message : this.mail.getReceivedMessages()) {
			subjects.add(message.getAllRecipients()[0] + ": " + message.getSubject());
		}
		assertThat(subjects).contains(
				"sam@example.org: Your complaint " + reference + ": we will respond by 2 December 2026",
				"jo.officer@example.org: Case " + reference + " is yours");
		List<NotificationView> listed = listed(reference);
		assertThat(listed).extracting(NotificationView::trigger, NotificationView::recipient)
			.containsExactlyInAnyOrder(tuple("logged", "complainant"), tuple("action-1-acknowledge", "complainant"),
					tuple("action-2-acknowledge", "member:" + NotificationFixtures.OFFICER));
		assertThat(this.mail.getReceivedMessages()).hasSize(3);
	}

	@Test
	void retriesWhileTheMailServerIsDownAndDeliversWhenItIsBack() throws Exception {
		this.mail.stop();
		this.mail = null;
		String reference = logged(NotificationFixtures.complaint("kim@example.org"));

		Notification firstTry = afterTries(reference, 1);
		assertThat(firstTry.status()).isEqualTo(NotificationStatus.PENDING);
		assertThat(firstTry.lastError()).contains("mail server");
		assertThat(this.api.get(cases() + "/" + reference).body().path("state").asString()).isEqualTo("new");
		assertThat(asTenant(this.dispatcher::sweep)).as("not due before the backoff").isZero();

		this.mail = startedMailServer();
		this.clock.set("2026-11-18T10:01:00Z");
		asTenant(this.dispatcher::sweep);

		assertThat(onlyMessage().getSubject()).contains(reference);
		Notification sent = only(reference);
		assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
		assertThat(sent.attempts()).isEqualTo(2);
	}

	@Test
	void marksANotificationFailedAfterTheLastTryAndCountsIt() {
		this.mail.stop();
		this.mail = null;
		String reference = logged(NotificationFixtures.complaint("lee@example.org"));
		afterTries(reference, 1);

		this.clock.set("2026-11-18T10:01:00Z");
		asTenant(this.dispatcher::sweep);
		assertThat(only(reference).attempts()).isEqualTo(2);
		assertThat(only(reference).nextAttemptAt()).isEqualTo("2026-11-18T10:03:00Z");
		this.clock.set("2026-11-18T10:03:00Z");
		asTenant(this.dispatcher::sweep);

		Notification failed = only(reference);
		assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
		assertThat(failed.attempts()).isEqualTo(3);
		assertThat(failedCount()).isEqualTo(1.0);
		this.clock.set("2026-11-19T10:00:00Z");
		asTenant(this.dispatcher::sweep);
		assertThat(only(reference).attempts()).isEqualTo(3);
		assertThat(listed(reference).get(0).problem()).contains("mail server");
	}

	@Test
	void aCaseLoggedTwiceIsAcknowledgedOnce() throws Exception {
		Map<String, String> key = Map.of("Idempotency-Key", "web-submission-7");
		Api.Response first = this.api.post(cases(), NotificationFixtures.complaint("jo@example.org"), key);
		Api.Response again = this.api.post(cases(), NotificationFixtures.complaint("jo@example.org"), key);
		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(200);
		String reference = first.body().path("reference").asString();
		asTenant(() -> {
			this.events.publishEvent(new CaseLogged(new CaseReference(reference), "complaint-stage-1", "web"));
			return null;
		});

		assertThat(this.mail.waitForIncomingEmail(WAIT.toMillis(), 1)).isTrue();
		// delivery is at-least-once: a sweep after the lease may resend what is not yet
		// recorded as sent, so the clock moves on only once it is
		await().atMost(WAIT).until(() -> only(reference).status() == NotificationStatus.SENT);
		this.clock.set("2026-11-19T10:00:00Z");
		asTenant(this.dispatcher::sweep);
		assertThat(this.mail.getReceivedMessages()).hasSize(1);
		assertThat(asTenant(() -> this.outbox.ofCase(reference))).hasSize(1);
	}

	@Test
	void recordsButDoesNotSendWhenTheResidentGaveNoEmailAddress() {
		Map<String, Object> complaint = new HashMap<>(NotificationFixtures.complaint("x@example.org"));
		Map<String, Object> data = new HashMap<>(
				Map.of("name", "Pat", "service", "highways", "summary", "Bins", "details", "Not collected."));
		complaint.put("data", data);
		String reference = logged(complaint);

		assertThat(listed(reference)).singleElement().satisfies(view -> {
			assertThat(view.status()).isEqualTo(NotificationStatus.NOT_SENT);
			assertThat(view.problem()).isEqualTo("The resident gave no email address");
		});
	}

	@Test
	void sendsThroughGovUkNotifyWhenTheTenantChoosesIt() {
		Api.Response chosen = this.api.put("/api/tenants/" + this.tenant + "/notification-settings",
				Map.of("provider", "notify", "notifyApiKeyReference", "CANDOUR_NOTIFY_TEST"));
		assertThat(chosen.status()).isEqualTo(200);
		assertThat(chosen.body().path("problem").isNull()).isTrue();

		String reference = logged(NotificationFixtures.complaint("notify@example.org"));

		FakeNotify.Received request = await().atMost(WAIT)
			.until(() -> NOTIFY.received()
				.stream()
				.filter(r -> r.body().path("reference").asString().equals(reference))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
		assertThat(request.authorization()).startsWith("Bearer ");
		assertThat(request.body().path("template_id").asString()).isEqualTo(NotificationFixtures.NOTIFY_TEMPLATE_ID);
		assertThat(request.body().path("email_address").asString()).isEqualTo("notify@example.org");
		assertThat(request.body().path("personalisation").path("reference").asString()).isEqualTo(reference);
		assertThat(request.body().path("personalisation").path("dueDate").asString()).isEqualTo("25 November 2026");
		assertThat(request.body().path("personalisation").path("tenantName").asString())
			.isEqualTo("Test " + this.tenant);
		assertThat(trackedCase(request.body().path("personalisation").path("trackingLink").asString()))
			.contains(new CaseReference(reference));
		await().atMost(WAIT).until(() -> only(reference).status() == NotificationStatus.SENT);
		assertThat(only(reference).provider()).isEqualTo("notify");
		assertThat(this.mail.getReceivedMessages()).isEmpty();
	}

	private String logged(Map<String, Object> complaint) {
		Api.Response logged = this.api.post(cases(), complaint);
		assertThat(logged.status()).as(logged.body().toString()).isEqualTo(201);
		return logged.body().path("reference").asString();
	}

	private MimeMessage onlyMessage() {
		assertThat(this.mail.waitForIncomingEmail(WAIT.toMillis(), 1)).as("an email arrived").isTrue();
		MimeMessage[] received = this.mail.getReceivedMessages();
		assertThat(received).hasSize(1);
		return received[0];
	}

	private Optional<CaseReference> trackedCase(String text) {
		Matcher link = Pattern.compile("https://feedback\\.example\\.test/t/" + this.tenant + "/track/(\\S+)")
			.matcher(text);
		assertThat(link.find()).as("tracking link in " + text).isTrue();
		return asTenant(() -> this.trackingLinks.verify(link.group(1))).map(TrackingLinks.Link::reference);
	}

	private Notification afterTries(String reference, int tries) {
		return await().atMost(WAIT)
			.until(() -> asTenant(() -> this.outbox.ofCase(reference)),
					found -> found.size() == 1 && found.get(0).attempts() == tries
							&& found.get(0).status() != NotificationStatus.SENDING)
			.get(0);
	}

	private Notification only(String reference) {
		List<Notification> found = asTenant(() -> this.outbox.ofCase(reference));
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private List<NotificationView> listed(String reference) {
		Api.Response response = this.api.get(cases() + "/" + reference + "/notifications");
		assertThat(response.status()).isEqualTo(200);
		List<NotificationView> views = new java.util.ArrayList<>();
		response.body()
			.forEach(view -> views.add(tools.jackson.databind.json.JsonMapper.builder()
				.build()
				.treeToValue(view, NotificationView.class)));
		return views;
	}

	private double failedCount() {
		Counter counter = this.meters.find("candour.notifications.failed").tag("tenant", this.tenant).counter();
		return counter == null ? 0 : counter.count();
	}

	private String cases() {
		return "/api/tenants/" + this.tenant + "/cases";
	}

	private <T> T asTenant(Supplier<T> work) {
		return TenantContext.callAs(CurrentTenant.pooled(this.tenant), work);
	}

	private static GreenMail startedMailServer() {
		GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
