package org.candour.security;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The issuer of the embedded authorization server: {@code candour.security.issuer}, or
 * {@code http://localhost:<port>} once the server listens (so a random test port works
 * too). Only present while the embedded authorization server runs.
 */
public final class EmbeddedIssuer {

	/** The registration id of the embedded server among sign-in providers. */
	public static final String REGISTRATION = "candour";

	/**
	 * The audience of the embedded server's access tokens: the API accepts no other (so
	 * not its ID tokens, whose audience is the browser client).
	 */
	public static final String API_AUDIENCE = "candour-api";

	private final String configured;

	private final Environment environment;

	EmbeddedIssuer(SecuritySettings settings, Environment environment) {
		this.configured = StringUtils.hasText(settings.issuer()) ? trimmed(settings.issuer()) : null;
		this.environment = environment;
	}

	public String value() {
		if (this.configured != null) {
			return this.configured;
		}
		String port = this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
		return "http://localhost:" + port;
	}

	/** The configured issuer, if fixed (otherwise it follows the port). */
	String configured() {
		return this.configured;
	}

	public boolean issued(String issuer) {
		return value().equals(issuer);
	}

	private static String trimmed(String issuer) {
		return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
	}

}
