package org.candour.security;

import java.util.List;
import java.util.Optional;

import org.candour.cases.CaseScope;

import org.springframework.stereotype.Component;

/**
 * The signed-in caller's cases: those their roles admit (an investigator's org units, a
 * custom role's limits); work outside any request sees every case.
 */
@Component
class CallerCaseScope implements CaseScope {

	private final Callers callers;

	CallerCaseScope(Callers callers) {
		this.callers = callers;
	}

	@Override
	public Optional<List<Reach>> reaches() {
		return this.callers.current().flatMap(Caller::reaches);
	}

}
