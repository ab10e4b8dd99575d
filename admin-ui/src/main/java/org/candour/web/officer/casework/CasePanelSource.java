package org.candour.web.officer.casework;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.candour.cases.FeedbackCase;

/**
 * Plug-in point of the case screen for what other modules hold about a case: a bean of
 * this type whose {@link #panel()} is {@value #ATTACHMENTS} or {@value #NOTIFICATIONS}
 * fills that panel. Without one the panel says it is not available yet; nothing is made
 * up.
 */
public interface CasePanelSource {

	String ATTACHMENTS = "attachments";

	String NOTIFICATIONS = "notifications";

	/** How panels show when something happened (UK time). */
	DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	/** Which panel this source fills. */
	String panel();

	/** What to list for a case the caller may see, in the current tenant. */
	List<Item> items(FeedbackCase feedbackCase);

	/**
	 * One line of a panel.
	 *
	 * @param title what it is (file name, notification template)
	 * @param detail more in words (size, recipient, when, status), or null
	 * @param url where to open it, or null
	 */
	record Item(String title, String detail, String url) {
	}

}
