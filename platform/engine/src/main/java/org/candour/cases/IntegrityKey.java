package org.candour.cases;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Signs what the history chain cannot protect by hashing alone (each entry, and the chain
 * head kept apart from the case) with HMAC-SHA256 under a key held outside the database
 * ({@link IntegrityKeySource}). Someone who can edit the database but lacks the key
 * cannot make a signature; someone with both can.
 */
@Component
class IntegrityKey {

	private final byte[] secret;

	private final String id;

	@org.springframework.beans.factory.annotation.Autowired
	IntegrityKey(IntegritySettings settings, Environment environment) {
		this(IntegrityKeySource.load(settings, environment));
	}

	IntegrityKey(byte[] secret) {
		this.secret = secret.clone();
		this.id = HexFormat.of().formatHex(sign("key-id")).substring(0, 16);
	}

	/**
	 * A short public name of the key (a hash of it), so a report can tell a different key
	 * from a forged signature.
	 */
	String id() {
		return this.id;
	}

	String mac(String purpose, Object... parts) {
		return HexFormat.of().formatHex(sign(purpose, parts));
	}

	boolean verifies(String mac, String purpose, Object... parts) {
		return mac != null && MessageDigest.isEqual(mac.getBytes(StandardCharsets.US_ASCII),
				mac(purpose, parts).getBytes(StandardCharsets.US_ASCII));
	}

	private byte[] sign(String purpose, Object... parts) {
		StringBuilder text = new StringBuilder("candour/").append(purpose);
		for (Object part : parts) {
			text.append('\n').append(part);
		}
		try {
			Mac hmac = Mac.getInstance("HmacSHA256");
			hmac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			return hmac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
