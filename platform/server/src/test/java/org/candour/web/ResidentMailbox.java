package org.candour.web;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What residents are sent to the browser tests' mail server, and the tracking links in
 * it.
 */
final class ResidentMailbox {

	private static final Pattern TRACKING_LINK = Pattern
		.compile("http://localhost:\\d+(/t/[a-z0-9-]+/track/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");

	private final GreenMail mail;

	ResidentMailbox(GreenMail mail) {
		this.mail = mail;
	}

	/**
	 * The body of the {@code n}th email to {@code address} that names the case
	 * {@code reference}, waiting for it to arrive.
	 */
	String body(String address, String reference, int n) throws MessagingException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			int found = 0;
			for (MimeMessage message : this.mail.getReceivedMessages()) {
				if (to(message, address) && body(message).contains(reference) && ++found == n) {
					return body(message);
				}
			}
			this.mail.waitForIncomingEmail(1000, this.mail.getReceivedMessages().length + 1);
		}
		throw new AssertionError("No email number " + n + " arrived for " + address);
	}

	/**
	 * How many emails naming the case {@code reference} {@code address} has been sent so
	 * far.
	 */
	long count(String address, String reference) throws MessagingException {
		long count = 0;
		for (MimeMessage message : this.mail.getReceivedMessages()) {
			if (to(message, address) && body(message).contains(reference)) {
				count++;
			}
		}
		return count;
	}

	/** The path of the tracking link in an email. */
	static String trackingLink(String body) {
		Matcher link = TRACKING_LINK.matcher(body);
		assertThat(link.find()).as("a tracking link in %s", body).isTrue();
		return link.group(1);
	}

	private static String body(MimeMessage message) {
		return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
	}

	private static boolean to(MimeMessage message, String address) throws MessagingException {
		return GreenMailUtil.getAddressList(message.getAllRecipients()).contains(address);
	}

}
