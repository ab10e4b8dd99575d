package org.candour.learning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.cases.FeedbackCase;
import tools.jackson.databind.JsonNode;

/** Who may record and change learning, and what a record takes from its first case. */
final class LearningEditors {

	/** The roles that record learning and change it. */
	static final Set<String> ROLES = Set.of(EndpointRoles.OFFICER, EndpointRoles.INVESTIGATOR, EndpointRoles.MANAGER);

	private LearningEditors() {
	}

	static Actors.Actor require(Actors actors) {
		Actors.Actor actor = actors.current();
		if (!actor.hasAnyRole(ROLES)) {
			throw Refusal.notAllowed("Recording learning needs one of the roles " + ROLES.stream().sorted().toList());
		}
		return actor;
	}

	static String orgUnit(List<FeedbackCase> cases) {
		return cases.isEmpty() ? null : cases.get(0).current().orgUnit();
	}

	/** The first case's org unit and the units above it, as the case recorded them. */
	static List<String> orgUnits(List<FeedbackCase> cases) {
		Set<String> units = new LinkedHashSet<>();
		if (!cases.isEmpty()) {
			FeedbackCase first = cases.get(0);
			for (Map.Entry<String, JsonNode> unit : first.current().meta().path("orgPath").properties()) {
				if (!"on".equals(unit.getKey()) && unit.getValue().isString()) {
					units.add(unit.getValue().asString());
				}
			}
			if (first.current().orgUnit() != null) {
				units.add(first.current().orgUnit());
			}
		}
		return new ArrayList<>(units);
	}

	static List<String> texts(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(value -> values.add(value.asString()));
		return values;
	}

	static String text(JsonNode body, String field) {
		JsonNode value = body.get(field);
		return value == null || value.isNull() ? null : value.asString().strip();
	}

}
