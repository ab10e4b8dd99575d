package org.candour.notifications;

import java.util.List;

import org.candour.api.Actors;
import org.candour.cases.CaseLookup;
import org.candour.cases.CaseRecords;
import org.candour.cases.FeedbackCase;

import org.springframework.stereotype.Service;

/**
 * The notifications of a case, for staff: what was sent to whom, what waits and why, what
 * failed; never the resident's tracking link, and the address only for the roles that may
 * see contact details.
 */
@Service
public class Notifications {

	private final CaseLookup cases;

	private final Outbox outbox;

	private final NotificationSettingsStore settings;

	private final MailTransports transports;

	private final Actors actors;

	Notifications(CaseLookup cases, Outbox outbox, NotificationSettingsStore settings, MailTransports transports,
			Actors actors) {
		this.cases = cases;
		this.outbox = outbox;
		this.settings = settings;
		this.transports = transports;
		this.actors = actors;
	}

	/**
	 * The case's notifications, oldest first; 404 when the caller may not see the case.
	 */
	public List<NotificationView> ofCase(String reference) {
		return ofCase(this.cases.visible(reference));
	}

	/**
	 * The notifications of a case the caller has already been allowed to see, oldest
	 * first.
	 */
	public List<NotificationView> ofCase(FeedbackCase visible) {
		NotificationSettings current = this.settings.current();
		String waitingFor = this.transports.of(current).unavailable(current).orElse(null);
		boolean showRecipient = this.actors.current().hasAnyRole(CaseRecords.PEOPLE_ROLES);
		return this.outbox.ofCase(visible.reference())
			.stream()
			.map(n -> NotificationView.of(n, waitingFor, showRecipient))
			.toList();
	}

}
