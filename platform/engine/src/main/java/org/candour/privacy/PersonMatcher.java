package org.candour.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Whether contact details or a piece of text are about the person looked for, by each
 * identifier given, compared normalised ({@link Normalised}). A people part matches on
 * equal values (the address when it contains the given part); free text when it mentions
 * the email address, phone number, name (as whole words) or address.
 */
final class PersonMatcher {

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,}[0-9]");

	private final String email;

	private final String phone;

	private final String name;

	private final String address;

	PersonMatcher(Identifiers identifiers) {
		this.email = (identifiers.email() == null) ? null : Normalised.email(identifiers.email());
		this.phone = (identifiers.phone() == null) ? null : Normalised.phone(identifiers.phone());
		this.name = (identifiers.name() == null) ? null : words(identifiers.name());
		this.address = (identifiers.address() == null) ? null : Normalised.compact(identifiers.address());
	}

	/** The identifiers the contact details match by. */
	List<String> contact(JsonNode contact) {
		List<String> by = new ArrayList<>();
		if (this.email != null && this.email.equals(Normalised.email(contact.path("email").asString("")))) {
			by.add("email");
		}
		if (this.phone != null && this.phone.equals(Normalised.phone(contact.path("phone").asString("")))) {
			by.add("phone");
		}
		if (this.name != null && this.name.equals(words(contact.path("name").asString("")))) {
			by.add("name");
		}
		if (this.address != null && contact.path("address").isObject()) {
			StringBuilder joined = new StringBuilder();
			contact.path("address").forEach(line -> joined.append(line.asString("")).append(' '));
			if (Normalised.compact(joined.toString()).contains(this.address)) {
				by.add("address");
			}
		}
		return by;
	}

	/** Whether the text mentions the person by any identifier given. */
	boolean mentioned(String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		if (this.email != null && text.toLowerCase(Locale.ROOT).contains(this.email)) {
			return true;
		}
		if (this.name != null && (" " + words(text) + " ").contains(" " + this.name + " ")) {
			return true;
		}
		if (this.address != null && Normalised.compact(text).contains(this.address)) {
			return true;
		}
		if (this.phone != null) {
			Matcher numbers = PHONE.matcher(text);
			while (numbers.find()) {
				if (this.phone.equals(Normalised.phone(numbers.group()))) {
					return true;
				}
			}
		}
		return false;
	}

	private static String words(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'-]+", " ").strip();
	}

}
