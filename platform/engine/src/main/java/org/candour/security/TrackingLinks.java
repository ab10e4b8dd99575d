package org.candour.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.candour.cases.CaseReference;
import org.candour.cases.FeedbackCase;
import org.candour.tenancy.TenantContext;
import tools.jackson.databind.json.JsonMapper;

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

	private static final String ALGORITHM = "HmacSHA256";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final TrackingKeys keys;

	private final TrackingNonces nonces;

	private final TrackingSettings settings;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Clock clock;

	TrackingLinks(TrackingKeys keys, TrackingNonces nonces, TrackingSettings settings, Optional<Clock> clock) {
		this.keys = keys;
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
		if (token == null || token.length() > 2048) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot <= 0 || dot != token.lastIndexOf('.')) {
			return Optional.empty();
		}
		String encoded = token.substring(0, dot);
		try {
			// compare the canonical encoding: a different spelling of the same bytes is a
			// tampered link too
			byte[] expected = ENCODER.encodeToString(mac(encoded)).getBytes(StandardCharsets.US_ASCII);
			byte[] presented = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
			if (!MessageDigest.isEqual(expected, presented)) {
				return Optional.empty();
			}
			Payload payload = this.json.readValue(DECODER.decode(encoded), Payload.class);
			boolean current = TenantContext.require().value().equals(payload.tenant()) && payload.caseId() != null
					&& payload.reference() != null
					&& Instant.ofEpochSecond(payload.expires()).isAfter(this.clock.instant())
					&& this.nonces.isCurrent(payload.caseId(), payload.nonce());
			return current ? Optional.of(new Link(payload.caseId(), new CaseReference(payload.reference())))
					: Optional.empty();
		}
		catch (IllegalArgumentException | tools.jackson.core.JacksonException ex) {
			return Optional.empty();
		}
	}

	private String token(FeedbackCase feedbackCase, String nonce) {
		Payload payload = new Payload(TenantContext.require().value(), feedbackCase.id(), feedbackCase.reference(),
				nonce, this.clock.instant().plus(this.settings.validity()).getEpochSecond());
		String encoded = ENCODER.encodeToString(this.json.writeValueAsBytes(payload));
		return encoded + "." + ENCODER.encodeToString(mac(encoded));
	}

	private byte[] mac(String encodedPayload) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(this.keys.current(), ALGORITHM));
			return mac.doFinal(encodedPayload.getBytes(StandardCharsets.US_ASCII));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
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
