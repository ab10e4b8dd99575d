package org.candour.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.candour.tenancy.CurrentTenant;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Progressive delays per account on the embedded authorization server's form sign-in
 * ({@link AccountLocks}): a sign-in to a locked account is refused before its password is
 * checked, with 429, {@code Retry-After} and "try again in N seconds"; the failure that
 * locks an account answers the same way; a success forgets the account's failures. No
 * request thread ever waits.
 */
@Component
class SignInThrottle {

	private static final String USERNAME = "username";

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="en">
			<head><meta charset="utf-8"><title>Too many failed sign-ins</title>
			<link href="%1$s/default-ui.css" rel="stylesheet"></head>
			<body><main class="content"><h1>Too many failed sign-ins</h1>
			<p role="alert">%2$s</p><p><a href="%1$s/login">Back to sign in</a></p></main></body>
			</html>
			""";

	private final AccountLocks locks;

	private final SecurityEvents events;

	private final Refusals refusals;

	SignInThrottle(SignInThrottleSettings settings, SecurityEvents events, Refusals refusals, Optional<Clock> clock) {
		this.locks = new AccountLocks(settings, clock.orElse(Clock.systemUTC()));
		this.events = events;
		this.refusals = refusals;
	}

	/** Goes before the sign-in filter: refuses a sign-in to a locked account. */
	Filter refusingLockedAccounts() {
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String account = request.getParameter(USERNAME);
				Optional<Duration> locked = "POST".equals(request.getMethod())
						&& "/login".equals(Refusals.path(request)) ? SignInThrottle.this.locks.lockedFor(account)
								: Optional.empty();
				if (locked.isEmpty()) {
					chain.doFilter(request, response);
					return;
				}
				SignInThrottle.this.events.record(SecurityEventType.SIGN_IN_FAILURE, (CurrentTenant) null, account,
						Refusals.path(request), "refused: " + message(locked.get()));
				refuse(request, response, locked.get());
			}

		};
	}

	/** Counts the failure; answers "try again in N seconds" when it locks the account. */
	AuthenticationFailureHandler counting(AuthenticationFailureHandler then) {
		return (request, response, exception) -> {
			Optional<Duration> locked = this.locks.failed(request.getParameter(USERNAME));
			if (locked.isPresent()) {
				refuse(request, response, locked.get());
				return;
			}
			then.onAuthenticationFailure(request, response, exception);
		};
	}

	AuthenticationSuccessHandler forgetting(AuthenticationSuccessHandler then) {
		return (request, response, authentication) -> {
			this.locks.succeeded(request.getParameter(USERNAME));
			then.onAuthenticationSuccess(request, response, authentication);
		};
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, Duration locked) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds(locked)));
		if (!Refusals.wantsPage(request)) {
			this.refusals.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins",
					message(locked));
			return;
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(PAGE.formatted(request.getContextPath(), message(locked)));
	}

	static String message(Duration locked) {
		long seconds = seconds(locked);
		return "Too many failed sign-ins for this account. Try again in " + seconds
				+ (seconds == 1 ? " second." : " seconds.");
	}

	private static long seconds(Duration locked) {
		return Math.max(1, (locked.toMillis() + 999) / 1000);
	}

}
