package org.candour.inbound;

import java.util.List;

/**
 * An email as read from the mailbox.
 *
 * @param key what identifies it for good: its Message-ID, else the folder's UIDVALIDITY
 * and its UID
 * @param sender the sender's address ({@code From}), or null
 * @param senderName the sender's display name, else their address
 * @param subject its subject, or null
 * @param body its text (an HTML-only email's HTML as text)
 * @param recipients the addresses it was sent to (To, Cc, Delivered-To)
 * @param attachments its files
 * @param automatic why it is an auto-reply or a bounce, or null when a person wrote it
 */
record InboundEmail(String key, String sender, String senderName, String subject, String body, List<String> recipients,
		List<File> attachments, String automatic) {

	InboundEmail {
		recipients = List.copyOf(recipients);
		attachments = List.copyOf(attachments);
	}

	String subjectOrPlaceholder() {
		return (this.subject == null || this.subject.isBlank()) ? "(no subject)" : this.subject.strip();
	}

	String bodyOrPlaceholder() {
		return (this.body == null || this.body.isBlank()) ? "(no text)" : this.body.strip();
	}

	/** A file attached to an email. */
	record File(String fileName, byte[] content) {
	}

}
