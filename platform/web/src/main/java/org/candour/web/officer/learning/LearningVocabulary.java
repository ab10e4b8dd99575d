package org.candour.web.officer.learning;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.CodeList;
import org.candour.learning.ActionOwner;
import org.candour.learning.LearningPlans;
import org.candour.web.forms.LocalText;
import org.candour.web.officer.OrgUnits;
import org.candour.web.officer.PickLists;

import org.springframework.stereotype.Component;

/**
 * The words of the learning pages, read once per page from the active configuration: the
 * themes (the {@code learning-themes} code list), the org structure, and who may own an
 * action (the people who work cases, the teams of the structure).
 */
@Component
class LearningVocabulary {

	private final ActiveConfigurations configurations;

	private final PickLists pickLists;

	LearningVocabulary(ActiveConfigurations configurations, PickLists pickLists) {
		this.configurations = configurations;
		this.pickLists = pickLists;
	}

	Words read() {
		var active = this.configurations.require();
		List<PickLists.Item> themes = active.model()
			.codeList(LearningPlans.THEMES)
			.map(CodeList::current)
			.orElse(List.of())
			.stream()
			.map(code -> new PickLists.Item(code.code(), LocalText.of(code.label(), Locale.ENGLISH, code.code())))
			.toList();
		return new Words(themes, OrgUnits.of(active));
	}

	/** The people and teams an action may be given to on the day. */
	Owners owners(OrgUnits units, LocalDate day) {
		return new Owners(
				this.pickLists.officers()
					.stream()
					.map(person -> new PickLists.Item("person:" + person.value(), person.label()))
					.toList(),
				PickLists.teams(units, day)
					.stream()
					.map(team -> new PickLists.Item("team:" + team.value(), team.label()))
					.toList());
	}

	/**
	 * The themes and the org structure.
	 *
	 * @param themes the current themes, in the code list's order
	 * @param units the org structure
	 */
	record Words(List<PickLists.Item> themes, OrgUnits units) {

		String theme(String code) {
			return this.themes.stream()
				.filter(item -> item.value().equals(code))
				.map(PickLists.Item::label)
				.findFirst()
				.orElse(code);
		}

		/** Who owns an action, in words: the person's name, or the team's. */
		String owner(ActionOwner owner) {
			if (owner == null) {
				return "";
			}
			return owner.team() ? this.units.name(owner.id()) : owner.id();
		}

		/** The directorates, services and teams, for the register's filter. */
		List<PickLists.Item> orgUnits() {
			return this.units.all().stream().map(unit -> new PickLists.Item(unit.id(), unit.path())).toList();
		}

	}

	/**
	 * Who may own an action, as choices.
	 *
	 * @param people the people who work cases ({@code person:name})
	 * @param teams the teams ({@code team:unit})
	 */
	record Owners(List<PickLists.Item> people, List<PickLists.Item> teams) {
	}

}
