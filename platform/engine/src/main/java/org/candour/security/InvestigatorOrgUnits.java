package org.candour.security;

import java.util.Optional;
import java.util.Set;

import org.candour.cases.InvestigatorScope;

import org.springframework.stereotype.Component;

/**
 * Confines an investigator (without a role that sees every case) to the cases of the org
 * units of their membership.
 */
@Component
class InvestigatorOrgUnits implements InvestigatorScope {

	private final Callers callers;

	InvestigatorOrgUnits(Callers callers) {
		this.callers = callers;
	}

	@Override
	public Optional<Set<String>> orgUnits() {
		return this.callers.current().filter(Caller::confinedToOrgUnits).map(Caller::orgUnits);
	}

}
