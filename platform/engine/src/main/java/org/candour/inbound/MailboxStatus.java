package org.candour.inbound;

import java.time.Instant;
import java.util.Map;

/**
 * A tenant's inbound mailbox as the API and the admin page show it: its settings (the
 * password never, only the variable that holds it), why it cannot be read now, what the
 * last poll did, and how many messages came to each outcome so far.
 *
 * @param host the IMAP server
 * @param port its port
 * @param tls IMAPS rather than plain IMAP
 * @param user the mailbox user
 * @param passwordVariable the environment variable the password is read from
 * @param folder the folder read
 * @param feedbackType the feedback type new emails are logged as
 * @param bodyField the form question the email's text goes into
 * @param enabled whether it is polled
 * @param updatedAt when the settings were last changed
 * @param updatedBy who changed them
 * @param problem why it cannot be read now (its password variable is not set), or null
 * @param lastPoll the last poll since the settings were changed, or null
 * @param messages messages by outcome: {@code contact}, {@code reply}, {@code ignored},
 * {@code failed}
 */
public record MailboxStatus(String host, int port, boolean tls, String user, String passwordVariable, String folder,
		String feedbackType, String bodyField, boolean enabled, Instant updatedAt, String updatedBy, String problem,
		PollSummary lastPoll, Map<String, Long> messages) {

}
