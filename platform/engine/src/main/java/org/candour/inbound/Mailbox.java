package org.candour.inbound;

import java.time.Instant;

/**
 * A tenant's inbound mailbox.
 *
 * @param host the IMAP server
 * @param port its port
 * @param tls whether to connect with TLS (IMAPS) rather than plain IMAP
 * @param user the mailbox user
 * @param folder the folder read ({@code INBOX} by default)
 * @param feedbackType the feedback type new emails are logged as (its channels must
 * include {@code email})
 * @param bodyField the form field the email's text goes into; the subject goes to the
 * type's summary field, the sender to the form's {@code name} and {@code email} fields
 * when it has them
 * @param enabled whether the mailbox is polled
 * @param updatedAt when the settings were last changed
 * @param updatedBy who changed them last
 */
record Mailbox(String host, int port, boolean tls, String user, String folder, String feedbackType, String bodyField,
		boolean enabled, Instant updatedAt, String updatedBy) {

	static final String DEFAULT_FOLDER = "INBOX";

}
