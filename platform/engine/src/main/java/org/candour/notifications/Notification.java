package org.candour.notifications;

import java.time.Instant;
import java.util.Map;

/**
 * One notification in the outbox, rendered once when it was queued: what was (or will be)
 * sent, to whom, and how sending went.
 *
 * @param id deterministic: tenant, case reference, template and trigger
 * @param reference the case
 * @param template the notification-template id
 * @param trigger {@code logged} for the acknowledgement, {@code action-<n>-<action>} for
 * the n-th notification an action requested
 * @param recipient {@code complainant}, {@code assignee} or {@code team}
 * @param to the email address (null when there is none)
 * @param channel the template's channel (email, sms, letter)
 * @param language the language it was rendered in
 * @param subject rendered subject
 * @param body rendered body
 * @param personalisation the placeholder values (GOV.UK Notify fills its own template
 * with them)
 * @param notifyTemplateId the GOV.UK Notify template, if the template names one
 * @param status where it stands
 * @param attempts tries so far
 * @param nextAttemptAt when a pending notification is next tried
 * @param leaseUntil until when a sending claim holds
 * @param lastError why the last try failed, or why it is not sent
 * @param provider the provider of the last try
 * @param providerReference the provider's id of the sent message
 * @param createdAt when it was queued
 * @param sentAt when the provider accepted it
 * @param version changes so far (claims and results are conditional on it)
 */
record Notification(String id, String reference, String template, String trigger, String recipient, String to,
		String channel, String language, String subject, String body, Map<String, String> personalisation,
		String notifyTemplateId, NotificationStatus status, int attempts, Instant nextAttemptAt, Instant leaseUntil,
		String lastError, String provider, String providerReference, Instant createdAt, Instant sentAt, long version) {

	/** When the sweep should look at it next; null once it is settled. */
	Instant due() {
		if (this.status == NotificationStatus.PENDING) {
			return this.nextAttemptAt;
		}
		return (this.status == NotificationStatus.SENDING) ? this.leaseUntil : null;
	}

	/**
	 * This notification as a sender holds it: one more try, leased until the time given.
	 */
	Notification claimed(Instant leaseUntil) {
		return new Notification(this.id, this.reference, this.template, this.trigger, this.recipient, this.to,
				this.channel, this.language, this.subject, this.body, this.personalisation, this.notifyTemplateId,
				NotificationStatus.SENDING, this.attempts + 1, this.nextAttemptAt, leaseUntil, this.lastError,
				this.provider, this.providerReference, this.createdAt, this.sentAt, this.version + 1);
	}

	boolean dueBy(Instant now) {
		Instant due = due();
		return due != null && !due.isAfter(now);
	}

}
