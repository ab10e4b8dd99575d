package org.candour.cases;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * The command to bring in a case from another system as it stands there: its answers and
 * contact details, org unit, officer, state and outcome, and the dates it was received
 * and moved on, from which its clocks are worked out as if it had been handled here.
 *
 * @param key the old system's identifier: one case per tenant and key, ever
 * @param feedbackType the feedback type of the tenant's active configuration
 * @param data answers to its form, contact fields included (they go to the people part)
 * @param orgUnit the org unit, or null for the feedback type's default
 * @param officer the officer it is assigned to, or null
 * @param state the workflow state it is in
 * @param receivedAt when it was received
 * @param actions the workflow actions it went through, each with its date
 * @param outcome what the outcome records (decision, response date…)
 * @param source where it came from, in words (a file's name)
 * @param run the import run that brings it in
 */
public record ImportedCase(String key, String feedbackType, ObjectNode data, String orgUnit, String officer,
		String state, Instant receivedAt, List<RecordedAction> actions, ObjectNode outcome, String source, String run) {

	public ImportedCase {
		actions = actions.stream().sorted(Comparator.comparing(RecordedAction::at)).toList();
	}

	/** The idempotency key of the case this command creates. */
	String idempotencyKey() {
		return idempotencyKey(this.key);
	}

	static String idempotencyKey(String key) {
		return "import:" + key;
	}

	/**
	 * A workflow action a case went through in the old system.
	 *
	 * @param action the action's id in the workflow
	 * @param at when
	 */
	public record RecordedAction(String action, Instant at) {
	}

}
