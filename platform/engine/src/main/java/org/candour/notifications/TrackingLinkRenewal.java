package org.candour.notifications;

import java.util.Optional;

import org.candour.cases.CaseLookup;
import org.candour.cases.FeedbackCase;
import org.candour.config.ActiveConfigurations;
import org.candour.security.TrackingLinks;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.stereotype.Service;

/**
 * A new tracking link for a case's resident (their link was lost, expired or seen by
 * someone else), asked for by an officer or by the resident: every earlier link of the
 * case stops working, and the new one is emailed to the resident with the feedback type's
 * acknowledgement template through the outbox. Nobody but the resident sees the link
 * itself.
 */
@Service
public class TrackingLinkRenewal {

	private final CaseLookup cases;

	private final TrackingLinks links;

	private final ActiveConfigurations configurations;

	private final NotificationComposer composer;

	private final Outbox outbox;

	private final NotificationDispatcher dispatcher;

	TrackingLinkRenewal(CaseLookup cases, TrackingLinks links, ActiveConfigurations configurations,
			NotificationComposer composer, Outbox outbox, NotificationDispatcher dispatcher) {
		this.cases = cases;
		this.links = links;
		this.configurations = configurations;
		this.composer = composer;
		this.outbox = outbox;
		this.dispatcher = dispatcher;
	}

	/** Revokes the case's links and queues the email with a new one. */
	public NewTrackingLink renew(FeedbackCase found) {
		return renew(notice(found));
	}

	/** The case with its configuration and contact details, to compose notifications. */
	CaseNotice notice(FeedbackCase found) {
		return new CaseNotice(found, this.configurations.version(found.configVersion()),
				this.cases.contact(found).orElseGet(JsonNodeFactory.instance::objectNode));
	}

	/** The template that carries the link: the feedback type's acknowledgement. */
	static Optional<String> template(CaseNotice notice) {
		return Optional.ofNullable(notice.feedbackType().acknowledgementTemplate());
	}

	NewTrackingLink renew(CaseNotice notice) {
		FeedbackCase found = notice.feedbackCase();
		long revocations = this.links.revokeAll(found);
		Optional<Notification> composed = template(notice).flatMap(template -> this.composer.compose(notice, template,
				"tracking-link-" + revocations, NotificationComposer.RESIDENT));
		if (composed.isEmpty() || !carriesTheLink(composed.get())) {
			return new NewTrackingLink(found.reference(), revocations, null, null,
					"The earlier links no longer work, but no new link was sent: the feedback type's "
							+ "acknowledgement template, which would carry it, is missing or has no {{trackingLink}}");
		}
		Notification notification = composed.get();
		if (this.outbox.add(notification) && notification.status() == NotificationStatus.PENDING) {
			this.dispatcher.soon(notification.id());
		}
		return new NewTrackingLink(found.reference(), revocations, notification.trigger(), notification.status(),
				notification.lastError());
	}

	private static boolean carriesTheLink(Notification notification) {
		return notification.body().contains("/track/") || notification.personalisation().containsKey("trackingLink");
	}

	/**
	 * What a request for a new tracking link did.
	 *
	 * @param reference the case
	 * @param revocations how many times the case's links have been revoked, this time
	 * included
	 * @param trigger the trigger of the notification carrying the new link (null when
	 * none was queued)
	 * @param status where that notification stands (null when none was queued)
	 * @param problem why the new link is not (or not yet) sent, if it is not
	 */
	public record NewTrackingLink(String reference, long revocations, String trigger, NotificationStatus status,
			String problem) {

		/** Whether an email with the new link is on its way (or gone). */
		public boolean queued() {
			return this.trigger != null && this.status != NotificationStatus.NOT_SENT
					&& this.status != NotificationStatus.FAILED;
		}

	}

}
