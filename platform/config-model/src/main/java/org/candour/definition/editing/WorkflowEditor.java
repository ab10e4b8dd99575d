package org.candour.definition.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.candour.definition.ConfigDocument;
import org.candour.definition.ConfigKind;
import org.candour.definition.normal.Normaliser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the admin UI's workflow tables do to a workflow document as it is authored: states
 * added, changed and deleted; transitions added, changed and deleted (their label, from
 * and to states, roles, whether residents may ask for them and in what words, and whether
 * many cases may take them at once). Each operation returns a new document and leaves
 * what it does not change as written: a transition built from a template ({@code uses})
 * keeps its template, and a field is written on it only when the new value differs from
 * what it has now, so saving a row unchanged changes nothing. A deletion that would leave
 * something pointing at nothing is refused with a stable code.
 */
public final class WorkflowEditor {

	private final Collection<ConfigDocument> library;

	/**
	 * An editor that expands templates and role sets from these documents (the draft).
	 */
	public WorkflowEditor(Collection<ConfigDocument> library) {
		this.library = List.copyOf(library);
	}

	/**
	 * A state's fields as the tables edit them.
	 *
	 * @param name what officers see (its Welsh kept when unchanged in English)
	 * @param category new, open, waiting or closed
	 * @param publicLabel what residents see; {@code null} for its name
	 * @param editableData whether officers may change the form's answers in it
	 */
	public record StateFields(String name, String category, String publicLabel, boolean editableData) {
	}

	/**
	 * A transition's fields as the tables edit them.
	 *
	 * @param label the action as officers see it
	 * @param from the states it may be taken from ({@code *}: any open state)
	 * @param to the state it leads to
	 * @param roles the platform roles that may take it
	 * @param residents whether residents may ask for it from their tracking page
	 * @param residentWording their button's words (needed when {@code residents})
	 * @param bulk whether it may be taken on many cases at once
	 */
	public record TransitionFields(String label, List<String> from, String to, Set<String> roles, boolean residents,
			String residentWording, boolean bulk) {

		public TransitionFields {
			from = List.copyOf(from);
			roles = Set.copyOf(roles);
		}

	}

	/** The state with id {@code id}'s fields now; {@code null} when there is none. */
	public StateFields state(ObjectNode workflow, String id) {
		ObjectNode state = JsonArrays.find(workflow.path("spec").path("states"), "id", id);
		if (state == null) {
			return null;
		}
		Text publicLabel = Text.read(state.get("publicLabel"));
		Text name = Text.read(state.get("label"));
		return new StateFields((name == null) ? id : name.english(), state.path("category").asString(""),
				(publicLabel == null) ? null : publicLabel.english(), state.path("editableData").asBoolean(false));
	}

	/** The transition {@code action}'s fields now (its template applied). */
	public TransitionFields transition(ObjectNode workflow, String action) {
		return fields(expandedTransitions(workflow), action);
	}

	private static TransitionFields fields(ArrayNode expandedTransitions, String action) {
		ObjectNode expanded = JsonArrays.find(expandedTransitions, "action", action);
		if (expanded == null) {
			return null;
		}
		Text label = Text.read(expanded.get("label"));
		Text wording = Text.read(expanded.get("publicLabel"));
		return new TransitionFields((label == null) ? action : label.english(),
				JsonArrays.strings(expanded.get("from")), expanded.path("to").asString(""),
				new HashSet<>(JsonArrays.strings(expanded.get("roles"))), expanded.path("public").asBoolean(false),
				(wording == null) ? null : wording.english(), expanded.path("bulk").asBoolean(false));
	}

	/** A new state at the end, its id made from its name. */
	public WorkflowChange addState(ObjectNode workflow, StateFields fields) {
		ObjectNode copy = workflow.deepCopy();
		ArrayNode states = copy.withObject("/spec").withArray("states");
		String id = Names.value(fields.name(), JsonArrays.ids(states, "id"));
		ObjectNode state = states.addObject();
		state.put("id", id);
		writeState(state, fields);
		return WorkflowChange.done(copy, id);
	}

