package org.candour.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.candour.cases.CaseScope;

/**
 * The roles and org units an identity holds in one tenant, and the cases it reaches.
 *
 * @param roles the roles held (base roles and custom role ids) and the base roles they
 * give
 * @param orgUnits the member's org units (or teams)
 * @param reaches the cases its roles admit; empty for every case
 */
record Grant(Set<String> roles, Set<String> orgUnits, Optional<List<CaseScope.Reach>> reaches) {

	static final Grant NONE = new Grant(Set.of(), Set.of(), Optional.empty());

	Grant {
		roles = Set.copyOf(roles);
		orgUnits = Set.copyOf(orgUnits);
		reaches = reaches.map(List::copyOf);
	}

}
