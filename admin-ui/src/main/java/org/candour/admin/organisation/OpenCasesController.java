package org.candour.admin.organisation;

import org.candour.api.EndpointRoles;
import org.candour.cases.CaseRestructures;
import org.candour.definition.editing.OrgDates;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Moves the open cases of a unit that a published restructure ended to the unit that took
 * over its work, when the administrator chooses to: each case is written once, with a
 * history entry by the administrator saying why. Closed cases stay where they were
 * handled.
 */
@Controller
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
class OpenCasesController {

	private final EndedUnits endedUnits;

	private final CaseRestructures restructures;

	OpenCasesController(EndedUnits endedUnits, CaseRestructures restructures) {
		this.endedUnits = endedUnits;
		this.restructures = restructures;
	}

	@PostMapping("/t/{tenant}/admin/organisation/units/{id}/move-open-cases")
	String move(@PathVariable String id) {
		EndedUnits.Move move = this.endedUnits.move(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		int moved = this.restructures.moveOpenCases(id, move.to().id(),
				"Restructure: " + OrgTree.name(move.from()) + " ended on " + OrgDates.words(move.from().effectiveTo())
						+ "; its open cases moved to " + OrgTree.name(move.to()));
		return "redirect:" + OrganisationController.base() + "?done=moved&moved=" + moved;
	}

}
