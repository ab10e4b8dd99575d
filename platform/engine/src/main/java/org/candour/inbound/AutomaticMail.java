package org.candour.inbound;

import java.util.Locale;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;

/**
 * Tells auto-replies and bounces from email a person wrote (RFC 3834's
 * {@code Auto-Submitted}, the common vacation headers, {@code Precedence}, delivery and
 * read reports, mailer-daemon senders, an empty return path), so they never become
 * contacts.
 */
final class AutomaticMail {

	private static final Set<String> PRECEDENCE = Set.of("bulk", "auto_reply", "junk");

	private static final Set<String> DAEMONS = Set.of("mailer-daemon", "postmaster");

	private AutomaticMail() {
	}

	/** Why the message was sent by a machine, or null when nothing says so. */
	static String reason(Part message, String sender) throws MessagingException {
		String submitted = header(message, "Auto-Submitted");
		if (submitted != null && !"no".equalsIgnoreCase(submitted)) {
			return "auto-submitted";
		}
		if (header(message, "X-Autoreply") != null || header(message, "X-Autorespond") != null) {
			return "auto-reply";
		}
		String precedence = header(message, "Precedence");
		if (precedence != null && PRECEDENCE.contains(precedence.toLowerCase(Locale.ROOT))) {
			return "precedence " + precedence.toLowerCase(Locale.ROOT);
		}
		if (message.isMimeType("multipart/report")) {
			return "delivery report";
		}
		if (sender != null && DAEMONS.contains(localPart(sender))) {
			return "mailer daemon";
		}
		if ("<>".equals(header(message, "Return-Path"))) {
			return "empty return path";
		}
		return null;
	}

	private static String header(Part message, String name) throws MessagingException {
		String[] values = message.getHeader(name);
		return (values == null || values.length == 0) ? null : values[0].strip();
	}

	private static String localPart(String address) {
		int at = address.indexOf('@');
		return (at < 0 ? address : address.substring(0, at)).toLowerCase(Locale.ROOT);
	}

}
