package org.candour.security;

import java.util.Optional;

import org.candour.tenancy.CurrentTenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantDirectory;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in caller of the current request in the current tenant, resolved once per
 * request and tenant.
 */
@Component
class Callers {

	private static final String CACHE = Callers.class.getName() + ".";

	private final TenantGrants grants;

	private final TenantDirectory directory;

	private final PlatformAdmins platformAdmins;

	Callers(TenantGrants grants, TenantDirectory directory, PlatformAdmins platformAdmins) {
		this.grants = grants;
		this.directory = directory;
		this.platformAdmins = platformAdmins;
	}

	/** Empty for anonymous callers and work outside any request. */
	Optional<Caller> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		Optional<CurrentTenant> tenant = TenantContext.current();
		String key = CACHE + tenant.map(CurrentTenant::value).orElse("");
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Resolved resolved
				&& resolved.authentication() == authentication) {
			return Optional.of(resolved.caller());
		}
		Caller caller = resolve(authentication, tenant);
		if (request != null) {
			request.setAttribute(key, new Resolved(authentication, caller), RequestAttributes.SCOPE_REQUEST);
		}
		return Optional.of(caller);
	}

	/** The caller's name, or {@code anonymous}. */
	String name() {
		return current().map(Caller::name).orElse(SecurityEvents.ANONYMOUS);
	}

	private Caller resolve(Authentication authentication, Optional<CurrentTenant> tenant) {
		Optional<Identity> identity = Identity.of(authentication);
		if (identity.isEmpty()) {
			return new Caller(authentication.getName(), false, java.util.Set.of(), java.util.Set.of());
		}
		Identity who = identity.get();
		boolean platformAdmin = this.platformAdmins.isPlatformAdmin(who);
		Grant grant = tenant.flatMap(current -> this.directory.find(current.value()))
			.map(found -> this.grants.grant(who, found))
			.orElse(Grant.NONE);
		return new Caller(who.subject(), platformAdmin, grant.roles(), grant.orgUnits(), grant.reaches());
	}

	private record Resolved(Authentication authentication, Caller caller) {
	}

}
