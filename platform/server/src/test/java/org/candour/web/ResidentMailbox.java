package org.candour.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser tests' mail server (started before the application, so it can be
 * configured), what residents are sent, and the tracking links in it.
 */
final class ResidentMailbox {

	private static final Pattern TRACKING_LINK = Pattern
		.compile("http://localhost:\\d+(/t/[a-z0-9-]+/track/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");

	private final GreenMail mail;

	private ResidentMailbox(GreenMail mail) {
		this.mail = mail;
	}

	static ResidentMailbox started() {
		try (ServerSocket free = new ServerSocket(0)) {
			GreenMail mail = new GreenMail(
					new ServerSetup(free.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			free.close();
			mail.start();
			return new ResidentMailbox(mail);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int port() {
		return this.mail.getSmtp().getPort();
	}

	void stop() {
		this.mail.stop();
	}

	/** The body of the {@code n}th email to {@code address}, waiting for it to arrive. */
	String body(String address, int n) throws MessagingException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			int found = 0;
			for (MimeMessage message : this.mail.getReceivedMessages()) {
				if (to(message, address) && ++found == n) {
					return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
				}
			}
			this.mail.waitForIncomingEmail(1000, this.mail.getReceivedMessages().length + 1);
		}
		throw new AssertionError("No email number " + n + " arrived for " + address);
	}

	/** How many emails {@code address} has been sent so far. */
	long count(String address) throws MessagingException {
		long count = 0;
		for (MimeMessage message : this.mail.getReceivedMessages()) {
			if (to(message, address)) {
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

	private static boolean to(MimeMessage message, String address) throws MessagingException {
		return GreenMailUtil.getAddressList(message.getAllRecipients()).contains(address);
	}

}
