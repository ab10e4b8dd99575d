package org.candour.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code candour.security.*}.
 *
 * @param issuer the embedded authorization server's issuer (default
 * {@code http://localhost:<port>})
 * @param embeddedAuthServer the embedded authorization server and its demo accounts
 * @param rateLimit limits per client IP on anonymous endpoints
 */
@ConfigurationProperties("candour.security")
public record SecuritySettings(String issuer, @DefaultValue EmbeddedAuthServer embeddedAuthServer,
		@DefaultValue RateLimit rateLimit) {

	/**
	 * @param enabled on, off, or (null) on exactly when Candour runs on its embedded
	 * MongoDB
	 * @param clientId the machine client for scripts (client credentials, platform admin)
	 * @param clientSecret its secret
	 * @param demoPassword the password of every demo user (local use only)
	 * @param tokenLifetime how long issued access tokens last
	 */
	public record EmbeddedAuthServer(Boolean enabled, @DefaultValue("candour-cli") String clientId,
			@DefaultValue("candour-cli-secret") String clientSecret, @DefaultValue("demo-password") String demoPassword,
			@DefaultValue("15m") Duration tokenLifetime) {

	}

	/**
	 * @param capacity requests allowed in a burst per client IP and endpoint group
	 * @param period the time in which {@code capacity} requests are refilled
	 */
	public record RateLimit(@DefaultValue("60") int capacity, @DefaultValue("1m") Duration period) {

	}

}
