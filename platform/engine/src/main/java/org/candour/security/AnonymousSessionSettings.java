package org.candour.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code candour.security.anonymous-sessions.*}: the sessions of visitors who have not
 * signed in (residents giving feedback, anyone on a sign-in page).
 *
 * @param timeout how long such a session lasts without a request (a session that signs in
 * gets {@code server.servlet.session.timeout} back)
 * @param maxPerClient how many one client ({@link ClientAddress}) may hold; a new one
 * ends that client's least recently used
 */
@ConfigurationProperties("candour.security.anonymous-sessions")
public record AnonymousSessionSettings(@DefaultValue("20m") Duration timeout, @DefaultValue("50") int maxPerClient) {

	public AnonymousSessionSettings {
		if (maxPerClient < 1) {
			throw new IllegalArgumentException("candour.security.anonymous-sessions.max-per-client must be at least 1");
		}
	}

}
