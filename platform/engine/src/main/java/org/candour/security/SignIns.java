package org.candour.security;

import java.util.Optional;

import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.Tenant;
import org.candour.tenancy.TenantDirectory;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Wraps sign-in, sign-in failure and sign-out handlers so that each is recorded in the
 * security log: in the tenant signed in to when the provider is a tenant's own, otherwise
 * in the platform log.
 */
@Component
class SignIns {

	private final SecurityEvents events;

	private final TenantDirectory directory;

	SignIns(SecurityEvents events, TenantDirectory directory) {
		this.events = events;
		this.directory = directory;
	}

	AuthenticationSuccessHandler succeeded(String how, AuthenticationSuccessHandler then) {
		return (request, response, authentication) -> {
			this.events.record(SecurityEventType.SIGN_IN, tenantOf(authentication), authentication.getName(),
					Refusals.path(request), how);
			then.onAuthenticationSuccess(request, response, authentication);
		};
	}

	AuthenticationFailureHandler failed(String how, AuthenticationFailureHandler then) {
		return (request, response, exception) -> {
			String registration = lastSegment(Refusals.path(request));
			this.events.record(SecurityEventType.SIGN_IN_FAILURE, tenantOfRegistration(registration),
					request.getParameter("username"), Refusals.path(request), how + ": " + exception.getMessage());
			then.onAuthenticationFailure(request, response, exception);
		};
	}

	LogoutSuccessHandler signedOut(LogoutSuccessHandler then) {
		return (request, response, authentication) -> {
			if (authentication != null) {
				this.events.record(SecurityEventType.SIGN_OUT, tenantOf(authentication), authentication.getName(),
						Refusals.path(request), "signed out; session ended");
			}
			then.onLogoutSuccess(request, response, authentication);
		};
	}

	private CurrentTenant tenantOf(Authentication authentication) {
		return authentication instanceof OAuth2AuthenticationToken login
				? tenantOfRegistration(login.getAuthorizedClientRegistrationId()) : null;
	}

	private CurrentTenant tenantOfRegistration(String registration) {
		return Optional.ofNullable(registration)
			.flatMap(TenantClientRegistrations::tenantOf)
			.flatMap(this.directory::find)
			.map(Tenant::asCurrent)
			.orElse(null);
	}

	private static String lastSegment(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

}
