package org.candour.inbound;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import org.candour.api.Refusal;
import org.candour.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Polls the current tenant's mailbox once: each unread message is taken in (or ignored,
 * as an auto-reply or a bounce), and only then recorded and flagged seen. A message that
 * fails is recorded as failed and left unread, so the next poll tries it again; a message
 * whose record says it was already taken in (a poll stopped between storing it and
 * flagging it) is only flagged.
 */
@Component
class MailboxPoller {

	private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

	private final MailboxStore mailboxes;

	private final MailboxReader reader;

	private final EmailIntake intake;

	private final MessageRecords records;

	private final MailboxPassword password;

	private final Clock clock;

	MailboxPoller(MailboxStore mailboxes, MailboxReader reader, EmailIntake intake, MessageRecords records,
			MailboxPassword password, Optional<Clock> clock) {
		this.mailboxes = mailboxes;
		this.reader = reader;
		this.intake = intake;
		this.records = records;
		this.password = password;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	Optional<PollSummary> poll() {
		return poll(() -> {
		});
	}

	/**
	 * Polls the mailbox, if the tenant has one that is enabled.
	 * @param afterStored run after each message is taken in, before it is recorded and
	 * flagged (where a crash would leave it stored but unread)
	 * @return what the poll did; empty when there is no enabled mailbox
	 */
	Optional<PollSummary> poll(Runnable afterStored) {
		Optional<Mailbox> mailbox = this.mailboxes.current().filter(Mailbox::enabled);
		if (mailbox.isEmpty()) {
			return Optional.empty();
		}
		Instant at = this.clock.instant();
		Optional<String> password = this.password.read();
		if (password.isEmpty()) {
			return Optional.of(this.mailboxes
				.polled(PollSummary.notRead(at, "The password variable " + this.password.variable() + " is not set")));
		}
		Map<MessageRecords.Outcome, Integer> counts = new EnumMap<>(MessageRecords.Outcome.class);
		try {
			this.reader.eachUnread(mailbox.get(), password.get(),
					unread -> Optional.ofNullable(takeIn(mailbox.get(), unread, afterStored))
						.ifPresent(outcome -> counts.merge(outcome, 1, Integer::sum)));
		}
		catch (MessagingException ex) {
			log.warn("Inbound mailbox of tenant {} could not be read: {}", TenantContext.require().value(),
					ex.getMessage());
			return Optional.of(this.mailboxes.polled(PollSummary.notRead(at, "The mailbox could not be read")));
		}
		return Optional
			.of(this.mailboxes.polled(new PollSummary(at, counts.getOrDefault(MessageRecords.Outcome.CONTACT, 0),
					counts.getOrDefault(MessageRecords.Outcome.REPLY, 0),
					counts.getOrDefault(MessageRecords.Outcome.IGNORED, 0),
					counts.getOrDefault(MessageRecords.Outcome.FAILED, 0), null)));
	}

	private MessageRecords.Outcome takeIn(Mailbox mailbox, MailboxReader.Unread unread, Runnable afterStored)
			throws MessagingException {
		InboundEmail email;
		try {
			email = EmailParser.parse(unread.message(), unread.fallbackKey());
		}
		catch (IOException | MessagingException | RuntimeException ex) {
			return failed(unread.fallbackKey(), "The message could not be read: " + ex.getMessage());
		}
		if (this.records.taken(email.key())) {
			unread.markSeen();
			return null;
		}
		if (email.automatic() != null) {
			log.info("Inbound mailbox of tenant {}: ignored a message ({})", TenantContext.require().value(),
					email.automatic());
			this.records.record(email.key(), MessageRecords.Outcome.IGNORED, null, email.automatic());
			unread.markSeen();
			return MessageRecords.Outcome.IGNORED;
		}
		EmailIntake.Taken taken;
		try {
			taken = this.intake.take(mailbox, email,
					unread.message().getReceivedDate() == null ? null : unread.message().getReceivedDate().toInstant());
		}
		catch (RuntimeException ex) {
			return failed(email.key(), problem(ex));
		}
		afterStored.run();
		this.records.record(email.key(), taken.outcome(), taken.reference().value(), null);
		unread.markSeen();
		return taken.outcome();
	}

	private static String problem(RuntimeException ex) {
		if (ex instanceof Refusal refusal && !refusal.violations().isEmpty()) {
			return ex.getMessage() + ": "
					+ refusal.violations()
						.stream()
						.map(violation -> violation.pointer() + " " + violation.message())
						.collect(Collectors.joining("; "));
		}
		return ex.getMessage();
	}

	private MessageRecords.Outcome failed(String key, String problem) {
		log.warn("Inbound mailbox of tenant {}: a message could not be taken in and stays unread: {}",
				TenantContext.require().value(), problem);
		this.records.record(key, MessageRecords.Outcome.FAILED, null, problem);
		return MessageRecords.Outcome.FAILED;
	}

}
