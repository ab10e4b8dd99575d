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

	/** The declared classifications among the actions available now. */
	static List<Transition> of(OpenCase open, List<Transition> available) {
		return available.stream()
			.filter(transition -> open.configuration().workflow().classification(transition.action()).isPresent())
			.toList();
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
