package org.candour.learning;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where an action is: planned, in progress, done (by its owner), verified (by a manager).
 * Overdue is not a state: it is derived from the due date and today.
 */
public enum ActionState {

	PLANNED("planned"), IN_PROGRESS("in-progress"), DONE("done"), VERIFIED("verified");

	private final String code;

	ActionState(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	@JsonCreator
	static ActionState of(String code) {
		return find(code).orElseThrow(() -> new IllegalArgumentException("Unknown action state " + code));
	}

	static Optional<ActionState> find(String code) {
		return Arrays.stream(values()).filter(state -> state.code.equals(code)).findFirst();
	}

	/** Whether the owner has finished it (done, or done and verified). */
	public boolean finished() {
		return this == DONE || this == VERIFIED;
	}

	/**
	 * Whether an action may move from this state to {@code next}: forward (planned → in
	 * progress → done → verified, or planned → done), or from done back to in progress
	 * when the completion check fails. Verified is final.
	 */
	public boolean mayMoveTo(ActionState next) {
		return switch (this) {
			case PLANNED -> next == IN_PROGRESS || next == DONE;
			case IN_PROGRESS -> next == DONE;
			case DONE -> next == VERIFIED || next == IN_PROGRESS;
			case VERIFIED -> false;
		};
	}

}
