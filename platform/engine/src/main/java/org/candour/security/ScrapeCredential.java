package org.candour.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.util.StringUtils;

/**
 * Checks the metrics scraper's basic credentials against {@link MetricsSettings} in
 * constant time; with no password configured, nobody is the scraper.
 */
final class ScrapeCredential implements AuthenticationProvider {

	static final String ROLE = "METRICS_SCRAPER";

	private final byte[] username;

	private final byte[] password;

	ScrapeCredential(MetricsSettings settings) {
		this.username = digest(settings.username());
		this.password = StringUtils.hasText(settings.password()) ? digest(settings.password()) : null;
	}

	@Override
	public Authentication authenticate(Authentication given) {
		boolean user = MessageDigest.isEqual(this.username, digest(given.getName()));
		boolean secret = this.password != null
				&& MessageDigest.isEqual(this.password, digest(String.valueOf(given.getCredentials())));
		if (!user || !secret) {
			throw new BadCredentialsException("Wrong scrape credential");
		}
		return UsernamePasswordAuthenticationToken.authenticated(given.getName(), null,
				List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static byte[] digest(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
