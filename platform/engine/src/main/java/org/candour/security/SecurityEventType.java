package org.candour.security;

/** What the security log records. */
public enum SecurityEventType {

	SIGN_IN("sign-in"), SIGN_IN_FAILURE("sign-in-failure"), SIGN_OUT("sign-out"), ACCESS_DENIED("access-denied"),
	TOKEN_REJECTED("token-rejected"), ROLE_CHANGE("role-change"),
	/**
	 * A resident asked for a new tracking link ("Find your feedback"): the reference and
	 * what came of it.
	 */
	TRACKING_LINK_REQUESTED("tracking-link-requested"),
	/** A resident's request for a new tracking link refused by its limits. */
	TRACKING_LINK_REQUEST_LIMITED("tracking-link-request-limited"),
	/**
	 * Someone read a case of a feedback type marked {@code dataProtection.sensitive}:
	 * who, and which case.
	 */
	SENSITIVE_CASE_READ("sensitive-case-read"),
	/**
	 * Someone exported a person's cases (subject access): which cases, never the data.
	 */
	SUBJECT_ACCESS_EXPORTED("subject-access-exported"),
	/** Someone erased a person's details from their cases, with the reason. */
	PERSON_ERASED("person-erased"),
	/** Someone redacted one field of a case, with the reason. */
	CASE_FIELD_REDACTED("case-field-redacted");

	private final String code;

	SecurityEventType(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
