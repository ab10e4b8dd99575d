package org.candour.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.candour.tenancy.TenantContext;
import tools.jackson.databind.JsonNode;

/**
 * A person's id, worked out from a people part: the same for every people part with the
 * same email address (else phone number, else name and postcode), so one id stands for
 * the person across their cases without storing anything; a hash, so no detail of the
 * person is in a URL or a log.
 */
final class PersonIds {

	private static final int LENGTH = 24;

	private PersonIds() {
	}

	static String of(String caseId, JsonNode contact) {
		String email = contact.path("email").asString("");
		String phone = contact.path("phone").asString("");
		String name = contact.path("name").asString("");
		String key;
		if (!email.isBlank()) {
			key = "email:" + Normalised.email(email);
		}
		else if (!Normalised.phone(phone).isEmpty()) {
			key = "phone:" + Normalised.phone(phone);
		}
		else if (!name.isBlank()) {
			key = "name:" + Normalised.name(name) + "|"
					+ Normalised.compact(contact.path("address").path("postcode").asString(""));
		}
		else {
			key = "case:" + caseId;
		}
		return "p-" + sha256(TenantContext.require().value() + "|" + key).substring(0, LENGTH);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
