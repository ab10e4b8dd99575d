package org.candour.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.candour.cases.CaseReference;
import org.candour.cases.FeedbackCase;
import org.candour.tenancy.TenantContext;

import org.springframework.stereotype.Service;

/**
 * Signed, expiring, revocable links with which a resident (who has no account) can later
 * view their case. A token is {@code base64url(payload) + "." +
 * base64url(HMAC-SHA256(payload))}, the payload naming the tenant, the case's storage id
 * (its identity: a reference alone could one day name another case), its reference, the
 * case's tracking nonce ({@link TrackingNonces}) and the expiry, signed with the tenant's
 * own key. Verification refuses tampered, expired, revoked and other tenants' tokens.
 */
@Service
public class TrackingLinks {

	/** Tracking links were signed before tokens had purposes. */
	private static final String PURPOSE = "";

	private final SignedTokens tokens;

	private final TrackingNonces nonces;

	private final TrackingSettings settings;

	private final Clock clock;

	TrackingLinks(SignedTokens tokens, TrackingNonces nonces, TrackingSettings settings, Optional<Clock> clock) {
		this.tokens = tokens;
		this.nonces = nonces;
		this.settings = settings;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * A token for a case of the current tenant, valid for
	 * {@code candour.tracking.validity}, as long as no new link is issued on request.
	 */
	public String issue(FeedbackCase feedbackCase) {
		return token(feedbackCase, this.nonces.current(feedbackCase.id()));
	}

	/**
	 * A token for a case the current request has just logged: as {@link #issue}, without
	 * reading the case's nonce when the case has a new random id (nobody can have revoked
	 * its links yet, so its nonce is the initial one).
	 */
	public String issueForNewCase(FeedbackCase feedbackCase) {
		return feedbackCase.idempotencyKey() == null ? token(feedbackCase, this.nonces.initial(feedbackCase.id()))
				: issue(feedbackCase);
	}

	/**
	 * Revokes every link issued for the case so far (links issued from now on work).
	 * @return how many times the case's links have been revoked, counting this one
	 */
	public long revokeAll(FeedbackCase feedbackCase) {
		return this.nonces.renew(feedbackCase.id()).revocations();
	}

	/**
	 * The case a token names, if it is genuine, unexpired, not revoked and for the
	 * current tenant.
	 */
	public Optional<Link> verify(String token) {
		return this.tokens.read(PURPOSE, token, Payload.class)
			.filter(payload -> TenantContext.require().value().equals(payload.tenant()) && payload.caseId() != null
					&& payload.reference() != null
					&& Instant.ofEpochSecond(payload.expires()).isAfter(this.clock.instant())
					&& this.nonces.isCurrent(payload.caseId(), payload.nonce()))
			.map(payload -> new Link(payload.caseId(), new CaseReference(payload.reference())));
	}

	private String token(FeedbackCase feedbackCase, String nonce) {
		return this.tokens.sign(PURPOSE, new Payload(TenantContext.require().value(), feedbackCase.id(),
				feedbackCase.reference(), nonce, this.clock.instant().plus(this.settings.validity()).getEpochSecond()));
	}

	/**
	 * What a genuine link names: the case by its storage id, and the reference it had.
	 *
	 * @param caseId the case's storage id
	 * @param reference its reference
	 */
	public record Link(String caseId, CaseReference reference) {
	}

	/**
	 * @param tenant the tenant
	 * @param caseId the case's storage id
	 * @param reference the case reference
	 * @param nonce the case's tracking nonce when the link was issued
	 * @param expires expiry, seconds since the epoch
	 */
	record Payload(String tenant, String caseId, String reference, String nonce, long expires) {
	}

}
