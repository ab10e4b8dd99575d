package org.candour.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.candour.cases.CaseReference;
import org.candour.tenancy.TenantContext;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Signed, expiring links with which a resident (who has no account) can later view their
 * case. A token is {@code base64url(payload) + "." + base64url(HMAC-SHA256(payload))},
 * the payload naming the tenant, the case reference and the expiry, signed with the
 * tenant's own key. Verification refuses tampered, expired and other tenants' tokens.
 */
@Service
public class TrackingLinks {

	private static final String ALGORITHM = "HmacSHA256";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final TrackingKeys keys;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Clock clock;

	TrackingLinks(TrackingKeys keys, Optional<Clock> clock) {
		this.keys = keys;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** A token for a case of the current tenant, valid for {@code validity}. */
	public String issue(CaseReference reference, Duration validity) {
		Payload payload = new Payload(TenantContext.require().value(), reference.value(),
				this.clock.instant().plus(validity).getEpochSecond());
		String encoded = ENCODER.encodeToString(this.json.writeValueAsBytes(payload));
		return encoded + "." + ENCODER.encodeToString(mac(encoded));
	}

	/** The case a token names, if it is genuine, unexpired and for the current tenant. */
	public Optional<CaseReference> verify(String token) {
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
			byte[] expected = ENCODER.encodeToString(mac(encoded)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
			byte[] presented = token.substring(dot + 1).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
			if (!MessageDigest.isEqual(expected, presented)) {
				return Optional.empty();
			}
			Payload payload = this.json.readValue(DECODER.decode(encoded), Payload.class);
			boolean current = TenantContext.require().value().equals(payload.tenant())
					&& Instant.ofEpochSecond(payload.expires()).isAfter(this.clock.instant());
			return current ? Optional.of(new CaseReference(payload.reference())) : Optional.empty();
		}
		catch (IllegalArgumentException | tools.jackson.core.JacksonException ex) {
			return Optional.empty();
		}
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
	 * @param tenant the tenant
	 * @param reference the case reference
	 * @param expires expiry, seconds since the epoch
	 */
	record Payload(String tenant, String reference, long expires) {
	}

}
