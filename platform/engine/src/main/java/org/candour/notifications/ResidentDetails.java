package org.candour.notifications;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.candour.definition.model.Form;
import tools.jackson.databind.JsonNode;

/**
 * Whether what a resident gives to prove a case is theirs, an email address or a
 * postcode, is what the case's contact details hold: the email address the case's
 * notifications go to ({@link ContactAddresses}), compared without regard to case, or any
 * {@code postcode} of the contact details (an address's or its own field), compared in
 * capitals without spaces. Compared as SHA-256 digests in constant time, every postcode
 * whether or not one has matched, so that the time taken says little.
 */
final class ResidentDetails {

	private ResidentDetails() {
	}

	static boolean match(Form form, JsonNode contact, String given) {
		String trimmed = given == null ? "" : given.trim();
		if (trimmed.isEmpty()) {
			return false;
		}
		if (trimmed.contains("@")) {
			String email = ContactAddresses.email(form, contact).orElse("");
			return same(email.toLowerCase(Locale.ROOT), trimmed.toLowerCase(Locale.ROOT)) && !email.isEmpty();
		}
		boolean matched = false;
		for (String postcode : postcodes(contact)) {
			matched |= same(postcode(postcode), postcode(trimmed));
		}
		return matched;
	}

	/** A postcode as compared: capitals, no spaces. */
	static String postcode(String written) {
		return written.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
	}

	private static List<String> postcodes(JsonNode contact) {
		List<String> found = new ArrayList<>();
		add(found, contact.path("postcode"));
		for (JsonNode field : contact.values()) {
			if (field.isObject()) {
				add(found, field.path("postcode"));
			}
		}
		return found;
	}

	private static void add(List<String> found, JsonNode value) {
		if (value.isString() && !value.asString().isBlank()) {
			found.add(value.asString());
		}
	}

	private static boolean same(String stored, String given) {
		return MessageDigest.isEqual(sha256(stored), sha256(given));
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
