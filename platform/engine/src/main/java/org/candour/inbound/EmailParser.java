package org.candour.inbound;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * Reads an email into what Candour keeps of it: sender, subject, its text (the plain
 * part, else the HTML part as text), its files, where it was sent, and whether a machine
 * sent it.
 */
final class EmailParser {

	private EmailParser() {
	}

	/**
	 * @param fallbackKey the key when the message has no Message-ID (the folder's
	 * UIDVALIDITY and the message's UID)
	 */
	static InboundEmail parse(MimeMessage message, String fallbackKey) throws MessagingException, IOException {
		String messageId = message.getMessageID();
		String key = (messageId != null && !messageId.isBlank()) ? "mid:" + messageId.strip() : fallbackKey;
		InternetAddress from = firstAddress(message.getFrom());
		String sender = from == null ? null : from.getAddress();
		String name = (from == null) ? null : (from.getPersonal() != null ? from.getPersonal() : sender);
		Content content = new Content();
		content.read(message);
		List<String> recipients = new ArrayList<>();
		addAll(recipients, message.getRecipients(Message.RecipientType.TO));
		addAll(recipients, message.getRecipients(Message.RecipientType.CC));
		String[] delivered = message.getHeader("Delivered-To");
		if (delivered != null) {
			recipients.addAll(List.of(delivered));
		}
		String text = content.plain != null ? content.plain : (content.html != null ? HtmlText.of(content.html) : null);
		return new InboundEmail(key, sender, name, message.getSubject(), text, recipients, content.files,
				AutomaticMail.reason(message, sender));
	}

	private static InternetAddress firstAddress(Address[] addresses) {
		if (addresses == null) {
			return null;
		}
		for (Address address : addresses) {
			if (address instanceof InternetAddress internet) {
				return internet;
			}
		}
		return null;
	}

	private static void addAll(List<String> into, Address[] addresses) {
		if (addresses != null) {
			for (Address address : addresses) {
				if (address instanceof InternetAddress internet) {
					into.add(internet.getAddress());
				}
			}
		}
	}

	/** The parts of a message, walked once. */
	private static final class Content {

		private String plain;

		private String html;

		private final List<InboundEmail.File> files = new ArrayList<>();

		void read(Part part) throws MessagingException, IOException {
			String fileName = part.getFileName();
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null) {
				try (InputStream in = part.getInputStream()) {
					this.files.add(new InboundEmail.File(
							fileName != null ? MimeUtility.decodeText(fileName) : "attachment", in.readAllBytes()));
				}
			}
			else if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					read(multipart.getBodyPart(i));
				}
			}
			else if (part.isMimeType("text/plain") && this.plain == null) {
				this.plain = String.valueOf(part.getContent());
			}
			else if (part.isMimeType("text/html") && this.html == null) {
				this.html = String.valueOf(part.getContent());
			}
		}

	}

}
