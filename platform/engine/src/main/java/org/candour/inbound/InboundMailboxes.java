package org.candour.inbound;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.candour.definition.model.FeedbackType;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;

/**
 * The current tenant's inbound mailbox, for the API and the admin page: read it, replace
 * its settings (refused with each problem when they are not valid), poll it now.
 */
@Service
public class InboundMailboxes {

	private final MailboxStore mailboxes;

	private final MailboxPoller poller;

	private final MessageRecords records;

	private final MailboxTargets targets;

	private final MailboxPassword password;

	InboundMailboxes(MailboxStore mailboxes, MailboxPoller poller, MessageRecords records, MailboxTargets targets,
			MailboxPassword password) {
		this.mailboxes = mailboxes;
		this.poller = poller;
		this.records = records;
		this.targets = targets;
		this.password = password;
	}

	/** The mailbox, if the tenant has set one up. */
	public Optional<MailboxStatus> status() {
		return this.mailboxes.current().map(this::status);
	}

	/**
	 * Checks and stores the settings ({@code inbound-mailbox} schema, then the feedback
	 * type and form question they name).
	 * @throws org.candour.api.Refusal (422) naming each problem; nothing is stored then
	 */
	public MailboxStatus replace(JsonNode settings) {
		return status(this.mailboxes.replace(settings));
	}

	/** Polls the mailbox now; empty when there is none or it is switched off. */
	public Optional<PollSummary> pollNow() {
		return this.poller.poll();
	}

	/**
	 * The environment variable (or property) the platform operator puts the tenant's
	 * mailbox password in, e.g. {@code CANDOUR_INBOUND_PASSWORD_DEMO_COUNTY}.
	 */
	public String passwordVariable() {
		return this.password.variable();
	}

	/** The active configuration's feedback types that take the email channel. */
	public List<FeedbackType> feedbackTypesTakingEmail() {
		return this.targets.takingEmail();
	}

	private MailboxStatus status(Mailbox mailbox) {
		String problem = this.password.read().isEmpty()
				? "The password variable " + this.password.variable() + " is not set" : null;
		Map<String, Long> counts = new LinkedHashMap<>();
		this.records.counts().forEach((outcome, n) -> counts.put(outcome.name().toLowerCase(Locale.ROOT), n));
		return new MailboxStatus(mailbox.host(), mailbox.port(), mailbox.tls(), mailbox.user(),
				this.password.variable(), mailbox.folder(), mailbox.feedbackType(), mailbox.bodyField(),
				mailbox.enabled(), mailbox.updatedAt(), mailbox.updatedBy(), problem,
				this.mailboxes.lastPoll().orElse(null), counts);
	}

}
