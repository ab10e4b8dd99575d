package org.candour.inbound;

import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AutomaticMailTests {

	@ParameterizedTest
	@CsvSource({ "Auto-Submitted, auto-replied, auto-submitted", "Auto-Submitted, auto-generated, auto-submitted",
			"X-Autoreply, yes, auto-reply", "X-Autorespond, vacation, auto-reply", "Precedence, bulk, precedence bulk",
			"Precedence, auto_reply, precedence auto_reply", "Precedence, junk, precedence junk",
			"Return-Path, <>, empty return path" })
	void setsAsideWhatAMachineSaysItSent(String header, String value, String reason) throws Exception {
		MimeMessage message = fromAPerson();
		message.setHeader(header, value);

		assertThat(AutomaticMail.reason(message, "pat@example.org")).isEqualTo(reason);
	}

	@ParameterizedTest
	@CsvSource({ "MAILER-DAEMON@mail.example.org", "postmaster@council.example" })
	void setsAsideMailFromMailerDaemons(String sender) throws Exception {
		assertThat(AutomaticMail.reason(fromAPerson(), sender)).isEqualTo("mailer daemon");
	}

	@Test
	void takesInWhatAPersonWrote() throws Exception {
		MimeMessage message = fromAPerson();
		message.setHeader("Auto-Submitted", "no");
		message.setHeader("Precedence", "first-class");
		message.setHeader("Return-Path", "<pat@example.org>");

		assertThat(AutomaticMail.reason(message, "pat@example.org")).isNull();
	}

	private static MimeMessage fromAPerson() throws Exception {
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
		message.setFrom(new InternetAddress("pat@example.org"));
		message.setSubject("My bins");
		message.setText("Not collected.");
		message.saveChanges();
		return message;
	}

}
