package org.candour.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Tokens {@code base64url(json payload) + "." + base64url(HMAC-SHA256)} signed with the
 * current tenant's link key ({@link TrackingKeys}). Each kind of token has its purpose
 * signed with it, so a token made for one purpose never reads as another's.
 */
@Component
class SignedTokens {

	private static final String ALGORITHM = "HmacSHA256";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final TrackingKeys keys;

	private final JsonMapper json = JsonMapper.builder().build();

	SignedTokens(TrackingKeys keys) {
		this.keys = keys;
	}

	/**
	 * @param purpose what the token is for; empty for tracking links (signed before
	 * purposes were)
	 */
	String sign(String purpose, Object payload) {
		String encoded = ENCODER.encodeToString(this.json.writeValueAsBytes(payload));
		return encoded + "." + ENCODER.encodeToString(mac(purpose, encoded));
	}

	/** The payload of a genuine token for the purpose; empty for anything else. */
	<T> Optional<T> read(String purpose, String token, Class<T> type) {
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
			// tampered token too
			byte[] expected = ENCODER.encodeToString(mac(purpose, encoded)).getBytes(StandardCharsets.US_ASCII);
			byte[] presented = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
			if (!MessageDigest.isEqual(expected, presented)) {
				return Optional.empty();
			}
			return Optional.ofNullable(this.json.readValue(DECODER.decode(encoded), type));
		}
		catch (IllegalArgumentException | tools.jackson.core.JacksonException ex) {
			return Optional.empty();
		}
	}

	private byte[] mac(String purpose, String encodedPayload) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(this.keys.current(), ALGORITHM));
			if (!purpose.isEmpty()) {
				mac.update((purpose + ":").getBytes(StandardCharsets.US_ASCII));
			}
			return mac.doFinal(encodedPayload.getBytes(StandardCharsets.US_ASCII));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}