	/** The state's fields changed; what the tables do not show is kept. */
	public WorkflowChange editState(ObjectNode workflow, String id, StateFields fields) {
		ObjectNode copy = workflow.deepCopy();
		ObjectNode state = JsonArrays.find(copy.path("spec").path("states"), "id", id);
		if (state == null) {
			return WorkflowChange.refused(workflow, "workflow.state-missing", "/spec/states",
					"The workflow has no state ‘" + id + "’");
		}
		writeState(state, fields);
		return WorkflowChange.done(copy, id);
	}

	/**
	 * The state deleted, unless new cases start in it, a transition leads to or from it
	 * or a clock is paused in it.
	 */
	public WorkflowChange deleteState(ObjectNode workflow, String id) {
		JsonNode spec = workflow.path("spec");
		int index = JsonArrays.indexOf(spec.path("states"), "id", id);
		if (index < 0) {
			return WorkflowChange.refused(workflow, "workflow.state-missing", "/spec/states",
					"The workflow has no state ‘" + id + "’");
		}
		Text label = Text.read(spec.path("states").get(index).get("label"));
		String name = (label == null) ? id : label.english();
		if (id.equals(spec.path("initialState").asString(""))) {
			return WorkflowChange.refused(workflow, "workflow.state-in-use", "/spec/initialState",
					"New cases start in ‘" + name + "’: choose another starting state first");
		}
		ArrayNode transitions = expandedTransitions(workflow);
		for (int i = 0; i < transitions.size(); i++) {
			JsonNode transition = transitions.get(i);
			if (id.equals(transition.path("to").asString(""))
					|| JsonArrays.strings(transition.get("from")).contains(id)) {
				Text action = Text.read(transition.get("label"));
				return WorkflowChange.refused(workflow, "workflow.state-in-use", "/spec/transitions/" + i,
						"The action ‘" + ((action == null) ? transition.path("action").asString("") : action.english())
								+ "’ leads to or from ‘" + name + "’: change or delete it first");
			}
		}
		JsonNode clocks = spec.path("clocks");
		for (int i = 0; i < clocks.size(); i++) {
			if (JsonArrays.strings(clocks.get(i).get("pausedIn")).contains(id)) {
				return WorkflowChange.refused(workflow, "workflow.state-in-use", "/spec/clocks/" + i + "/pausedIn",
						"A timescale is paused in ‘" + name + "’: change it first");
			}
		}
		ObjectNode copy = workflow.deepCopy();
		copy.withObject("/spec").withArray("states").remove(index);
		return WorkflowChange.done(copy, id);
	}

	/** A new transition at the end, its action id made from its label. */
	public WorkflowChange addTransition(ObjectNode workflow, TransitionFields fields) {
		ObjectNode copy = workflow.deepCopy();
		ArrayNode transitions = copy.withObject("/spec").withArray("transitions");
		String action = Names.value(fields.label(), JsonArrays.ids(expandedTransitions(workflow), "action"));
		ObjectNode transition = transitions.addObject();
		transition.put("action", action);
		transition.set("label", Text.of(fields.label()).node());
		ArrayNode from = transition.putArray("from");
		fields.from().forEach(from::add);
		transition.put("to", fields.to());
		ArrayNode roles = transition.putArray("roles");
		fields.roles().stream().sorted().forEach(roles::add);
		if (fields.residents()) {
			transition.put("public", true);
			transition.set("publicLabel", Text.of(fields.residentWording()).node());
		}
		if (fields.bulk()) {
			transition.put("bulk", true);
		}
		return WorkflowChange.done(copy, action);
	}

	/**
	 * The transition's fields changed: each written only when it differs from what the
	 * transition has now (its template applied), so a template's values stay the
	 * template's.
	 */
	public WorkflowChange editTransition(ObjectNode workflow, String action, TransitionFields fields) {
		ArrayNode expanded = expandedTransitions(workflow);
		TransitionFields now = fields(expanded, action);
		ObjectNode copy = workflow.deepCopy();
		ObjectNode written = writtenTransition(copy, JsonArrays.indexOf(expanded, "action", action));
		if (now == null || written == null) {
			return WorkflowChange.refused(workflow, "workflow.action-missing", "/spec/transitions",
					"The workflow has no action ‘" + action + "’");
		}
		if (!now.label().equals(fields.label())) {
			written.set("label", Text.of(fields.label()).node(written.get("label")));
		}
		if (!now.from().equals(fields.from())) {
			ArrayNode from = written.putArray("from");
			fields.from().forEach(from::add);
		}
		if (!now.to().equals(fields.to())) {
			written.put("to", fields.to());
		}
		if (!now.roles().equals(fields.roles())) {
			ArrayNode roles = written.putArray("roles");
			fields.roles().stream().sorted().forEach(roles::add);
		}
		if (now.residents() != fields.residents()) {
			written.put("public", fields.residents());
		}
		if (fields.residents() && !Objects.equals(now.residentWording(), fields.residentWording())) {
			written.set("publicLabel", Text.of(fields.residentWording()).node(written.get("publicLabel")));
		}
		if (now.bulk() != fields.bulk()) {
			written.put("bulk", fields.bulk());
		}
		return WorkflowChange.done(copy, action);
	}

