package org.candour.definition.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.candour.definition.model.Anchor;
import org.candour.definition.model.ClockDefinition;
import org.candour.definition.model.Duration;
import org.candour.definition.model.State;
import org.candour.definition.model.Transition;
import org.candour.definition.model.WorkflowDefinition;

/**
 * A workflow as the admin pages show it: its states and its transitions in words, each
 * transition numbered as the state diagram numbers it (1 for the first in the document).
 *
 * @param title the workflow's title
 * @param states the states in document order
 * @param transitions the transitions in document order
 * @param clocks the clocks (timescales) in document order
 */
public record WorkflowOutline(String title, List<StateRow> states, List<TransitionRow> transitions,
		List<ClockRow> clocks) {

	public WorkflowOutline {
		states = List.copyOf(states);
		transitions = List.copyOf(transitions);
		clocks = List.copyOf(clocks);
	}

	/**
	 * A clock in words.
	 *
	 * @param id its id
	 * @param name what officers see
	 * @param duration how long, e.g. "10 working days"
	 * @param starts when it starts, e.g. "when ‘Acknowledge’ is taken"
	 * @param countedFrom what the duration is counted from
	 * @param stops the actions that stop it
	 * @param pausedIn the states it is paused in
	 * @param warnBefore how long before it is due officers are warned; {@code null} when
	 * not
	 * @param extension how far it may be extended; {@code null} when it may not
	 * @param residents what residents see it called; {@code null} for an internal clock
	 */
	public record ClockRow(String id, String name, String duration, String starts, String countedFrom,
			List<String> stops, List<String> pausedIn, String warnBefore, String extension, String residents) {

		public ClockRow {
			stops = List.copyOf(stops);
			pausedIn = List.copyOf(pausedIn);
		}

	}

	/**
	 * A state.
	 *
	 * @param id its id
	 * @param name what officers see
	 * @param category new, open, waiting or closed
	 * @param publicLabel what residents see; {@code null} when residents see its name
	 * @param editableData whether officers may change the form's answers in it
	 * @param initial whether new cases start in it
	 */
	public record StateRow(String id, String name, String category, String publicLabel, boolean editableData,
			boolean initial) {
	}

	/**
	 * A transition.
	 *
	 * @param number its number on the diagram (1-based, document order)
	 * @param action its action id
	 * @param label the action as officers see it
	 * @param from the names of the states it is taken from ("any open state" for
	 * {@code *})
	 * @param to the name of the state it leads to
	 * @param roles who may take it
	 * @param residents whether residents may ask for it from their tracking page
	 * @param bulk whether it may be taken on many cases at once
	 * @param residentWording the button residents see; {@code null} when none
	 */
	public record TransitionRow(int number, String action, String label, List<String> from, String to,
			List<String> roles, boolean residents, boolean bulk, String residentWording) {

		public TransitionRow {
			from = List.copyOf(from);
			roles = List.copyOf(roles);
		}

		/**
		 * One sentence: "Acknowledge: from New to Acknowledged, by Complaints officer".
		 */
		public String sentence() {
			StringBuilder sentence = new StringBuilder(this.label).append(": from ")
				.append(either(this.from))
				.append(" to ")
				.append(this.to);
			if (!this.roles.isEmpty()) {
				sentence.append(", by ").append(either(this.roles));
			}
			if (this.residents) {
				sentence.append("; residents may ask for it");
			}
			return sentence.append('.').toString();
		}

		private static String either(List<String> words) {
			if (words.size() < 2) {
				return String.join("", words);
			}
			return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
		}

	}

	/**
	 * The outline of a compiled (canonical) workflow titled {@code title}, its roles
	 * named by {@code roleName} (e.g. from the tenant's role documents).
	 */
	public static WorkflowOutline of(String title, WorkflowDefinition workflow, Function<String, String> roleName) {
		List<StateRow> states = new ArrayList<>();
		for (State state : workflow.declaredStates()) {
			states.add(new StateRow(state.id(), name(state), state.category(), english(state.publicLabel()),
					state.editableData(), state.id().equals(workflow.initialState())));
		}
		List<TransitionRow> transitions = new ArrayList<>();
		int number = 1;
		for (Transition transition : workflow.transitions()) {
			List<String> from = transition.from()
				.stream()
				.map(id -> "*".equals(id) ? "any open state" : stateName(workflow, id))
				.toList();
			List<String> roles = transition.roles().stream().map(roleName).toList();
			String label = english(transition.label());
			transitions.add(new TransitionRow(number++, transition.action(),
					(label == null) ? transition.action() : label, from, stateName(workflow, transition.to()), roles,
					transition.offeredToResidents(), transition.bulk(), english(transition.publicLabel())));
		}
		List<ClockRow> clocks = new ArrayList<>();
		for (ClockDefinition clock : workflow.declaredClocks()) {
			String name = english(clock.label());
			String extension = (clock.extension() == null) ? null
					: "up to " + words(new Duration(clock.extension().maxAmount(), clock.duration().unit()))
							+ (clock.extension().reasonRequired() ? " more, with a reason" : " more");
			clocks.add(new ClockRow(clock.id(), (name == null) ? clock.id() : name, words(clock.duration()),
					starts(workflow, clock.startsOn()), countedFrom(clock.anchor()),
					clock.stopsOn().stream().map(action -> actionName(workflow, action)).toList(),
					clock.pausedIn().stream().map(state -> stateName(workflow, state)).toList(),
					(clock.warnBefore() == null) ? null : words(clock.warnBefore()), extension,
					english(clock.publicLabel())));
		}
		return new WorkflowOutline(title, states, transitions, clocks);
	}

	/** "10 working days", "1 calendar day", "2 hours". */
	static String words(Duration duration) {
		String unit = duration.unit().id().replace('-', ' ');
		if (duration.amount() == 1 && unit.endsWith("s")) {
			unit = unit.substring(0, unit.length() - 1);
		}
		return duration.amount() + " " + unit;
	}

	private static String starts(WorkflowDefinition workflow, String trigger) {
		if (trigger == null || "logged".equals(trigger)) {
			return "when the case is logged";
		}
		if (trigger.startsWith("transition:")) {
			return "when ‘" + actionName(workflow, trigger.substring("transition:".length())) + "’ is taken";
		}
		if (trigger.startsWith("clockStopped:")) {
			String clock = trigger.substring("clockStopped:".length());
			ClockDefinition stopped = workflow.clocks().get(clock);
			String name = (stopped == null) ? null : english(stopped.label());
			return "when the clock ‘" + ((name == null) ? clock : name) + "’ stops";
		}
		return trigger;
	}

	private static String countedFrom(Anchor anchor) {
		return switch (anchor.type()) {
			case "received" -> "the day the case was received";
			case "field" -> "the date recorded at " + anchor.pointer();
			default -> "the moment it starts";
		};
	}

	static String actionName(WorkflowDefinition workflow, String action) {
		return workflow.transitions()
			.stream()
			.filter(transition -> action.equals(transition.action()))
			.map(transition -> english(transition.label()))
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(action);
	}

	static String stateName(WorkflowDefinition workflow, String id) {
		State state = workflow.states().get(id);
		return (state == null) ? id + " (missing)" : name(state);
	}

	static String name(State state) {
		String label = english(state.label());
		return (label == null) ? state.id() : label;
	}

	private static String english(tools.jackson.databind.JsonNode node) {
		Text text = Text.read(node);
		return (text == null) ? null : text.english();
	}

}
