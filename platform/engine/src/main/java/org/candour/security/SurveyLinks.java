package org.candour.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.candour.cases.CaseReference;
import org.candour.cases.FeedbackCase;
import org.candour.tenancy.TenantContext;

import org.springframework.stereotype.Service;

/**
 * Signed, expiring links with which a resident answers the survey about how their closed
 * case was handled (and the equality monitoring questions after it), without an account.
 * A link names the tenant, the case's storage id, its reference and the expiry, and is
 * signed with the tenant's link key for this purpose only: it never opens the case's
 * tracking page, and a tracking link is not a survey link. It works for
 * {@code candour.tracking.validity}; a new tracking link does not revoke it (the survey
 * takes one answer per case anyway). Nothing is stored.
 */
@Service
public class SurveyLinks {

	private static final String PURPOSE = "service-survey";

	private final SignedTokens tokens;

	private final TrackingSettings settings;

	private final Clock clock;

	SurveyLinks(SignedTokens tokens, TrackingSettings settings, Optional<Clock> clock) {
		this.tokens = tokens;
		this.settings = settings;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** A token for a case of the current tenant. */
	public String issue(FeedbackCase feedbackCase) {
		return this.tokens.sign(PURPOSE, new Payload(TenantContext.require().value(), feedbackCase.id(),
				feedbackCase.reference(), this.clock.instant().plus(this.settings.validity()).getEpochSecond()));
	}

	/** The case a genuine, unexpired token of the current tenant names. */
	public Optional<TrackingLinks.Link> verify(String token) {
		return this.tokens.read(PURPOSE, token, Payload.class)
			.filter(payload -> TenantContext.require().value().equals(payload.tenant()) && payload.caseId() != null
					&& payload.reference() != null
					&& Instant.ofEpochSecond(payload.expires()).isAfter(this.clock.instant()))
			.map(payload -> new TrackingLinks.Link(payload.caseId(), new CaseReference(payload.reference())));
	}

	/**
	 * @param tenant the tenant
	 * @param caseId the case's storage id
	 * @param reference the case reference
	 * @param expires expiry, seconds since the epoch
	 */
	record Payload(String tenant, String caseId, String reference, long expires) {
	}

}
