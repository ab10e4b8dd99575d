package org.candour.privacy;

import java.util.ArrayList;
import java.util.List;

import org.candour.api.ApiError;
import org.candour.api.Refusal;

/**
 * What a person is looked for by, each optional but at least one given.
 *
 * @param email an email address
 * @param phone a phone number
 * @param name a full name
 * @param address part of a postal address: a postcode, or a first line
 * @param reference a case reference: that case, and every case of the person it names
 */
public record Identifiers(String email, String phone, String name, String address, String reference) {

	public Identifiers {
		email = blankToNull(email);
		phone = blankToNull(phone);
		name = blankToNull(name);
		address = blankToNull(address);
		reference = blankToNull(reference);
	}

	/**
	 * @throws Refusal 400 with a pointer at each identifier that cannot be one, or at
	 * {@code /email} when none is given
	 */
	public Identifiers checked() {
		List<ApiError> errors = new ArrayList<>();
		if (this.email == null && this.phone == null && this.name == null && this.address == null
				&& this.reference == null) {
			errors.add(new ApiError("/email", "subject-access.identifier-missing",
					"Enter an email address, phone number, name, address or case reference"));
		}
		if (this.email != null && !this.email.matches("^[^@\\s]+@[^@\\s]+$")) {
			errors.add(new ApiError("/email", "subject-access.email-invalid",
					"Enter an email address in the correct format, like name@example.com"));
		}
		int digits = (this.phone == null) ? 0 : this.phone.replaceAll("\\D", "").length();
		if (this.phone != null && (digits < 7 || digits > 15 || !this.phone.matches("^[0-9 +()-]+$"))) {
			errors.add(new ApiError("/phone", "subject-access.phone-invalid",
					"Enter a phone number, like 01632 960 001 or +44 7700 900 982"));
		}
		if (this.name != null && Normalised.name(this.name).length() < 2) {
			errors.add(new ApiError("/name", "subject-access.name-too-short", "Enter at least 2 letters of the name"));
		}
		if (this.address != null && Normalised.compact(this.address).length() < 4) {
			errors.add(new ApiError("/address", "subject-access.address-too-short",
					"Enter a postcode or the first line of the address"));
		}
		if (!errors.isEmpty()) {
			throw Refusal.malformed("The person cannot be looked for", errors);
		}
		return this;
	}

	/** The kinds of identifier given (for the log, which keeps no values). */
	public List<String> kinds() {
		List<String> kinds = new ArrayList<>();
		addIf(kinds, this.email, "email");
		addIf(kinds, this.phone, "phone");
		addIf(kinds, this.name, "name");
		addIf(kinds, this.address, "address");
		addIf(kinds, this.reference, "reference");
		return kinds;
	}

	/**
	 * These identifiers, with the email and phone of a case's people part where none was
	 * given, and its name when it has neither.
	 */
	Identifiers withContactOf(String knownEmail, String knownPhone, String knownName) {
		boolean reachable = knownEmail != null || knownPhone != null;
		return new Identifiers(this.email != null ? this.email : knownEmail,
				this.phone != null ? this.phone : knownPhone, this.name != null || reachable ? this.name : knownName,
				this.address, this.reference);
	}

	private static void addIf(List<String> kinds, String value, String kind) {
		if (value != null) {
			kinds.add(kind);
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
