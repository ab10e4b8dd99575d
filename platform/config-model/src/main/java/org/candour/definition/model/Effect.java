package org.candour.definition.model;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One effect of a transition, applied in order when the action is taken. Optional members
 * the workflow leaves out are {@code null}.
 */
public sealed interface Effect permits Effect.Set, Effect.Clock, Effect.Assign, Effect.Escalate, Effect.Reclassify,
		Effect.Close, Effect.Reopen, Effect.Notify, Effect.Link, Effect.Take {

	/**
	 * Writes a value into the case: copied from {@code source} (a case-view pointer), or
	 * the fixed {@code value} (a JSON {@code null} value is kept as a null node).
	 */
	record Set(String target, String source, JsonNode value) implements Effect {
	}

	/**
	 * Operates on a clock.
	 *
	 * @param operation {@code start}, {@code stop}, {@code pause}, {@code resume},
	 * {@code extend} or {@code restart}
	 */
	record Clock(String clock, String operation, String amountFrom, String reasonFrom) implements Effect {
	}

	/**
	 * Assigns the case to a team or an officer ({@code to}), from {@code source} or the
	 * fixed {@code value} ({@code ""} clears).
	 */
	record Assign(String to, String source, String value) implements Effect {
	}

	/** Opens a linked case of another feedback type, carrying the given values. */
	record Escalate(String feedbackType, String link, List<String> carry) implements Effect {

		public Escalate {
			carry = (carry != null) ? List.copyOf(carry) : List.of();
		}

	}

	/** Changes the case's feedback type, keeping its reference. */
	record Reclassify(String feedbackType) implements Effect {
	}

	/** Closes the case with a fixed reason or one taken from the case view. */
	record Close(String reason, String reasonFrom) implements Effect {
	}

	/**
	 * Reopens a closed case, clearing its closure, with the reason taken from the case
	 * view ({@code reasonFrom}, a required input).
	 */
	record Reopen(String reasonFrom) implements Effect {
	}

	/**
	 * Sends a notification from a template to a recipient: {@code complainant},
	 * {@code assignee}, {@code team} or {@code managers}.
	 */
	record Notify(String template, String to) implements Effect {

		/** Whether it goes to members of staff (a staff template), not the resident. */
		public boolean toStaff() {
			return !"complainant".equals(this.to);
		}

	}

	/** Links the case to another case, whose reference comes from {@code source}. */
	record Link(String relation, String source) implements Effect {
	}

	/**
	 * Takes a transition of the workflow as the system: only among a clock's
	 * {@code onWarn} and {@code onBreach} effects.
	 */
	record Take(String action) implements Effect {
	}

}
