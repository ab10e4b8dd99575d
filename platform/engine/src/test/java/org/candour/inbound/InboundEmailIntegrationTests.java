package org.candour.inbound;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.activation.DataHandler;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.TestTenants;
import org.candour.support.TestTokens;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Inbound email for real: GreenMail's IMAP server on a random loopback port, set as each
 * tenant's mailbox through the API, polled by calling the poller directly (the schedule
 * does not tick in tests).
 */
@CandourIntegrationTest
class InboundEmailIntegrationTests {

	private static final List<String> PASSWORD_VARIABLES = new java.util.concurrent.CopyOnWriteArrayList<>();

	private static final String PASSWORD = "mailbox-secret-" + UUID.randomUUID();

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private static final byte[] EXECUTABLE = new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0 };

	private static final GreenMail MAIL = new GreenMail(ServerSetup.IMAP.dynamicPort());

	private static final Session SESSION = Session.getInstance(new java.util.Properties());

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestTokens tokens;

	@Autowired
	TenantManagement tenants;

	@Autowired
	MailboxPoller poller;

	@BeforeAll
	static void startMailServer() {
		MAIL.start();
	}

	@AfterAll
	static void stopMailServer() {
		MAIL.stop();
		PASSWORD_VARIABLES.forEach(System::clearProperty);
	}

	@Test
	void anEmailWithAFileBecomesAContactInTriageWithItsFile() throws Exception {
		Mailbox mailbox = mailboxFor(this.testTenants.withShippedPack("in", "unitary-council-triage"));
		mailbox.deliver(email("Pat Resident <pat@example.org>", "Bins not collected for three weeks",
				"Our bins have not been collected since 1 November.", file("photo-of-bins.pdf", PDF),
				file("invoice.exe", EXECUTABLE)));

		JsonNode summary = poll(mailbox);

		assertThat(summary.path("contacts").asInt()).isEqualTo(1);
		JsonNode contact = only(casesOf(mailbox.tenant));
		assertThat(contact.path("channel").asString()).isEqualTo("email");
		assertThat(contact.path("stateCategory").asString()).isEqualTo("new");
		assertThat(contact.path("summary").asString()).isEqualTo("Bins not collected for three weeks");
		assertThat(contact.path("data").path("details").asString())
			.isEqualTo("Our bins have not been collected since 1 November.");
		String reference = contact.path("reference").asString();
		JsonNode people = this.api.get(casePath(mailbox.tenant, reference) + "/people").body();
		assertThat(people.toString()).contains("pat@example.org").contains("Pat Resident");
		JsonNode files = this.api.get(casePath(mailbox.tenant, reference) + "/attachments").body();
		assertThat(files).hasSize(1);
		assertThat(files.get(0).path("fileName").asString()).isEqualTo("photo-of-bins.pdf");
		assertThat(files.get(0).path("contentType").asString()).isEqualTo("application/pdf");
		assertThat(history(mailbox.tenant, reference).get(0).path("comment").asString())
			.contains("Email from pat@example.org")
			.contains("Files not kept: invoice.exe (The file must be a");
		assertThat(mailbox.allSeen()).isTrue();
	}

	@Test
	void anHtmlOnlyEmailIsKeptAsText() throws Exception {
		Mailbox mailbox = mailboxFor(this.testTenants.withShippedPack("in", "unitary-council-triage"));
		MimeMessage message = new MimeMessage(SESSION);
		message.setFrom(new InternetAddress("sam@example.org"));
		message.setSubject("Streetlight out");
		message.setContent(
				"<html><head><style>p{color:red}</style></head><body><p>The light on <b>Mill Lane</b>"
						+ " is out.</p><p>Please fix it.</p><script>alert(1)</script></body></html>",
				"text/html; charset=UTF-8");
		message.saveChanges();
		mailbox.deliver(message);

		poll(mailbox);

		String details = only(casesOf(mailbox.tenant)).path("data").path("details").asString();
		assertThat(details).isEqualTo("The light on Mill Lane is out.\nPlease fix it.");
	}

	@Test
	void aReplyToTheAcknowledgementLandsOnItsCase() throws Exception {
		Mailbox mailbox = mailboxFor(this.testTenants.withShippedPack("in", "unitary-council-triage"));
		mailbox.deliver(email("pat@example.org", "Noisy neighbours", "The noise goes on all night."));
		poll(mailbox);
		String reference = only(casesOf(mailbox.tenant)).path("reference").asString();

		mailbox.deliver(email("pat@example.org", "Re: We have received your message " + reference,
				"Here is the recording you asked for.", file("recording-notes.pdf", PDF)));
		JsonNode summary = poll(mailbox);

		assertThat(summary.path("replies").asInt()).isEqualTo(1);
		assertThat(summary.path("contacts").asInt()).isZero();
		assertThat(casesOf(mailbox.tenant)).hasSize(1);
		JsonNode reply = history(mailbox.tenant, reference).stream()
			.filter(entry -> EmailIntake.REPLY_ACTION.equals(entry.path("action").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(reply.path("comment").asString()).contains("Re: We have received your message " + reference)
			.contains("Here is the recording you asked for.");
		JsonNode files = this.api.get(casePath(mailbox.tenant, reference) + "/attachments").body();
		assertThat(files).extracting(file -> file.path("fileName").asString()).containsExactly("recording-notes.pdf");
	}

	@Test
	void bouncesAndAutoRepliesAreIgnoredAndCounted() throws Exception {
		Mailbox mailbox = mailboxFor(this.testTenants.withShippedPack("in", "unitary-council-triage"));
		MimeMessage bounce = new MimeMessage(SESSION);
		bounce.setFrom(new InternetAddress("MAILER-DAEMON@mail.example.org"));
		bounce.setSubject("Undelivered Mail Returned to Sender");
		MimeMultipart report = new MimeMultipart("report; report-type=delivery-status");
		MimeBodyPart explanation = new MimeBodyPart();
		explanation.setText("Your message could not be delivered.");
		report.addBodyPart(explanation);
		MimeBodyPart status = new MimeBodyPart();
		status.setDataHandler(new DataHandler(
				new ByteArrayDataSource("Reporting-MTA: dns; mail.example.org\r\n".getBytes(StandardCharsets.US_ASCII),
						"message/delivery-status")));
		report.addBodyPart(status);
		bounce.setContent(report);
		bounce.saveChanges();
		MimeMessage vacation = email("jo@example.org", "Out of office", "I am away until Monday.");
		vacation.setHeader("Auto-Submitted", "auto-replied");
		vacation.saveChanges();
		mailbox.deliver(bounce);
		mailbox.deliver(vacation);

		JsonNode summary = poll(mailbox);

		assertThat(summary.path("ignored").asInt()).isEqualTo(2);
		assertThat(summary.path("contacts").asInt()).isZero();
		assertThat(casesOf(mailbox.tenant)).isEmpty();
		assertThat(this.api.get(mailboxPath(mailbox.tenant)).body().path("messages").path("ignored").asLong())
			.isEqualTo(2);
		assertThat(mailbox.allSeen()).isTrue();
	}

	@Test
	void aPollStoppedMidwayLosesAndDoublesNothing() throws Exception {
		Mailbox mailbox = mailboxFor(this.testTenants.withShippedPack("in", "unitary-council-triage"));
		mailbox.deliver(email("ann@example.org", "Pothole on the High Street", "A deep pothole."));
		poll(mailbox);
		String earlier = only(casesOf(mailbox.tenant)).path("reference").asString();
		mailbox.deliver(email("amy@example.org", "Missed bin", "Missed again."));
		mailbox.deliver(email("ann@example.org", "Re: " + earlier, "It is getting deeper."));
		mailbox.deliver(email("ali@example.org", "Graffiti", "On the underpass."));
		int[] stored = { 0 };

		assertThatThrownBy(() -> TenantContext.runAs(current(mailbox.tenant), () -> this.poller.poll(() -> {
			if (++stored[0] == 2) {
				throw new IllegalStateException("the server stopped");
			}
		}))).hasMessage("the server stopped");
		assertThat(mailbox.seenCount()).isEqualTo(2);
		poll(mailbox);
		poll(mailbox);

		assertThat(casesOf(mailbox.tenant)).extracting(c -> c.path("summary").asString())
			.containsExactlyInAnyOrder("Pothole on the High Street", "Missed bin", "Graffiti");
		assertThat(history(mailbox.tenant, earlier))
			.filteredOn(entry -> EmailIntake.REPLY_ACTION.equals(entry.path("action").asString()))
			.hasSize(1);
		assertThat(mailbox.allSeen()).isTrue();
		assertThat(this.api.get(mailboxPath(mailbox.tenant)).body().path("messages").path("contact").asLong())
			.isEqualTo(3);
	}

	@Test
	void aMailboxsMailNeverLandsInAnotherTenant() throws Exception {
		Mailbox first = mailboxFor(this.testTenants.withShippedPack("in", "unitary-council-triage"));
		Mailbox second = mailboxFor(this.testTenants.withShippedPack("in", "unitary-council-triage"));
		MimeMessage toFirst = email("kim@example.org", "Parking permit", "My permit has not arrived.");
		String sameId = toFirst.getMessageID();
		MimeMessage toSecond = compose(new MimeMessage(SESSION) {
			@Override
			protected void updateMessageID() throws jakarta.mail.MessagingException {
				setHeader("Message-ID", sameId);
			}
		}, "lee@example.org", "Library hours", "Why is the library shut?");
		first.deliver(toFirst);
		second.deliver(toSecond);

		poll(first);
		poll(second);

		assertThat(casesOf(first.tenant)).extracting(c -> c.path("summary").asString())
			.containsExactly("Parking permit");
		assertThat(casesOf(second.tenant)).extracting(c -> c.path("summary").asString())
			.containsExactly("Library hours");
	}

	@Test
	void theMailboxIsCheckedAndItsPasswordNeverStoredOrShown() {
		String tenant = this.testTenants.withShippedPack("in", "unitary-council-triage");
		Api.Response refused = this.api.put(mailboxPath(tenant), Map.of("host", "127.0.0.1", "port", 70000, "user", "u",
				"feedbackType", "service-request", "bodyField", "details"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().path("errors").findValuesAsString("pointer")).contains("/port");
		Api.Response wrongType = this.api.put(mailboxPath(tenant), settings(tenant, "nobody", "nonsense"));
		assertThat(wrongType.status()).isEqualTo(422);
		assertThat(wrongType.body().path("errors").findValuesAsString("pointer")).contains("/bodyField");
		assertThat(this.api.get(mailboxPath(tenant)).status()).isEqualTo(404);

		Api.Response stored = this.api.put(mailboxPath(tenant), settings(tenant, "nobody", "details"));
		assertThat(stored.status()).isEqualTo(200);
		String variable = "CANDOUR_INBOUND_PASSWORD_" + tenant.toUpperCase(Locale.ROOT).replace('-', '_');
		assertThat(stored.body().path("passwordVariable").asString()).isEqualTo(variable);
		assertThat(stored.body().path("problem").asString())
			.isEqualTo("The password variable " + variable + " is not set");
		assertThat(this.api.post(mailboxPath(tenant) + "/poll", Map.of()).body().path("problem").asString())
			.isEqualTo("The password variable " + variable + " is not set");
		setPassword(tenant);
		String auditor = this.tokens.member("auditor-" + tenant, tenant, Set.of("AUDITOR"), Set.of());
		Api.Response read = this.api.sendAs(auditor, "GET", mailboxPath(tenant), null);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body().path("problem").isNull()).isTrue();
		assertThat(read.body().toString()).doesNotContain(PASSWORD);
		assertThat(this.api.sendAs(auditor, "PUT", mailboxPath(tenant), settings(tenant, "nobody", "details")).status())
			.isEqualTo(403);
	}

	// --- helpers

	private Mailbox mailboxFor(String tenant) {
		String address = "complaints-" + tenant + "@council.example";
		GreenMailUser user = MAIL.setUser(address, tenant, PASSWORD);
		setPassword(tenant);
		Api.Response stored = this.api.put(mailboxPath(tenant), settings(tenant, tenant, "details"));
		assertThat(stored.status()).as(stored.body().toString()).isEqualTo(200);
		return new Mailbox(tenant, address, user);
	}

	private static Map<String, Object> settings(String tenant, String user, String bodyField) {
		return Map.of("host", "127.0.0.1", "port", MAIL.getImap().getPort(), "tls", false, "user", user, "feedbackType",
				"contact", "bodyField", bodyField);
	}

	/** What the platform operator does: the tenant's password in its variable. */
	private static void setPassword(String tenant) {
		String variable = "CANDOUR_INBOUND_PASSWORD_" + tenant.toUpperCase(Locale.ROOT).replace('-', '_');
		System.setProperty(variable, PASSWORD);
		PASSWORD_VARIABLES.add(variable);
	}

	private JsonNode poll(Mailbox mailbox) {
		Api.Response polled = this.api.post(mailboxPath(mailbox.tenant) + "/poll", Map.of());
		assertThat(polled.status()).as(polled.body().toString()).isEqualTo(200);
		assertThat(polled.body().path("problem").isNull()).as(polled.body().toString()).isTrue();
		return polled.body();
	}

	private org.candour.tenancy.CurrentTenant current(String tenant) {
		return this.tenants.find(tenant).orElseThrow().asCurrent();
	}

	private List<JsonNode> casesOf(String tenant) {
		List<JsonNode> cases = new ArrayList<>();
		this.api.get("/api/tenants/" + tenant + "/cases?size=100").body().path("content").forEach(cases::add);
		return cases;
	}

	private List<JsonNode> history(String tenant, String reference) {
		List<JsonNode> entries = new ArrayList<>();
		this.api.get(casePath(tenant, reference) + "/history").body().forEach(entries::add);
		return entries;
	}

	private static JsonNode only(List<JsonNode> cases) {
		assertThat(cases).hasSize(1);
		return cases.get(0);
	}

	private static String mailboxPath(String tenant) {
		return "/api/tenants/" + tenant + "/inbound-mailbox";
	}

	private static String casePath(String tenant, String reference) {
		return "/api/tenants/" + tenant + "/cases/" + reference;
	}

	private static MimeMessage email(String from, String subject, String text, MimeBodyPart... files) throws Exception {
		return compose(new MimeMessage(SESSION), from, subject, text, files);
	}

	private static MimeMessage compose(MimeMessage message, String from, String subject, String text,
			MimeBodyPart... files) throws Exception {
		message.setFrom(new InternetAddress(from));
		message.setSubject(subject);
		if (files.length == 0) {
			message.setText(text, "UTF-8");
		}
		else {
			MimeMultipart mixed = new MimeMultipart();
			MimeBodyPart body = new MimeBodyPart();
			body.setText(text, "UTF-8");
			mixed.addBodyPart(body);
			for (MimeBodyPart file : files) {
				mixed.addBodyPart(file);
			}
			message.setContent(mixed);
		}
		message.saveChanges();
		return message;
	}

	private static MimeBodyPart file(String name, byte[] content) throws Exception {
		MimeBodyPart part = new MimeBodyPart();
		part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, "application/octet-stream")));
		part.setFileName(name);
		part.setDisposition(MimeBodyPart.ATTACHMENT);
		return part;
	}

	/** A tenant's mailbox on the test mail server. */
	private record Mailbox(String tenant, String address, GreenMailUser user) {

		void deliver(MimeMessage message) throws Exception {
			message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(this.address));
			message.saveChanges();
			this.user.deliver(message);
		}

		long seenCount() throws Exception {
			return MAIL.getManagers()
				.getImapHostManager()
				.getInbox(this.user)
				.getMessages()
				.stream()
				.filter(message -> message.getFlags().contains(Flags.Flag.SEEN))
				.count();
		}

		boolean allSeen() throws Exception {
			return seenCount() == MAIL.getManagers().getImapHostManager().getInbox(this.user).getMessageCount();
		}

	}

}
