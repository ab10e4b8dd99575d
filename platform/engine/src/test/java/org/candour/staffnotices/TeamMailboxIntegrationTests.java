package org.candour.staffnotices;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.CaseApi;
import org.candour.support.ConfigFixtures;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A team whose org unit gives a shared mailbox is told there, not member by member, and a
 * pack's own staff template replaces the base pack's.
 */
@CandourIntegrationTest
@TestPropertySource(
		properties = { "candour.public-url=https://feedback.example.test/", "candour.notifications.sweep-interval=PT1H",
				"candour.staff-notices.action-sweep-interval=PT1H", "spring.mail.host=127.0.0.1" })
class TeamMailboxIntegrationTests {

	private static final int SMTP_PORT = freePort();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	GreenMail mail;

	String tenant;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@BeforeEach
	void tenantWithATeamMailbox() {
		this.clock.set("2026-11-18T10:00:00Z");
		this.mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.mail.start();
		List<ObjectNode> documents = new ArrayList<>(ConfigFixtures.documents("chc-two-stage"));
		for (ObjectNode document : documents) {
			if (document.path("kind").asString().equals("org-structure")) {
				mailboxOn(document.path("spec").path("units"), "highways-maintenance", "highways@example.org");
			}
		}
		documents.add((ObjectNode) JSON.readTree("""
				{"kind": "code-list", "id": "learning-themes", "title": "Learning themes", "spec": {"values": [
				  {"code": "communication", "label": "Communication"}]}}
				"""));
		documents.add((ObjectNode) JSON.readTree("""
				{"kind": "notification-template", "id": "staff-action-assigned", "title": "Action given",
				 "spec": {"audience": "staff", "channel": "email", "subject": "New action {{action}} for your team",
				          "body": "Please see {{actionLink}} (due {{actionDueDate}})."}}
				"""));
		this.tenant = this.testTenants.withConfiguration("Team mailbox", documents);
		Api.Response member = this.api.put("/api/tenants/" + this.tenant + "/members/tam.member", Map.of("roles",
				List.of("OFFICER"), "orgUnits", List.of("highways-maintenance"), "email", "tam.member@example.org"));
		assertThat(member.status()).isEqualTo(200);
	}

	@AfterEach
	void stopMailServer() {
		this.mail.stop();
	}

	@Test
	void anActionOwnedByATeamWithAMailboxIsSentToTheMailboxOnly() throws Exception {
		String reference = new CaseApi(this.api, this.tenant)
			.logged(Map
				.of("feedbackType", "complaint-stage-1", "channel", "web", "data",
						Map.of("name", "Alex Smith", "email", "alex@example.org", "service", "highways", "summary",
								"Pothole reported three times", "details", "Still there.")))
			.path("reference")
			.asString();

		Api.Response created = this.api.post("/api/tenants/" + this.tenant + "/learning",
				Map.of("statement", "Call back the same day", "theme", "communication", "cases", List.of(reference),
						"actions",
						List.of(Map.of("description", "Call back the same day", "owner",
								Map.of("kind", "team", "id", "highways-maintenance"), "startDate", "2026-11-18",
								"dueDate", "2027-01-29"))));
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);

		await().atMost(Duration.ofSeconds(10)).until(() -> !to("highways@example.org").isEmpty());
		MimeMessage message = to("highways@example.org").get(0);
		assertThat(message.getSubject()).isEqualTo("New action A1 for your team");
		assertThat((String) message.getContent()).contains("(due 29 January 2027)");
		assertThat(to("tam.member@example.org")).isEmpty();
	}

	private static void mailboxOn(JsonNode units, String id, String mailbox) {
		for (JsonNode unit : units) {
			if (unit.path("id").asString().equals(id)) {
				((ObjectNode) unit).put("mailbox", mailbox);
			}
			mailboxOn(unit.path("children"), id, mailbox);
		}
	}

	private List<MimeMessage> to(String address) {
		return Arrays.stream(this.mail.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equals(address);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
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
