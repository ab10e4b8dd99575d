package org.candour.notifications;

import java.util.regex.Pattern;

/**
 * Hides from staff what a notification's text carries for the resident alone: the
 * tracking link and the survey link (the ones rendered into it, and anything else shaped
 * like one: whoever holds a survey link can answer for the resident, linking answers to
 * their case), and the address for those who may not see contact details.
 */
final class NotificationMasks {

	static final String HIDDEN_LINK = "tracking link (hidden)";

	static final String HIDDEN_SURVEY_LINK = "survey link (hidden)";

	static final String HIDDEN_ADDRESS = "(address hidden)";

	private static final Pattern TRACKING_LINK = Pattern.compile("\\S*/track/\\S+");

	private static final Pattern SURVEY_LINK = Pattern.compile("\\S*/survey/\\S+");

	private final String link;

	private final String address;

	NotificationMasks(Notification notification, boolean showRecipient) {
		this.link = notification.personalisation() == null ? null : notification.personalisation().get("trackingLink");
		this.address = showRecipient ? null : notification.to();
	}

	String apply(String text) {
		if (text == null) {
			return null;
		}
		String masked = text;
		if (this.link != null && !this.link.isEmpty()) {
			masked = masked.replace(this.link, HIDDEN_LINK);
		}
		masked = TRACKING_LINK.matcher(masked).replaceAll(HIDDEN_LINK);
		masked = SURVEY_LINK.matcher(masked).replaceAll(HIDDEN_SURVEY_LINK);
		if (this.address != null && !this.address.isEmpty()) {
			masked = masked.replace(this.address, HIDDEN_ADDRESS);
		}
		return masked;
	}

}
