package org.candour.definition.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.candour.definition.ConfigDocument;
import org.candour.definition.ConfigKind;
import org.candour.definition.MergePatch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an action's own pages do to a workflow document: its rules before it may happen
 * ({@code guard}), the questions officers answer when taking it ({@code inputs}) and what
 * it does ({@code effects}). The action is read as authored: its template ({@code uses})
 * merged under it, shared rules and {@code record} effects not expanded. A field is
 * written only when it changes, and on an action built from a template as the merge patch
 * that turns the template's value into the new one, so the template stays in use and an
 * unchanged save changes nothing.
 */
public final class ActionEditor {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final Collection<ConfigDocument> library;

	/** An editor that finds transition templates among these documents (the draft). */
	public ActionEditor(Collection<ConfigDocument> library) {
		this.library = List.copyOf(library);
	}

	/**
	 * An action as authored.
	 *
	 * @param index its place in the workflow's transitions
	 * @param authored the transition with its template merged under it
	 */
	public record Action(int index, ObjectNode authored) {

		/** Its guard as written ({@code null}: none). */
		public JsonNode guard() {
			return this.authored.get("guard");
		}

		/** Its inputs schema ({@code null}: none). */
		public JsonNode inputs() {
			return this.authored.get("inputs");
		}

		/** Its effects in order. */
		public List<JsonNode> effects() {
			List<JsonNode> effects = new ArrayList<>();
			this.authored.path("effects").forEach(effects::add);
			return effects;
		}

		/** Its own comparisons of two values ({@code guardCompare}), in order. */
		public List<JsonNode> comparisons() {
			List<JsonNode> comparisons = new ArrayList<>();
			this.authored.path("guardCompare").forEach(comparisons::add);
			return comparisons;
		}

		/** The names of its inputs, in order. */
		public List<String> inputNames() {
			List<String> names = new ArrayList<>();
			this.authored.path("inputs").path("properties").propertyNames().forEach(names::add);
			return names;
		}

		/** The JSON pointer of the transition in the workflow document. */
		public String pointer() {
			return "/spec/transitions/" + this.index;
		}

	}

	/**
	 * The first transition with action {@code action}, as authored; {@code null}: none.
	 */
	public Action action(ObjectNode workflow, String action) {
		JsonNode transitions = workflow.path("spec").path("transitions");
		for (int i = 0; i < transitions.size(); i++) {
			ObjectNode authored = authored(transitions.get(i));
			if (action.equals(authored.path("action").asString(""))) {
				return new Action(i, authored);
			}
		}
		return null;
	}

	/**
	 * The action's guard replaced ({@code null}: it may always happen). Messages written
	 * for a guard that is removed go with it.
	 */
	public WorkflowChange setGuard(ObjectNode workflow, String action, JsonNode guard) {
		return change(workflow, action, (found, written, template) -> {
			write(written, template, "guard", guard, found.guard());
			if (guard == null && found.authored().has("guardMessages")) {
				write(written, template, "guardMessages", null, found.authored().get("guardMessages"));
			}
			return null;
		});
	}

	/**
	 * A rule that two values of the case view ({@code /data/…}, {@code /inputs/…})
	 * differ, refused with {@code message} when they are the same.
	 */
	public WorkflowChange addComparison(ObjectNode workflow, String action, String first, String second,
			String message) {
		return change(workflow, action, (found, written, template) -> {
			ArrayNode comparisons = NODES.arrayNode();
			found.comparisons().forEach(comparisons::add);
			ObjectNode comparison = comparisons.addObject().put("type", "different");
			comparison.putArray("fields").add(first).add(second);
			comparison.put("message", message);
			write(written, template, "guardCompare", comparisons, found.authored().get("guardCompare"));
			return null;
		});
	}

	/** The comparison at {@code index} removed. */
	public WorkflowChange removeComparison(ObjectNode workflow, String action, int index) {
		return change(workflow, action, (found, written, template) -> {
			List<JsonNode> now = found.comparisons();
			if (index < 0 || index >= now.size()) {
				return refusal(workflow, "workflow.comparison-missing", found.pointer() + "/guardCompare",
						"The action has no such rule");
			}
			ArrayNode comparisons = NODES.arrayNode();
			for (int i = 0; i < now.size(); i++) {
				if (i != index) {
					comparisons.add(now.get(i));
				}
			}
			write(written, template, "guardCompare", comparisons.isEmpty() ? null : comparisons,
					found.authored().get("guardCompare"));
			return null;
		});
	}

	/** A new input at the end of the action's questions. */
	public WorkflowChange addInput(ObjectNode workflow, String action, InputDraft input) {
		Action found = action(workflow, action);
		String name = (found == null) ? null : Names.field(input.label(), java.util.Set.copyOf(found.inputNames()));
		WorkflowChange change = change(workflow, action, (now, written, template) -> {
			ObjectNode inputs = (now.inputs() instanceof ObjectNode given) ? given.deepCopy() : NODES.objectNode();
			inputs.put("type", "object");
			ObjectNode properties = (inputs.get("properties") instanceof ObjectNode given) ? given
					: inputs.putObject("properties");
			properties.set(name, input.property());
			ObjectNode holder = NODES.objectNode();
			holder.set("schema", inputs);
			QuestionWriter.required(holder, name, input.required());
			write(written, template, "inputs", inputs, now.inputs());
			return null;
		});
		return change.refused() ? change : new WorkflowChange(change.document(), null, name);
	}

