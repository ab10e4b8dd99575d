package org.candour.demo.synthetic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.candour.api.Refusal;
import org.candour.cases.CaseActions;
import org.candour.cases.FeedbackCase;
import org.candour.cases.TakeAction;
import org.candour.definition.model.Transition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Moves one synthetic case through its workflow by taking actions, as an officer would, a
 * few working days apart: mostly along the main path, now and then a side action
 * (withdraw, signpost, reclassify…). Refused actions are retried with fresh inputs or
 * another action, then the walk stops.
 */
final class SyntheticWalk {

	private static final Set<String> SIDE_ACTIONS = Set.of("withdraw", "close-other", "mark-duplicate",
			"not-a-complaint");

	private static final double SIDE = 0.05;

	private static final int TRIES = 4;

	private final CaseActions actions;

	private final SimulatedClock clock;

	private final Instant realNow;

	private final Random random;

	SyntheticWalk(CaseActions actions, SimulatedClock clock, Instant realNow, Random random) {
		this.actions = actions;
		this.clock = clock;
		this.realNow = realNow;
		this.random = random;
	}

	/** Takes up to {@code steps} actions on the case; returns the case as it ends up. */
	FeedbackCase walk(FeedbackCase logged, int steps, SyntheticText text) {
		FeedbackCase current = logged;
		for (int step = 0; step < steps && !"closed".equals(current.current().stateCategory()); step++) {
			this.clock.advance(this.random, this.realNow);
			Optional<FeedbackCase> next = step(current, text);
			if (next.isEmpty()) {
				break;
			}
			current = next.get();
		}
		return current;
	}

	/** About 15% of cases are left (nearly) untouched; the rest take 2–7 actions. */
	static int steps(Random random) {
		return (random.nextDouble() < 0.15) ? random.nextInt(2) : 2 + random.nextInt(6);
	}

	private Optional<FeedbackCase> step(FeedbackCase current, SyntheticText text) {
		List<Transition> candidates = candidates(current.reference());
		Set<String> failedOnce = new HashSet<>();
		for (int attempt = 0; attempt < TRIES && !candidates.isEmpty(); attempt++) {
			Transition transition = pick(candidates, current.current().state());
			JsonNode inputs = (transition.inputs() == null) ? JsonNodeFactory.instance.objectNode()
					: new SchemaFaker(this.random, text, this.clock.instant(), transition.action())
						.object(transition.inputs());
			try {
				return Optional.of(this.actions
					.take(new TakeAction(current.caseReference(), transition.action(), inputs, null, null)));
			}
			catch (Refusal ex) {
				if (ex.is(Refusal.Kind.STALE) || !failedOnce.add(transition.action())) {
					candidates.remove(transition);
				}
			}
		}
		return Optional.empty();
	}

	private List<Transition> candidates(String reference) {
		List<Transition> available = this.actions.available(reference);
		boolean sideAllowed = this.random.nextDouble() < SIDE;
		List<Transition> candidates = new ArrayList<>();
		for (Transition transition : available) {
			if (sideAllowed || !side(transition.action())) {
				candidates.add(transition);
			}
		}
		return candidates;
	}

	/**
	 * Picks a candidate, favouring actions that move the case on over self-transitions
	 * (extensions) and escalations.
	 */
	private Transition pick(List<Transition> candidates, String state) {
		List<Transition> tickets = new ArrayList<>();
		for (Transition transition : candidates) {
			boolean minor = transition.to().equals(state) || transition.action().startsWith("escalate")
					|| side(transition.action());
			for (int i = minor ? 1 : 5; i > 0; i--) {
				tickets.add(transition);
			}
		}
		return tickets.get(this.random.nextInt(tickets.size()));
	}

	private static boolean side(String action) {
		return SIDE_ACTIONS.contains(action) || action.startsWith("reclassify") || action.startsWith("signpost");
	}

}
