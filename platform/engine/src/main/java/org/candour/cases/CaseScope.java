package org.candour.cases;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which cases the current caller may see and act on: those any of their reaches admits
 * (an investigator's org units, a custom role's feedback types and org units). Provided
 * by the security module; without it every caller sees every case of the tenant.
 */
@FunctionalInterface
public interface CaseScope {

	/** Everyone sees every case of the tenant. */
	CaseScope EVERY_CASE = Optional::empty;

	/**
	 * @return the reaches, any of which admits a case, or empty when the caller sees
	 * every case of the tenant
	 */
	Optional<List<Reach>> reaches();

	/** Whether a case of this feedback type, org unit and team is in scope. */
	default boolean allows(String feedbackType, String orgUnit, String team) {
		return reaches().map(all -> all.stream().anyMatch(reach -> reach.admits(feedbackType, orgUnit, team)))
			.orElse(true);
	}

	/**
	 * The cases one role of the caller admits: every condition must hold.
	 *
	 * @param feedbackTypes the feedback types admitted; {@code null} for all
	 * @param orgUnits sets of org units (or teams), each of which must hold the case's
	 * org unit or team (an empty set admits nothing)
	 */
	record Reach(Set<String> feedbackTypes, List<Set<String>> orgUnits) {

		public Reach {
			feedbackTypes = (feedbackTypes == null) ? null : Set.copyOf(feedbackTypes);
			orgUnits = orgUnits.stream().map(Set::copyOf).toList();
		}

		public boolean admits(String feedbackType, String orgUnit, String team) {
			if (this.feedbackTypes != null && (feedbackType == null || !this.feedbackTypes.contains(feedbackType))) {
				return false;
			}
			for (Set<String> units : this.orgUnits) {
				// a hash set, since the case may have no team, and immutable sets refuse
				// null
				Set<String> lookup = new HashSet<>(units);
				if (!lookup.contains(orgUnit) && !lookup.contains(team)) {
					return false;
				}
			}
			return true;
		}

	}

}
