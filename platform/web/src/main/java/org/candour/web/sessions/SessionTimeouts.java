package org.candour.web.sessions;

import java.time.Duration;

import org.candour.security.AnonymousSessionSettings;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long sessions last without a request: a visitor's who has not signed in
 * ({@code candour.security.anonymous-sessions.timeout}) and a signed-in person's
 * ({@code server.servlet.session.timeout}).
 */
@Component
public class SessionTimeouts {

	private final Duration anonymous;

	private final Duration signedIn;

	SessionTimeouts(AnonymousSessionSettings anonymous,
			@Value("${server.servlet.session.timeout:30m}") Duration signedIn) {
		this.anonymous = anonymous.timeout();
		this.signedIn = signedIn;
	}

	public Duration anonymous() {
		return this.anonymous;
	}

	public Duration signedIn() {
		return this.signedIn;
	}

	/** The timeout warning of a page for visitors who have not signed in. */
	public SessionTiming anonymousTiming() {
		return SessionTiming.of(this.anonymous);
	}

	/** The timeout warning of a page for signed-in staff. */
	public SessionTiming signedInTiming() {
		return SessionTiming.of(this.signedIn);
	}

}
