package org.candour.notifications;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Email through the platform's mail server ({@code spring.mail.*}, Spring Boot's
 * {@link JavaMailSender}); the default provider. Without {@code spring.mail.host} there
 * is no mail server, and notifications wait.
 */
@Component
class SmtpTransport implements MailTransport {

	private final ObjectProvider<JavaMailSender> sender;

	SmtpTransport(ObjectProvider<JavaMailSender> sender) {
		this.sender = sender;
	}

	@Override
	public String name() {
		return NotificationSettings.SMTP;
	}

	@Override
	public Optional<String> unavailable(NotificationSettings settings) {
		return this.sender.getIfAvailable() == null
				? Optional.of("no mail server is configured (set spring.mail.host and spring.mail.port)")
				: Optional.empty();
	}

	@Override
	public String send(Notification notification, NotificationSettings settings) throws DeliveryFailure {
		JavaMailSender mail = this.sender.getObject();
		try {
			MimeMessage message = mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
			helper.setFrom(settings.fromAddress());
			if (settings.replyTo() != null) {
				helper.setReplyTo(settings.replyTo());
			}
			helper.setTo(notification.to());
			helper.setSubject(notification.subject());
			helper.setText(notification.body());
			message.setHeader("X-Candour-Notification", notification.id());
			mail.send(message);
			return message.getMessageID();
		}
		catch (MessagingException | MailParseException | MailPreparationException ex) {
			throw new DeliveryFailure("The message could not be made: " + ex.getMessage(), true, ex);
		}
		catch (MailException ex) {
			throw new DeliveryFailure("The mail server did not take the message: " + ex.getMessage(), false, ex);
		}
	}

}
