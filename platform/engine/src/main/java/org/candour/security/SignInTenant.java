package org.candour.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The tenant a person is signing in to, kept in their session from {@code /t/{t}/login}
 * (where a deep link sends them too) until they have signed in: the embedded server's
 * sign-in page shows that tenant's branding, and sign-in lands in that tenant.
 */
public final class SignInTenant {

	private static final String ATTRIBUTE = SignInTenant.class.getName();

	private SignInTenant() {
	}

	public static Optional<String> of(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return Optional.ofNullable(session).map(found -> (String) found.getAttribute(ATTRIBUTE));
	}

	static void remember(HttpServletRequest request, String tenant) {
		request.getSession().setAttribute(ATTRIBUTE, tenant);
	}

	static void forget(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
		}
	}

}
