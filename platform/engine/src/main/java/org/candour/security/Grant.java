package org.candour.security;

import java.util.Set;

/** The roles and org units an identity holds in one tenant. */
record Grant(Set<String> roles, Set<String> orgUnits) {

	static final Grant NONE = new Grant(Set.of(), Set.of());

	Grant {
		roles = Set.copyOf(roles);
		orgUnits = Set.copyOf(orgUnits);
	}

}
