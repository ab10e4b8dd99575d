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
 * @param bootstrap the embedded server's machine client (the bootstrap platform
 * administrator)
 * @param platformAdmin the identity provider whose tokens may make a caller platform
 * administrator
 * @param rateLimit limits per client IP on anonymous endpoints
 */
@ConfigurationProperties("candour.security")
public record SecuritySettings(String issuer, @DefaultValue EmbeddedAuthServer embeddedAuthServer,
		@DefaultValue Bootstrap bootstrap, @DefaultValue PlatformAdmin platformAdmin,
		@DefaultValue RateLimit rateLimit) {

	/**
	 * @param enabled on, off, or (null) on exactly when Candour runs on its embedded
	 * MongoDB
	 * @param demoPassword the password of every demo user (the demo only; default
	 * {@code demo-password})
	 * @param tokenLifetime how long issued access tokens last
	 */
	public record EmbeddedAuthServer(Boolean enabled, String demoPassword,
			@DefaultValue("15m") Duration tokenLifetime) {

	}

	/**
	 * @param clientId the machine client for scripts (client credentials, platform admin)
	 * @param clientSecret its secret: required outside the demo (the demo's default is
	 * public)
	 */
	public record Bootstrap(@DefaultValue("candour-cli") String clientId, String clientSecret) {

	}

	/**
	 * Bearer tokens of {@code issuer} naming {@code audience} in {@code aud} and
	 * {@code value} among the values of {@code claim} make their caller platform
	 * administrator.
	 *
	 * @param issuer the platform's identity provider (none: no such route)
	 * @param audience the audience its tokens must name
	 * @param claim the claim carrying groups or roles (a dotted path reads nested claims)
	 * @param value the group or role that makes a platform administrator
	 */
	public record PlatformAdmin(String issuer, String audience, @DefaultValue("groups") String claim, String value) {

	}

	/**
	 * @param capacity requests allowed in a burst per client IP and endpoint group
	 * @param period the time in which {@code capacity} requests are refilled
	 */
	public record RateLimit(@DefaultValue("60") int capacity, @DefaultValue("1m") Duration period) {

	}

}
