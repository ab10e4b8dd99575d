package org.candour.cases;

import java.time.LocalDate;
import java.util.List;

import org.candour.api.ApiError;
import org.candour.definition.model.OrgStructure;
import org.candour.definition.model.OrgUnit;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The org units a case may be about or given to on a day (those that exist on it), and
 * the path each one sits in, which the case records so that reports can count it by the
 * structure of the time.
 */
final class OrgUnitChecks {

	private OrgUnitChecks() {
	}

	/**
	 * Why the unit cannot take a case on {@code day}, as a problem at {@code pointer};
	 * {@code null} when it can.
	 */
	static ApiError problem(OrgStructure structure, String unitId, LocalDate day, String pointer) {
		OrgUnit unit = structure.unit(unitId).orElse(null);
		if (unit == null) {
			return new ApiError(pointer, "ref.org-unit-missing", "No org unit '" + unitId + "'");
		}
		if (unit.effectiveFrom() != null && day.isBefore(unit.effectiveFrom())) {
			return new ApiError(pointer, "org-unit.not-yet",
					"Org unit '" + unitId + "' does not exist until " + unit.effectiveFrom());
		}
		if (!unit.activeOn(day)) {
			return new ApiError(pointer, "org-unit.closed",
					"Org unit '" + unitId + "' closed on " + unit.effectiveTo() + "; choose one that exists now");
		}
		return null;
	}

	/**
	 * The unit's place in the structure: {@code {unit, directorate, service, team, on}},
	 * each level the id of the unit of that type on its path (absent when there is none).
	 */
	static ObjectNode path(OrgStructure structure, String unitId, LocalDate day) {
		ObjectNode path = JsonNodeFactory.instance.objectNode().put("unit", unitId);
		List<OrgUnit> units = structure.path(unitId);
		for (OrgUnit unit : units) {
			if (unit.type() != null) {
				path.put(unit.type(), unit.id());
			}
		}
		return path.put("on", day.toString());
	}

}
