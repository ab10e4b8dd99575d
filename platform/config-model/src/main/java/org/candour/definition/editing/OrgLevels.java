package org.candour.definition.editing;

import java.util.List;

/** The levels of an organisation, from the top: directorate, service, team. */
final class OrgLevels {

	static final List<String> TYPES = List.of("directorate", "service", "team");

	private OrgLevels() {
	}

	static boolean known(String type) {
		return TYPES.contains(type);
	}

	/**
	 * Whether a unit of type {@code inner} may sit inside one of type {@code outer}: a
	 * service inside a directorate, a team inside a service.
	 */
	static boolean fitsInside(String inner, String outer) {
		return TYPES.indexOf(outer) >= 0 && TYPES.indexOf(outer) + 1 == TYPES.indexOf(inner);
	}

	/** "team" → "Team". */
	static String label(String type) {
		return (type == null) ? "Unit" : Words.capitalised(type);
	}

}
