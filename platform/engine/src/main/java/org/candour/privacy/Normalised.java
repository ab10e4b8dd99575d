package org.candour.privacy;

import java.util.Locale;

/**
 * Values as they are compared: an email address without case, a UK phone number as its
 * digits in national form (+44 and 0044 count as 0), a name without case and extra
 * spaces, an address as its letters and digits only.
 */
final class Normalised {

	private Normalised() {
	}

	static String email(String value) {
		return value.strip().toLowerCase(Locale.ROOT);
	}

	static String phone(String value) {
		String digits = value.replaceAll("\\D", "");
		if (digits.startsWith("0044")) {
			digits = digits.substring(2);
		}
		if (digits.startsWith("44") && digits.length() >= 11) {
			digits = digits.substring(2);
			return digits.startsWith("0") ? digits : "0" + digits;
		}
		return digits;
	}

	static String name(String value) {
		return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	static String compact(String value) {
		return value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

}
