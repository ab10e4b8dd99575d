package org.candour.web.sessions;

import java.time.Duration;

/**
 * What a page's timeout warning needs: how long its session lasts without a request, and
 * how long before the end the warning shows (two minutes, or half the session when it is
 * shorter than four).
 */
public record SessionTiming(long seconds, long warningSeconds) {

	private static final Duration WARNING = Duration.ofMinutes(2);

	static SessionTiming of(Duration length) {
		Duration warning = length.compareTo(WARNING.multipliedBy(2)) < 0 ? length.dividedBy(2) : WARNING;
		return new SessionTiming(length.toSeconds(), warning.toSeconds());
	}

}
