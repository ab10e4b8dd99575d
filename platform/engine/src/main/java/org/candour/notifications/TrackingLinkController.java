package org.candour.notifications;

import java.util.Optional;

import org.candour.api.EndpointRoles;
import org.candour.cases.CaseLookup;
import org.candour.cases.FeedbackCase;
import org.candour.config.ActiveConfigurations;
import org.candour.security.TrackingLinks;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A new tracking link for a case's resident, on request (their link was lost, expired or
 * seen by someone else): every earlier link of the case stops working, and the new one is
 * emailed to the resident with the feedback type's acknowledgement template through the
 * outbox. Staff never see the link itself.
 */
@RestController
class TrackingLinkController {

	private final CaseLookup cases;

	private final TrackingLinks links;

	private final ActiveConfigurations configurations;

	private final NotificationComposer composer;

	private final Outbox outbox;

	private final NotificationDispatcher dispatcher;

	TrackingLinkController(CaseLookup cases, TrackingLinks links, ActiveConfigurations configurations,
			NotificationComposer composer, Outbox outbox, NotificationDispatcher dispatcher) {
		this.cases = cases;
		this.links = links;
		this.configurations = configurations;
		this.composer = composer;
		this.outbox = outbox;
		this.dispatcher = dispatcher;
	}

	@PostMapping("/api/tenants/{tenant}/cases/{reference}/tracking-link")
	@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER })
	ResponseEntity<NewTrackingLink> renew(@PathVariable String reference) {
		FeedbackCase found = this.cases.visible(reference);
		long revocations = this.links.revokeAll(found);
		CaseNotice notice = new CaseNotice(found, this.configurations.version(found.configVersion()),
				this.cases.contact(found).orElseGet(JsonNodeFactory.instance::objectNode));
		String template = notice.feedbackTypeSpec().path("acknowledgementTemplate").asString(null);
		Optional<Notification> composed = (template != null)
				? this.composer.compose(notice, template, "tracking-link-" + revocations, NotificationComposer.RESIDENT)
				: Optional.empty();
		if (composed.isEmpty() || !carriesTheLink(composed.get())) {
			return accepted(new NewTrackingLink(found.reference(), revocations, null, null,
					"The earlier links no longer work, but no new link was sent: the feedback type's "
							+ "acknowledgement template, which would carry it, is missing or has no {{trackingLink}}"));
		}
		Notification notification = composed.get();
		if (this.outbox.add(notification) && notification.status() == NotificationStatus.PENDING) {
			this.dispatcher.soon(notification.id());
		}
		return accepted(new NewTrackingLink(found.reference(), revocations, notification.trigger(),
				notification.status(), notification.lastError()));
	}

	private static boolean carriesTheLink(Notification notification) {
		return notification.body().contains("/track/") || notification.personalisation().containsKey("trackingLink");
	}

	private static ResponseEntity<NewTrackingLink> accepted(NewTrackingLink body) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
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
	record NewTrackingLink(String reference, long revocations, String trigger, NotificationStatus status,
			String problem) {
	}

}
