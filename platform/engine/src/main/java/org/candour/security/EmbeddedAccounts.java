package org.candour.security;

import java.util.Optional;

import org.springframework.util.StringUtils;

/**
 * Who may get tokens from the embedded authorization server. In the demo (the embedded
 * default: no MongoDB URI) these are the public demo users and the machine client with
 * its public default secret. Anywhere else only the machine client, with a secret the
 * operator set: public defaults and demo users are refused at start-up, so they can never
 * work silently on real data.
 */
final class EmbeddedAccounts {

	static final String DEMO_CLIENT_SECRET = "candour-cli-secret";

	static final String DEMO_PASSWORD = "demo-password";

	static final int MIN_SECRET_LENGTH = 16;

	static final String CLIENT_SECRET_PROPERTY = "candour.security.bootstrap.client-secret";

	static final String DEMO_PASSWORD_PROPERTY = "candour.security.embedded-auth-server.demo-password";

	private final boolean demo;

	private final String clientId;

	private final String clientSecret;

	private final String demoPassword;

	private EmbeddedAccounts(boolean demo, String clientId, String clientSecret, String demoPassword) {
		this.demo = demo;
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		this.demoPassword = demoPassword;
	}

	/**
	 * @throws IllegalStateException outside the demo, when the machine client's secret is
	 * missing, public or short, or a demo password is configured
	 */
	static EmbeddedAccounts of(SecuritySettings settings, boolean demo) {
		String secret = settings.bootstrap().clientSecret();
		String password = settings.embeddedAuthServer().demoPassword();
		if (demo) {
			return new EmbeddedAccounts(true, settings.bootstrap().clientId(),
					StringUtils.hasText(secret) ? secret : DEMO_CLIENT_SECRET,
					StringUtils.hasText(password) ? password : DEMO_PASSWORD);
		}
		if (!StringUtils.hasText(secret) || DEMO_CLIENT_SECRET.equals(secret) || secret.length() < MIN_SECRET_LENGTH) {
			throw new IllegalStateException("The embedded authorization server is on outside the demo (a MongoDB URI "
					+ "is configured), so its machine client needs a secret of your own: set " + CLIENT_SECRET_PROPERTY
					+ " (at least " + MIN_SECRET_LENGTH + " characters, not the public demo secret), or switch the "
					+ "embedded server off (candour.security.embedded-auth-server.enabled=false) and name a platform "
					+ "identity provider (candour.security.platform-admin.*)");
		}
		if (password != null) {
			throw new IllegalStateException("Demo users exist only in the demo (the embedded default, without a "
					+ "MongoDB URI): remove " + DEMO_PASSWORD_PROPERTY);
		}
		return new EmbeddedAccounts(false, settings.bootstrap().clientId(), secret, null);
	}

	/** True in the demo: demo users sign in on the embedded server's login page. */
	boolean demo() {
		return this.demo;
	}

	String clientId() {
		return this.clientId;
	}

	String clientSecret() {
		return this.clientSecret;
	}

	/** The demo users' password; none outside the demo. */
	Optional<String> demoPassword() {
		return Optional.ofNullable(this.demoPassword);
	}

}