	/** The transition deleted, unless a timescale starts or stops on it. */
	public WorkflowChange deleteTransition(ObjectNode workflow, String action) {
		int index = JsonArrays.indexOf(expandedTransitions(workflow), "action", action);
		if (index < 0) {
			return WorkflowChange.refused(workflow, "workflow.action-missing", "/spec/transitions",
					"The workflow has no action ‘" + action + "’");
		}
		JsonNode clocks = workflow.path("spec").path("clocks");
		for (int i = 0; i < clocks.size(); i++) {
			JsonNode clock = clocks.get(i);
			boolean starts = action.equals(clock.path("startsOn").path("transition").asString(""));
			if (starts || JsonArrays.strings(clock.get("stopsOn")).contains(action)) {
				Text name = Text.read(clock.get("label"));
				return WorkflowChange.refused(workflow, "workflow.action-in-use", "/spec/clocks/" + i,
						"The timescale ‘" + ((name == null) ? clock.path("id").asString("") : name.english()) + "’ "
								+ (starts ? "starts" : "stops") + " on it: change the timescale first");
			}
		}
		ObjectNode copy = workflow.deepCopy();
		copy.withObject("/spec").withArray("transitions").remove(index);
		return WorkflowChange.done(copy, action);
	}

	private static void writeState(ObjectNode state, StateFields fields) {
		Text name = Text.read(state.get("label"));
		if (name == null || !name.english().equals(fields.name())) {
			state.set("label", Text.of(fields.name()).node(state.get("label")));
		}
		state.put("category", fields.category());
		Text publicLabel = Text.read(state.get("publicLabel"));
		if (fields.publicLabel() == null || fields.publicLabel().isBlank()) {
			state.remove("publicLabel");
		}
		else if (publicLabel == null || !publicLabel.english().equals(fields.publicLabel())) {
			state.set("publicLabel", Text.of(fields.publicLabel()).node(state.get("publicLabel")));
		}
		if (fields.editableData()) {
			state.put("editableData", true);
		}
		else if (state.has("editableData")) {
			state.put("editableData", false);
		}
	}

	/** The workflow's transitions with their templates and role sets applied. */
	ArrayNode expandedTransitions(ObjectNode workflow) {
		JsonNode transitions = expanded(workflow).content().path("spec").path("transitions");
		return transitions.isArray() ? (ArrayNode) transitions : workflow.arrayNode();
	}

	/**
	 * The workflow in canonical form among the draft's documents: templates, role sets
	 * and durations in words expanded.
	 */
	ConfigDocument expanded(ObjectNode workflow) {
		ConfigDocument document = ConfigDocument.of(workflow);
		List<ConfigDocument> documents = new ArrayList<>(this.library.stream()
			.filter(other -> !(other.is(ConfigKind.WORKFLOW) && other.id().equals(document.id())))
			.toList());
		documents.add(document);
		return new Normaliser().normalise(documents)
			.documents()
			.stream()
			.filter(other -> other.is(ConfigKind.WORKFLOW) && other.id().equals(document.id()))
			.findFirst()
			.orElse(document);
	}

	/** The draft's documents this editor knows. */
	Collection<ConfigDocument> library() {
		return this.library;
	}

	/**
	 * The transition as written at the place its expansion has (one from a template need
	 * not name its action); {@code null} for none.
	 */
	private static ObjectNode writtenTransition(ObjectNode workflow, int index) {
		JsonNode written = workflow.path("spec").path("transitions").path(index);
		return (index >= 0 && written.isObject()) ? (ObjectNode) written : null;
	}

}
