package org.candour.web.officer.casework;

import org.candour.notifications.NotificationView;

/**
 * Where a notification stands, in words for officers: what happened and, when something
 * stands in the way, who can help. The technical reason (a mail server setting, a
 * provider's error) stays in the application log, where the notifications module writes
 * it.
 */
final class NotificationStatusWords {

	private NotificationStatusWords() {
	}

	static String of(NotificationView notification) {
		return switch (notification.status()) {
			case PENDING -> pending(notification);
			case SENDING -> "Being sent";
			case SENT -> "Sent";
			case FAILED -> "Could not be sent. Contact the person another way, and ask your system administrator "
					+ "to check the email service";
			case NOT_SENT -> notSent(notification);
		};
	}

	private static String pending(NotificationView notification) {
		if (notification.attempts() > 0) {
			return "Not sent yet: the email service did not accept it, so it will be tried again";
		}
		if (notification.problem() != null) {
			return "Waiting to be sent: email sending is not set up yet. Ask your system administrator";
		}
		return "Waiting to be sent";
	}

	private static String notSent(NotificationView notification) {
		if (!"email".equals(notification.channel())) {
			String what = switch (notification.channel()) {
				case "letter" -> "letters";
				case "sms" -> "text messages";
				default -> notification.channel();
			};
			return "Recorded, not sent: Candour does not send " + what + " yet";
		}
		if (!"complainant".equals(notification.recipient())) {
			return "Recorded, not sent: Candour does not email staff yet";
		}
		return "Not sent: the resident gave no email address";
	}

}
