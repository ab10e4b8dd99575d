package org.candour.web.officer.remedies;

import java.util.Optional;
import java.util.Set;

/**
 * What a member may do to a remedy on its pages: approve it, decline it (with a reason)
 * or record its payment (date and reference), each from the states the remedies module
 * allows it.
 */
enum RemedyDecision {

	APPROVE("approve", "approved", Set.of("proposed")), DECLINE("decline", "declined", Set.of("proposed", "approved")),
	PAY("pay", "paid", Set.of("approved"));

	private final String path;

	private final String state;

	private final Set<String> from;

	RemedyDecision(String path, String state, Set<String> from) {
		this.path = path;
		this.state = state;
		this.from = from;
	}

	/** The last segment of the decision's page. */
	String path() {
		return this.path;
	}

	/** The state it moves the remedy to. */
	String state() {
		return this.state;
	}

	/** Whether a remedy in {@code state} (a payment or not) may be moved this way. */
	boolean offeredFor(String state, boolean financial) {
		return this.from.contains(state) && (this != PAY || financial);
	}

	static Optional<RemedyDecision> of(String path) {
		for (RemedyDecision decision : values()) {
			if (decision.path.equals(path)) {
				return Optional.of(decision);
			}
		}
		return Optional.empty();
	}

}
