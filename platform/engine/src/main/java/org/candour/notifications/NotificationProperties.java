package org.candour.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code candour.notifications.*}.
 *
 * @param maxAttempts sends tried before a notification is marked failed
 * @param backoff wait before the first retry; doubled for each further one
 * @param maxBackoff the longest wait between two tries
 * @param lease how long a claimed notification is left to its sender before another
 * instance may try it again (a crashed sender)
 * @param sweepInterval how often due retries are looked for
 * @param defaultFrom the sender address when a tenant has set none (empty:
 * {@code no-reply@<tenant>.candour.local})
 * @param notifyBaseUrl the GOV.UK Notify API
 */
@ConfigurationProperties("candour.notifications")
record NotificationProperties(@DefaultValue("5") int maxAttempts, @DefaultValue("1m") Duration backoff,
		@DefaultValue("1h") Duration maxBackoff, @DefaultValue("5m") Duration lease,
		@DefaultValue("30s") Duration sweepInterval, String defaultFrom,
		@DefaultValue("https://api.notifications.service.gov.uk") String notifyBaseUrl) {

	/** The wait after the given number of failed tries. */
	Duration backoffAfter(int attempts) {
		Duration wait = this.backoff;
		for (int i = 1; i < attempts && wait.compareTo(this.maxBackoff) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(this.maxBackoff) > 0 ? this.maxBackoff : wait;
	}

}
