package org.candour.web.officer.standards;

import java.util.ArrayList;
import java.util.List;

import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.OrgUnit;
import org.candour.definition.model.State;
import org.candour.standards.ServiceStandards;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * The words the drill-down page needs from the active configuration: team names (the org
 * units of type team, or every unit when there are none), feedback type and state labels.
 */
@Component
class StandardVocabulary {

	private final ActiveConfigurations configurations;

	StandardVocabulary(ActiveConfigurations configurations) {
		this.configurations = configurations;
	}

	Words read() {
		return new Words(this.configurations.require().model());
	}

	/** The words of one configuration. */
	static final class Words {

		private final CompiledConfiguration model;

		Words(CompiledConfiguration model) {
			this.model = model;
		}

		/** The teams to choose from, then "No team". */
		List<Option> teams() {
			List<OrgUnit> units = this.model.orgStructure().units();
			List<OrgUnit> teams = units.stream().filter(unit -> "team".equals(unit.type())).toList();
			List<Option> options = new ArrayList<>();
			(teams.isEmpty() ? units : teams)
				.forEach(unit -> options.add(new Option(unit.id(), english(unit.name(), unit.id()))));
			options.add(new Option(ServiceStandards.NO_TEAM, "No team"));
			return options;
		}

		String teamName(String team) {
			return this.model.orgStructure().unit(team).map(unit -> english(unit.name(), team)).orElse(team);
		}

		String typeLabel(String type) {
			return this.model.feedbackType(type).map(found -> english(found.title(), type)).orElse(type);
		}

		String stateLabel(String type, String state) {
			return this.model.feedbackType(type)
				.map(FeedbackType::workflow)
				.flatMap(this.model::workflow)
				.map(workflow -> workflow.states().get(state))
				.map(State::label)
				.map(label -> english(label, state))
				.orElse(state);
		}

		private static String english(JsonNode text, String fallback) {
			if (text == null || text.isNull()) {
				return fallback;
			}
			return text.isString() ? text.asString() : text.path("en").asString(fallback);
		}

	}

	/** A choice of the team filter. */
	record Option(String value, String label) {
	}

}