	/**
	 * The input removed, unless an effect records it or the action lays it out in its own
	 * inputs UI.
	 */
	public WorkflowChange removeInput(ObjectNode workflow, String action, String name) {
		return change(workflow, action, (found, written, template) -> {
			if (!found.inputNames().contains(name)) {
				return refusal(workflow, "workflow.input-missing", found.pointer() + "/inputs",
						"The action has no question ‘" + name + "’");
			}
			List<JsonNode> effects = found.effects();
			for (int i = 0; i < effects.size(); i++) {
				if (EffectWords.inputs(effects.get(i)).contains(name)) {
					return refusal(workflow, "workflow.input-in-use", found.pointer() + "/effects/" + i,
							"‘" + EffectWords.of(effects.get(i)) + "’ uses this answer: remove that first");
				}
			}
			if (found.authored().path("inputsUi").toString().contains("#/properties/" + name + "\"")) {
				return refusal(workflow, "workflow.input-in-use", found.pointer() + "/inputsUi",
						"The action’s layout of its questions shows this one: change it in the JSON view");
			}
			ObjectNode inputs = (ObjectNode) found.inputs().deepCopy();
			((ObjectNode) inputs.path("properties")).remove(name);
			ObjectNode holder = NODES.objectNode();
			holder.set("schema", inputs);
			QuestionWriter.required(holder, name, false);
			if (inputs.path("properties").isEmpty()) {
				write(written, template, "inputs", null, found.inputs());
				if (found.authored().has("inputOptions")) {
					write(written, template, "inputOptions", null, found.authored().get("inputOptions"));
				}
			}
			else {
				write(written, template, "inputs", inputs, found.inputs());
			}
			return null;
		});
	}

	/** A new effect after the action's others. */
	public WorkflowChange addEffect(ObjectNode workflow, String action, ObjectNode effect) {
		return change(workflow, action, (found, written, template) -> {
			ArrayNode effects = NODES.arrayNode();
			found.effects().forEach(effects::add);
			effects.add(effect);
			write(written, template, "effects", effects, found.authored().get("effects"));
			return null;
		});
	}

	/** The effect at {@code index} removed. */
	public WorkflowChange removeEffect(ObjectNode workflow, String action, int index) {
		return change(workflow, action, (found, written, template) -> {
			List<JsonNode> now = found.effects();
			if (index < 0 || index >= now.size()) {
				return refusal(workflow, "workflow.effect-missing", found.pointer() + "/effects",
						"The action has no such effect");
			}
			ArrayNode effects = NODES.arrayNode();
			for (int i = 0; i < now.size(); i++) {
				if (i != index) {
					effects.add(now.get(i));
				}
			}
			write(written, template, "effects", effects.isEmpty() ? null : effects, found.authored().get("effects"));
			return null;
		});
	}

	private interface Edit {

		/** Writes the change on {@code written}; a refusal, or {@code null} when done. */
		WorkflowChange apply(Action found, ObjectNode written, JsonNode template);

	}

	private WorkflowChange change(ObjectNode workflow, String action, Edit edit) {
		Action found = action(workflow, action);
		if (found == null) {
			return refusal(workflow, "workflow.action-missing", "/spec/transitions",
					"The workflow has no action ‘" + action + "’");
		}
		ObjectNode copy = workflow.deepCopy();
		ObjectNode written = (ObjectNode) copy.path("spec").path("transitions").get(found.index());
		WorkflowChange refused = edit.apply(found, written, template(written));
		return (refused != null) ? refused : WorkflowChange.done(copy, action);
	}

	private static WorkflowChange refusal(ObjectNode workflow, String code, String pointer, String message) {
		return WorkflowChange.refused(workflow, code, pointer, message);
	}

	/**
	 * Writes {@code value} ({@code null}: none) as {@code field} when it differs from
	 * {@code now}: plainly, or as the merge patch over the template's value.
	 */
	private static void write(ObjectNode written, JsonNode template, String field, JsonNode value, JsonNode now) {
		if (value == null ? now == null : value.equals(now)) {
			return;
		}
		JsonNode inTemplate = (template == null) ? null : template.get(field);
		if (inTemplate == null) {
			if (value == null) {
				written.remove(field);
			}
			else {
				written.set(field, value);
			}
		}
		else if (inTemplate.equals(value)) {
			written.remove(field);
		}
		else {
			written.set(field, (value == null) ? NODES.nullNode() : patch(inTemplate, value));
		}
	}

	/** The merge patch that turns {@code from} into {@code to}. */
	static JsonNode patch(JsonNode from, JsonNode to) {
		if (!from.isObject() || !to.isObject()) {
			return to.deepCopy();
		}
		ObjectNode patch = NODES.objectNode();
		for (Iterator<Map.Entry<String, JsonNode>> it = from.properties().iterator(); it.hasNext();) {
			String key = it.next().getKey();
			if (!to.has(key)) {
				patch.putNull(key);
			}
		}
		to.properties().forEach(entry -> {
			JsonNode was = from.get(entry.getKey());
			if (was == null || !was.equals(entry.getValue())) {
				patch.set(entry.getKey(), (was == null) ? entry.getValue().deepCopy() : patch(was, entry.getValue()));
			}
		});
		return patch;
	}

	private JsonNode template(JsonNode written) {
		String uses = written.path("uses").asString(null);
		if (uses == null) {
			return null;
		}
		return this.library.stream()
			.filter(document -> document.is(ConfigKind.TRANSITION_TEMPLATE) && document.id().equals(uses))
			.findFirst()
			.map(ConfigDocument::spec)
			.orElse(null);
	}

	private ObjectNode authored(JsonNode written) {
		JsonNode template = template(written);
		if (template == null) {
			return (ObjectNode) written.deepCopy();
		}
		ObjectNode overrides = (ObjectNode) written.deepCopy();
		overrides.remove("uses");
		return (ObjectNode) MergePatch.apply(template, overrides);
	}

}
