package org.candour.security;

/** What the security log records. */
public enum SecurityEventType {

	SIGN_IN("sign-in"), SIGN_IN_FAILURE("sign-in-failure"), SIGN_OUT("sign-out"), ACCESS_DENIED("access-denied"),
	TOKEN_REJECTED("token-rejected"), ROLE_CHANGE("role-change");

	private final String code;

	SecurityEventType(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
