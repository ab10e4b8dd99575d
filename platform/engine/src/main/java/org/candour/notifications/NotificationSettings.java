package org.candour.notifications;

import java.time.Instant;

/**
 * How a tenant's notifications are sent (one document per tenant; without one, SMTP from
 * the default sender address).
 *
 * @param provider {@code smtp} or {@code notify}
 * @param fromAddress sender address for SMTP
 * @param replyTo reply-to address for SMTP (none: replies go to the sender)
 * @param notifyApiKeyReference the environment variable (or property) holding the GOV.UK
 * Notify API key; the key itself is never stored
 * @param updatedAt when they were last changed (null: never set, these are defaults)
 * @param updatedBy who changed them last
 */
record NotificationSettings(String provider, String fromAddress, String replyTo, String notifyApiKeyReference,
		Instant updatedAt, String updatedBy) {

	static final String SMTP = "smtp";

	static final String NOTIFY = "notify";

}
