package org.candour.inbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.candour.attachments.CaseAttachments;
import org.candour.attachments.Upload;
import org.candour.cases.CaseIntake;
import org.candour.cases.CaseLookup;
import org.candour.cases.CaseNotes;
import org.candour.cases.CaseReference;
import org.candour.cases.FeedbackCase;
import org.candour.cases.LogCase;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;

/**
 * Takes one email into the tenant: a reply to one of its cases is added to that case's
 * history ({@value #REPLY_ACTION}) with its files; any other email is logged as a new
 * contact on the channel {@code email} with its files. Files go through the attachments
 * checks; one refused is named in the history, never silently dropped. Repeating it for
 * the same email changes nothing: the contact is logged under an idempotency key derived
 * from the email's key, an identical reply entry is not added twice, and a file the case
 * already holds is not added again.
 */
@Component
class EmailIntake {

	static final String REPLY_ACTION = "email-received";

	private static final int MAX_REPLY = 4000;

	private static final Duration LATE = Duration.ofMinutes(5);

	private final CaseIntake intake;

	private final ReplyMatcher replies;

	private final CaseLookup cases;

	private final CaseNotes notes;

	private final CaseAttachments attachments;

	private final MailboxTargets targets;

	private final Clock clock;

	EmailIntake(CaseIntake intake, ReplyMatcher replies, CaseLookup cases, CaseNotes notes, CaseAttachments attachments,
			MailboxTargets targets, Optional<Clock> clock) {
		this.intake = intake;
		this.replies = replies;
		this.cases = cases;
		this.notes = notes;
		this.attachments = attachments;
		this.targets = targets;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * @return what the email became and its case
	 */
	Taken take(Mailbox mailbox, InboundEmail email, Instant receivedAt) {
		List<String> refused = new ArrayList<>();
		List<InboundEmail.File> kept = new ArrayList<>();
		for (InboundEmail.File file : email.attachments()) {
			this.attachments.refusal(upload(file))
				.ifPresentOrElse(reason -> refused.add(file.fileName() + " (" + reason + ")"), () -> kept.add(file));
		}
		Optional<FeedbackCase> answered = this.replies.caseAnswered(email);
		CaseReference reference = answered.isPresent() ? reply(answered.get(), email, refused)
				: contact(mailbox, email, refused, receivedAt);
		kept.forEach(file -> this.attachments.addOnce(reference, upload(file)));
		return new Taken(answered.isPresent() ? MessageRecords.Outcome.REPLY : MessageRecords.Outcome.CONTACT,
				reference);
	}

	private CaseReference contact(Mailbox mailbox, InboundEmail email, List<String> refused, Instant receivedAt) {
		Instant now = this.clock.instant();
		Instant received = (receivedAt == null || receivedAt.isAfter(now)) ? now : receivedAt;
		String late = received.isBefore(now.minus(LATE)) ? "Received by email before it was read from the mailbox"
				: null;
		LogCase command = new LogCase(mailbox.feedbackType(), this.targets.data(mailbox, email), null,
				MailboxTargets.CHANNEL, late != null ? received : now, late, null,
				"Email from " + email.sender() + notKept(refused), null);
		return this.intake.log(command, "inbound-email:" + email.key()).feedbackCase().caseReference();
	}

	private CaseReference reply(FeedbackCase answered, InboundEmail email, List<String> refused) {
		String text = "Email from " + email.sender() + ": " + email.subjectOrPlaceholder() + "\n\n"
				+ cut(email.bodyOrPlaceholder()) + notKept(refused);
		FeedbackCase current = this.cases.visible(answered.caseReference());
		boolean noted = current.history()
			.stream()
			.anyMatch(entry -> REPLY_ACTION.equals(entry.action()) && text.equals(entry.comment()));
		if (!noted && !this.notes.note(answered.caseReference(), REPLY_ACTION, text)) {
			throw new IllegalStateException("The case kept changing; the reply is taken at the next poll");
		}
		return answered.caseReference();
	}

	private static String cut(String body) {
		return body.length() > MAX_REPLY ? body.substring(0, MAX_REPLY - 1) + "…" : body;
	}

	private static String notKept(List<String> refused) {
		return refused.isEmpty() ? "" : "\n\nFiles not kept: " + String.join("; ", refused);
	}

	private static Upload upload(InboundEmail.File file) {
		return new Upload(file.fileName(), file.content().length, new ByteArrayResource(file.content()));
	}

	/** What an email became, and the case it is on. */
	record Taken(MessageRecords.Outcome outcome, CaseReference reference) {
	}

}
