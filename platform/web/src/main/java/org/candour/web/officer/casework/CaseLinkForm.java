package org.candour.web.officer.casework;

import java.util.Set;

import org.candour.api.EndpointRoles;

/** Who may link a case to another from the case screen (as the API allows). */
final class CaseLinkForm {

	static final Set<String> ROLES = Set.of(EndpointRoles.OFFICER, EndpointRoles.MANAGER);

	private CaseLinkForm() {
	}

}
