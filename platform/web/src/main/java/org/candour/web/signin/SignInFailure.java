package org.candour.web.signin;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.util.StringUtils;

/**
 * Why signing in failed, in words for the person: from the authentication failure the
 * failure handler kept in the session. A wrong username or password is said in the page's
 * language; a failure that is a {@link MessageSourceResolvable} (e.g. too many attempts,
 * with the seconds to wait) is resolved from the messages; any other failure shows its
 * own message (marked as English on a page in another language).
 *
 * @param message the text of the error summary
 * @param lang the language of the message when it differs from the page's, else null
 */
record SignInFailure(String message, String lang) {

	static SignInFailure of(HttpServletRequest request, MessageSource messages, Locale locale) {
		HttpSession session = request.getSession(false);
		Object failure = (session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
		if (failure instanceof MessageSourceResolvable resolvable) {
			return new SignInFailure(messages.getMessage(resolvable, locale), null);
		}
		if (failure instanceof AuthenticationException refused && !(refused instanceof BadCredentialsException)
				&& StringUtils.hasText(refused.getMessage())) {
			boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
			return new SignInFailure(refused.getMessage(), english ? null : "en");
		}
		String key = (failure == null) ? "signin.error.failed" : "signin.error.credentials";
		return new SignInFailure(messages.getMessage(key, null, locale), null);
	}

}
