package org.candour.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.definition.model.Transition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;

/**
 * Takes one workflow action on many cases, for managers clearing a backlog. The action
 * must be marked {@code bulk} in each case's workflow; each case is then checked and
 * changed on its own exactly as a single action would be (role, state, inputs, guard and
 * the version the caller saw), so one case's refusal never stops the others, and the
 * outcome of every case is reported.
 */
@Service
public class CaseBulkActions {

	private final CaseActions actions;

	private final CaseConfigurations configurations;

	CaseBulkActions(CaseActions actions, CaseConfigurations configurations) {
		this.actions = actions;
		this.configurations = configurations;
	}

	/** Takes the action on each case, in order, each at the version the caller saw. */
	public List<Outcome> take(BulkAction command) {
		List<Outcome> outcomes = new ArrayList<>(command.targets().size());
		for (Target target : command.targets()) {
			outcomes.add(takeOne(command.action(), target, command.inputs(), command.comment()));
		}
		return outcomes;
	}

	private Outcome takeOne(String action, Target target, ObjectNode inputs, String comment) {
		try {
			FeedbackCase current = this.actions.load(target.reference());
			Optional<Transition> transition = this.configurations
				.pinned(current.configVersion(), current.current().feedbackType())
				.workflow()
				.transition(action, current.current().state());
			if (transition.isPresent() && !transition.get().bulk()) {
				return Outcome.notBulk(current, action);
			}
			return Outcome.taken(this.actions.take(new TakeAction(new CaseReference(target.reference()), action,
					declared(transition.map(Transition::inputs).orElse(null), inputs), target.version(), comment)));
		}
		catch (Refusal ex) {
			return Outcome.refused(target.reference(), ex);
		}
	}

	/** Only the inputs the transition declares (its schema may refuse others). */
	private static ObjectNode declared(JsonNode schema, ObjectNode inputs) {
		if (schema == null || !schema.path("properties").isObject()) {
			return inputs.objectNode();
		}
		ObjectNode declared = inputs.objectNode();
		schema.path("properties").propertyNames().forEach(name -> {
			if (inputs.has(name)) {
				declared.set(name, inputs.get(name));
			}
		});
		return declared;
	}

	/**
	 * A case to act on, at the version the caller saw.
	 *
	 * @param reference the case's reference
	 * @param version the version the caller saw; {@code null} to take the current one
	 */
	public record Target(String reference, Long version) {
	}

	/**
	 * What happened to one case.
	 *
	 * @param reference the case's reference
	 * @param result taken, or why not
	 * @param detail why it was refused, in words; {@code null} when it was taken
	 * @param errors each failed rule or input, by JSON pointer
	 * @param state the case's state after the action (or its current state when known)
	 * @param version the case's version after the action (or its current version when
	 * known); {@code null} when unknown
	 */
	public record Outcome(String reference, Result result, String detail, List<ApiError> errors, String state,
			Long version) {

		public boolean succeeded() {
			return this.result == Result.TAKEN;
		}

		static Outcome taken(FeedbackCase changed) {
			return new Outcome(changed.reference(), Result.TAKEN, null, List.of(), changed.current().state(),
					changed.version());
		}

		static Outcome notBulk(FeedbackCase current, String action) {
			return new Outcome(current.reference(), Result.NOT_A_BULK_ACTION,
					"'" + action + "' must be taken on this case on its own", List.of(), current.current().state(),
					current.version());
		}

		static Outcome refused(String reference, Refusal ex) {
			Object currentVersion = ex.properties().get("currentVersion");
			Object version = currentVersion != null ? currentVersion : ex.properties().get("version");
			Object state = ex.properties().get("state");
			return new Outcome(reference, Result.of(ex), ex.getMessage(), ex.violations(),
					state instanceof String text ? text : null,
					version instanceof Number number ? Long.valueOf(number.longValue()) : null);
		}

	}

	/** Whether the action was taken on a case, or why not. */
	public enum Result {

		/** Taken. */
		TAKEN,
		/** Someone changed the case after the caller saw it. */
		CHANGED_SINCE_SEEN,
		/** The action cannot be taken in the case's state. */
		NOT_IN_THIS_STATE,
		/** The case's workflow does not allow the action in bulk. */
		NOT_A_BULK_ACTION,
		/** The caller lacks a role the action needs. */
		NOT_ALLOWED,
		/** No such case (or not one the caller may see). */
		NOT_FOUND,
		/** The inputs or the case do not meet the action's rules. */
		RULES_NOT_MET;

		static Result of(Refusal ex) {
			return switch (ex.kind()) {
				case STALE -> ex.properties().containsKey("currentVersion") ? CHANGED_SINCE_SEEN : NOT_IN_THIS_STATE;
				case NOT_ALLOWED -> NOT_ALLOWED;
				case NOT_FOUND -> NOT_FOUND;
				default -> RULES_NOT_MET;
			};
		}

	}

}
