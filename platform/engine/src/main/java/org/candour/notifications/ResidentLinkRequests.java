package org.candour.notifications;

import java.time.Duration;
import java.util.Optional;

import org.candour.cases.CaseLookup;
import org.candour.cases.CaseReference;
import org.candour.cases.FeedbackCase;
import org.candour.security.FindCaseLimits;
import org.candour.security.SecurityEventType;
import org.candour.security.SecurityEvents;

import org.springframework.stereotype.Service;

/**
 * A resident who lost their tracking link asks for a new one with the case reference and
 * the email address or postcode they gave ("Find your feedback"). Within the limits per
 * client and per reference ({@link FindCaseLimits}), when the details match the case and
 * it has an email address, its earlier links are revoked and a new one is emailed
 * ({@link TrackingLinkRenewal}, as when an officer asks). What came of each request is
 * written to the security log; the resident is told the same whatever it was, so that
 * nobody learns from it which references exist or whose details are whose.
 */
@Service
public class ResidentLinkRequests {

	private final FindCaseLimits limits;

	private final CaseLookup cases;

	private final TrackingLinkRenewal renewal;

	private final SecurityEvents events;

	ResidentLinkRequests(FindCaseLimits limits, CaseLookup cases, TrackingLinkRenewal renewal, SecurityEvents events) {
		this.limits = limits;
		this.cases = cases;
		this.renewal = renewal;
		this.events = events;
	}

	/**
	 * Asks for a new link to the case {@code reference} of the current tenant for the
	 * resident who gave {@code emailOrPostcode}, from {@code client}.
	 */
	public Requested request(String client, CaseReference reference, String emailOrPostcode) {
		Optional<Duration> wait = this.limits.attempt(client, reference);
		if (wait.isPresent()) {
			this.events.record(SecurityEventType.TRACKING_LINK_REQUEST_LIMITED, null, null,
					"reference " + reference + ": too many attempts");
			return new Requested(Outcome.LIMITED, wait.get());
		}
		Outcome outcome = outcome(reference, emailOrPostcode);
		this.events.record(SecurityEventType.TRACKING_LINK_REQUESTED, null, null,
				"reference " + reference + ": " + outcome.description());
		return new Requested(outcome, Duration.ZERO);
	}

	private Outcome outcome(CaseReference reference, String given) {
		Optional<FeedbackCase> found = this.cases.find(reference);
		if (found.isEmpty()) {
			return Outcome.UNKNOWN_REFERENCE;
		}
		CaseNotice notice = this.renewal.notice(found.get());
		if (!ResidentDetails.match(notice.form(), notice.contact(), given)) {
			return Outcome.NO_MATCH;
		}
		if (ContactAddresses.email(notice.form(), notice.contact()).isEmpty()) {
			return Outcome.NO_EMAIL;
		}
		if (TrackingLinkRenewal.template(notice).isEmpty()) {
			return Outcome.NOT_SENT;
		}
		return this.renewal.renew(notice).queued() ? Outcome.SENT : Outcome.NOT_SENT;
	}

	/**
	 * What came of a request. Residents are told the same whatever it was, unless it was
	 * {@link Outcome#LIMITED}.
	 *
	 * @param outcome what happened
	 * @param retryAfter how long until another attempt would be allowed (limited only)
	 */
	public record Requested(Outcome outcome, Duration retryAfter) {

	}

	/** What happened, as the security log says it. */
	public enum Outcome {

		/**
		 * A new link was queued to the case's email address; earlier links stopped
		 * working.
		 */
		SENT("a new link was sent"),
		/** No case of the tenant has the reference. */
		UNKNOWN_REFERENCE("no case has this reference"),
		/** The email address or postcode is not the case's. */
		NO_MATCH("the email address or postcode did not match"),
		/** The postcode matched, but the case has no email address to send a link to. */
		NO_EMAIL("the details matched, but the case has no email address to send a link to"),
		/** The details matched, but no email could carry a link. */
		NOT_SENT("the details matched, but no link was sent: the feedback type's acknowledgement template, "
				+ "which would carry it, is missing, has no {{trackingLink}} or cannot be sent"),
		/** Refused: too many attempts for the reference or from the client. */
		LIMITED("too many attempts");

		private final String description;

		Outcome(String description) {
			this.description = description;
		}

		public String description() {
			return this.description;
		}

	}

}
