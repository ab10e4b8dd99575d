package org.candour.security;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Who is platform administrator: the embedded server's machine client and demo
 * administrator (their tokens carry {@code candour_platform_admin}), and callers with a
 * bearer token of the platform's own identity provider
 * ({@code candour.security.platform-admin.*}) that names its audience and carries the
 * configured group or role. Half a configuration of that provider refuses to start.
 */
@Component
class PlatformAdmins {

	private final ObjectProvider<EmbeddedIssuer> embedded;

	private final SecuritySettings.PlatformAdmin provider;

	PlatformAdmins(SecuritySettings settings, ObjectProvider<EmbeddedIssuer> embedded) {
		this.embedded = embedded;
		this.provider = checked(settings.platformAdmin());
	}

	boolean isPlatformAdmin(Identity who) {
		EmbeddedIssuer own = this.embedded.getIfAvailable();
		if (own != null && own.issued(who.issuer())) {
			return who.claimsPlatformAdmin();
		}
		return this.provider != null && who.bearer() && this.provider.issuer().equals(who.issuer())
				&& who.strings("aud").contains(this.provider.audience())
				&& who.strings(this.provider.claim()).contains(this.provider.value());
	}

	/** The audience the platform provider's tokens name, when {@code issuer} is it. */
	Optional<String> audienceOf(String issuer) {
		return Optional.ofNullable(this.provider)
			.filter(provider -> provider.issuer().equals(issuer))
			.map(SecuritySettings.PlatformAdmin::audience);
	}

	private static SecuritySettings.PlatformAdmin checked(SecuritySettings.PlatformAdmin settings) {
		boolean issuer = StringUtils.hasText(settings.issuer());
		if (!issuer && !StringUtils.hasText(settings.audience()) && !StringUtils.hasText(settings.value())) {
			return null;
		}
		require(issuer, "issuer", "the platform identity provider's issuer, as in its tokens' iss");
		require(StringUtils.hasText(settings.audience()), "audience", "the audience its tokens must name in aud");
		require(StringUtils.hasText(settings.claim()), "claim", "the claim carrying groups or roles");
		require(StringUtils.hasText(settings.value()), "value",
				"the group or role (a value of the claim) that makes a platform administrator");
		return settings;
	}

	private static void require(boolean given, String property, String meaning) {
		if (!given) {
			throw new IllegalStateException(
					"A platform identity provider needs candour.security.platform-admin." + property + ": " + meaning);
		}
	}

}
