package org.candour.cases;

import java.util.Optional;
import java.util.Set;

/**
 * Which cases the current caller may see: an investigator (a service-side officer) sees
 * only cases whose org unit or team is one of theirs. Provided by the security module;
 * without it every caller sees every case of the tenant.
 */
@FunctionalInterface
public interface InvestigatorScope {

	/** Everyone sees every case of the tenant. */
	InvestigatorScope NONE = Optional::empty;

	/**
	 * @return the org units (or teams) the caller is confined to, or empty when the
	 * caller sees every case of the tenant
	 */
	Optional<Set<String>> orgUnits();

	/** Whether a case with this org unit and team is in scope. */
	default boolean allows(String orgUnit, String team) {
		return orgUnits()
			.map(units -> orgUnit != null && units.contains(orgUnit) || team != null && units.contains(team))
			.orElse(true);
	}

}
