package org.candour.security;

import java.util.Set;

import org.candour.api.Actors;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The actor of a change is the signed-in caller with their roles in the current tenant.
 * In a request without a signed-in caller it is {@code anonymous} with no roles; work
 * that runs outside any request (schedules, start-up) acts as {@value #SYSTEM}.
 */
@Component
class SignedInActors implements Actors {

	static final String SYSTEM = "system";

	private final Callers callers;

	SignedInActors(Callers callers) {
		this.callers = callers;
	}

	@Override
	public Actor current() {
		if (RequestContextHolder.getRequestAttributes() == null
				&& SecurityContextHolder.getContext().getAuthentication() == null) {
			return Actor.system(SYSTEM);
		}
		return this.callers.current()
			.map(caller -> new Actor(caller.name(), caller.effectiveRoles()))
			.orElseGet(() -> new Actor(SecurityEvents.ANONYMOUS, Set.of()));
	}

}
