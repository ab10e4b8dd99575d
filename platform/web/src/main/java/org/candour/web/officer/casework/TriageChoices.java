package org.candour.web.officer.casework;

import java.util.List;
import java.util.Optional;

import org.candour.api.Actors;
import org.candour.definition.model.Triage;
import org.candour.definition.model.Transition;

/**
 * The triage screen's choices from the workflow's {@code triage}: the classifications the
 * officer can take now, and the action that allocates after each.
 */
final class TriageChoices {

	private TriageChoices() {
	}

	/**
	 * The declared classifications among the actions available now, in the order the
	 * workflow's triage lists them.
	 */
	static List<Transition> of(OpenCase open, List<Transition> available) {
		Triage triage = open.configuration().workflow().triage();
		if (triage == null) {
			return List.of();
		}
		List<Transition> ordered = new java.util.ArrayList<>();
		for (Triage.Classification classification : triage.classifications()) {
			available.stream()
				.filter(transition -> transition.action().equals(classification.action()))
				.findFirst()
				.ifPresent(ordered::add);
		}
		return ordered;
	}

	/** Triage is offered when there is more than one classification to choose from. */
	static boolean offered(List<Transition> classifications) {
		return classifications.size() > 1;
	}

	/**
	 * The action the workflow allocates with after the classification, if the actor may
	 * take it.
	 */
	static Optional<Transition> allocation(OpenCase open, Transition classification, Actors.Actor actor) {
		return open.configuration()
			.workflow()
			.classification(classification.action())
			.map(Triage.Classification::allocateWith)
			.flatMap(action -> open.configuration().workflow().transition(action, classification.to()))
			.filter(next -> actor.hasAnyRole(next.roles()));
	}

}
