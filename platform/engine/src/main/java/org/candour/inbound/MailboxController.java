package org.candour.inbound;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import tools.jackson.databind.JsonNode;

import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A tenant's inbound mailbox: its settings (never the password), what the last poll did
 * and how many messages came to each outcome; a poll on demand.
 */
@RestController
class MailboxController {

	private static final String PATH = "/api/tenants/{tenant}/inbound-mailbox";

	private final MailboxStore mailboxes;

	private final MailboxPoller poller;

	private final MessageRecords records;

	private final Environment environment;

	MailboxController(MailboxStore mailboxes, MailboxPoller poller, MessageRecords records, Environment environment) {
		this.mailboxes = mailboxes;
		this.poller = poller;
		this.records = records;
		this.environment = environment;
	}

	@GetMapping(PATH)
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR })
	MailboxView read() {
		return view(this.mailboxes.current().orElseThrow(() -> Refusal.notFound("No inbound mailbox is set up")));
	}

	@PutMapping(PATH)
	@EndpointRoles(EndpointRoles.TENANT_ADMIN)
	MailboxView replace(@RequestBody JsonNode body) {
		return view(this.mailboxes.replace(body));
	}

	@PostMapping(PATH + "/poll")
	@EndpointRoles(EndpointRoles.TENANT_ADMIN)
	PollSummary poll() {
		return this.poller.poll()
			.orElseThrow(() -> Refusal.notFound("No inbound mailbox is set up, or it is switched off"));
	}

	private MailboxView view(Mailbox mailbox) {
		String problem = this.environment.getProperty(mailbox.passwordReference()) == null
				? "The password variable " + mailbox.passwordReference() + " is not set" : null;
		Map<String, Long> counts = new LinkedHashMap<>();
		this.records.counts().forEach((outcome, n) -> counts.put(outcome.name().toLowerCase(Locale.ROOT), n));
		return new MailboxView(mailbox.host(), mailbox.port(), mailbox.tls(), mailbox.user(),
				mailbox.passwordReference(), mailbox.folder(), mailbox.feedbackType(), mailbox.bodyField(),
				mailbox.enabled(), mailbox.updatedAt(), mailbox.updatedBy(), problem,
				this.mailboxes.lastPoll().orElse(null), counts);
	}

	/**
	 * The settings as stored (the password never), why the mailbox cannot be read now
	 * ({@code problem}, null when nothing is known against it), the last poll, and the
	 * messages taken in so far by outcome.
	 */
	record MailboxView(String host, int port, boolean tls, String user, String passwordReference, String folder,
			String feedbackType, String bodyField, boolean enabled, Instant updatedAt, String updatedBy, String problem,
			PollSummary lastPoll, Map<String, Long> messages) {
	}

}
