package org.candour.notifications;

import java.time.Instant;

/**
 * A notification of a case as staff see it: the resident's tracking link is never shown
 * (it would let whoever reads it act as the resident), and the address only to roles that
 * may see contact details ({@link org.candour.cases.CaseRecords#PEOPLE_ROLES}).
 *
 * @param template the notification-template id
 * @param trigger {@code logged} (the acknowledgement) or {@code action-<n>-<action>}
 * @param recipient {@code complainant}, {@code assignee} or {@code team}
 * @param to the email address it goes to (null when there is none, or the caller may not
 * see contact details)
 * @param channel email, sms or letter
 * @param language the language it was written in
 * @param subject what the resident sees as the subject
 * @param body the text sent, with the tracking link replaced by
 * {@value NotificationMasks#HIDDEN_LINK}
 * @param status pending, sending, sent, failed or not-sent
 * @param attempts tries so far
 * @param problem why the last try failed, why it is not sent, or why it waits
 * @param provider the provider of the last try
 * @param createdAt when it was queued
 * @param sentAt when the provider accepted it
 * @param nextAttemptAt when a pending notification is tried next
 */
public record NotificationView(String template, String trigger, String recipient, String to, String channel,
		String language, String subject, String body, NotificationStatus status, int attempts, String problem,
		String provider, Instant createdAt, Instant sentAt, Instant nextAttemptAt) {

	static NotificationView of(Notification n, String waitingFor, boolean showRecipient) {
		boolean pending = n.status() == NotificationStatus.PENDING;
		String problem = n.lastError() == null && pending ? waitingFor : n.lastError();
		NotificationMasks masks = new NotificationMasks(n, showRecipient);
		return new NotificationView(n.template(), n.trigger(), n.recipient(), showRecipient ? n.to() : null,
				n.channel(), n.language(), masks.apply(n.subject()), masks.apply(n.body()), n.status(), n.attempts(),
				masks.apply(problem), n.provider(), n.createdAt(), n.sentAt(), pending ? n.nextAttemptAt() : null);
	}

}
