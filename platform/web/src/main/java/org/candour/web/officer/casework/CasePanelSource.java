package org.candour.web.officer.casework;

import java.time.Instant;
import java.util.List;

import org.candour.cases.FeedbackCase;

/**
 * Plug-in point of the case screen for what other modules hold about a case: a bean of
 * this type whose {@link #panel()} is {@value #ATTACHMENTS}, {@value #NOTIFICATIONS} or
 * {@value #REMEDIES} fills that panel. Without one the panel says it is not available
 * yet; nothing is made up.
 */
public interface CasePanelSource {

	String ATTACHMENTS = "attachments";

	String NOTIFICATIONS = "notifications";

	String REMEDIES = "remedies";

	/** Which panel this source fills. */
	String panel();

	/** What to list for a case the caller may see, in the current tenant. */
	List<Item> items(FeedbackCase feedbackCase);

	/**
	 * One line of a panel.
	 *
	 * @param title what it is (file name, notification template)
	 * @param detail more in words (size, recipient, status), or null
	 * @param at when it happened (the screen says it in words, in the tenant's time
	 * zone), or null
	 * @param url where to open it, or null
	 */
	record Item(String title, String detail, Instant at, String url) {
	}

}
