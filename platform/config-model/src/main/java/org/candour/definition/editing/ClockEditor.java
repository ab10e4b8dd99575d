package org.candour.definition.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.candour.definition.ConfigDocument;
import org.candour.definition.model.WorkflowDefinition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the admin UI's timescale pages do to a workflow's clocks as written: a clock
 * added, changed or deleted. A changed clock is written lean: a field is written only
 * when its new value differs from what the clock has now (a duration keeps its words or
 * object form, a label its Welsh), so saving a clock unchanged changes nothing; its
 * {@code onWarn} and {@code onBreach} effects and {@code reportable} are never touched. A
 * clock naming a state, action or clock the workflow lacks is refused, and so is deleting
 * a clock something still names.
 */
public final class ClockEditor {

	/** The units a clock counts in, as configuration writes them. */
	public static final List<String> UNITS = List.of("working-days", "calendar-days", "hours", "calendar-months");

	private final WorkflowEditor workflows;

	/**
	 * An editor that expands templates and role sets from these documents (the draft).
	 */
	public ClockEditor(Collection<ConfigDocument> library) {
		this.workflows = new WorkflowEditor(library);
	}

	/**
	 * A clock's fields as its page edits them.
	 *
	 * @param label what officers see it called (its Welsh kept when unchanged in English)
	 * @param startsOn {@code logged}, {@code transition:<action>} or
	 * {@code clockStopped:<clock>}
	 * @param stopsOn the actions that stop it
	 * @param amount how many units
	 * @param unit one of {@link #UNITS}
	 * @param anchor {@code start}, {@code received} or {@code field}
	 * @param anchorPointer for {@code field}: where the date is, e.g.
	 * {@code /data/agreedResponseDate}
	 * @param pausedIn the states it is paused in
	 * @param warnAmount warn this many units before it is due; {@code null} for no
	 * warning
	 * @param warnUnit the warning's unit
	 * @param extensionMax the most it may be extended by, in its unit; {@code null} when
	 * it may not
	 * @param reasonRequired whether an extension needs a reason
	 * @param extensionRoles who may extend it (roles or role sets)
	 * @param shownToResidents whether residents see it
	 * @param publicLabel what residents see it called
	 * @param dueOnWorkingDay for calendar days or months: a due date on a non-working day
	 * moves to the next working day
	 */
	public record ClockFields(String label, String startsOn, List<String> stopsOn, int amount, String unit,
			String anchor, String anchorPointer, List<String> pausedIn, Integer warnAmount, String warnUnit,
			Integer extensionMax, boolean reasonRequired, List<String> extensionRoles, boolean shownToResidents,
			String publicLabel, boolean dueOnWorkingDay) {

		public ClockFields {
			stopsOn = List.copyOf(stopsOn);
			pausedIn = List.copyOf(pausedIn);
			extensionRoles = List.copyOf(extensionRoles);
		}

	}

	/** The clock {@code id}'s fields as written; {@code null} when there is none. */
	public ClockFields clock(ObjectNode workflow, String id) {
		ObjectNode clock = JsonArrays.find(workflow.path("spec").path("clocks"), "id", id);
		return (clock == null) ? null : fields(clock);
	}

	private static ClockFields fields(JsonNode clock) {
		Text label = Text.read(clock.get("label"));
		DurationWords duration = DurationWords.read(clock.get("duration"));
		DurationWords warning = DurationWords.read(clock.get("warnBefore"));
		JsonNode extension = clock.get("extension");
		JsonNode anchor = clock.path("anchor");
		Text publicLabel = Text.read(clock.get("publicLabel"));
		boolean shown = clock.path("public").asBoolean(false);
		return new ClockFields((label == null) ? clock.path("id").asString("") : label.english(),
				startsOn(clock.path("startsOn")), JsonArrays.strings(clock.get("stopsOn")),
				(duration == null) ? 0 : duration.amount(), (duration == null) ? null : unitId(duration),
				anchor.path("type").asString("start"), anchor.path("pointer").asString(null),
				JsonArrays.strings(clock.get("pausedIn")), (warning == null) ? null : warning.amount(),
				(warning == null) ? null : unitId(warning),
				(extension == null) ? null : extension.path("maxAmount").asInt(),
				(extension == null) || extension.path("reasonRequired").asBoolean(true),
				(extension == null) ? List.of() : JsonArrays.strings(extension.get("roles")), shown,
				(shown && publicLabel != null) ? publicLabel.english() : null,
				clock.path("dueOnWorkingDay").asBoolean(false));
	}

	/** A new clock at the end, its id made from its label. */
	public WorkflowChange add(ObjectNode workflow, ClockFields fields) {
		WorkflowChange refused = refusal(workflow, null, fields);
		if (refused != null) {
			return refused;
		}
		ObjectNode copy = workflow.deepCopy();
		ArrayNode clocks = copy.withObject("/spec").withArray("clocks");
		String id = Names.value(fields.label(), JsonArrays.ids(clocks, "id"));
		ObjectNode clock = clocks.addObject();
		clock.put("id", id);
		write(clock, null, fields);
		return WorkflowChange.done(copy, id);
	}

	/** The clock's fields changed, each written only when it differs from what it has. */
	public WorkflowChange edit(ObjectNode workflow, String id, ClockFields fields) {
		ObjectNode copy = workflow.deepCopy();
		ObjectNode clock = JsonArrays.find(copy.path("spec").path("clocks"), "id", id);
		if (clock == null) {
			return missing(workflow, id);
		}
		WorkflowChange refused = refusal(workflow, id, fields);
		if (refused != null) {
			return refused;
		}
		if (clock.has("onWarn") && fields.warnAmount() == null) {
			return WorkflowChange.refused(workflow, "clock.warning-needed", pointer(workflow, id) + "/warnBefore",
					"The timescale has things that happen when its warning begins: keep a warning");
		}
		write(clock, fields(clock), fields);
		return WorkflowChange.done(copy, id);
	}

	/**
	 * The clock deleted, unless another clock starts when it stops, an action starts,
	 * stops, pauses, extends or restarts it, or an action's rule reads it.
	 */
	public WorkflowChange delete(ObjectNode workflow, String id) {
		int index = JsonArrays.indexOf(workflow.path("spec").path("clocks"), "id", id);
		if (index < 0) {
			return missing(workflow, id);
		}
		JsonNode clocks = workflow.path("spec").path("clocks");
		for (int i = 0; i < clocks.size(); i++) {
			if (id.equals(clocks.get(i).path("startsOn").path("clockStopped").asString(null))) {
				return inUse(workflow, "/spec/clocks/" + i + "/startsOn",
						"The timescale ‘" + name(clocks.get(i)) + "’ starts when it stops");
			}
		}
		ArrayNode transitions = this.workflows.expandedTransitions(workflow);
		for (int i = 0; i < transitions.size(); i++) {
			JsonNode transition = transitions.get(i);
			String action = name(transition, transition.path("action").asString(""));
			for (JsonNode effect : transition.path("effects")) {
				if ("clock".equals(effect.path("type").asString("")) && id.equals(effect.path("clock").asString(""))) {
					return inUse(workflow, "/spec/transitions/" + i,
							"The action ‘" + action + "’ " + operation(effect) + " it");
				}
			}
			JsonNode guard = transition.path("guard");
			if (guard.path("properties").path("clocks").path("properties").has(id)
					|| guard.toString().contains("clocks/" + id)) {
				return inUse(workflow, "/spec/transitions/" + i, "A rule of the action ‘" + action + "’ reads it");
			}
		}
		ObjectNode copy = workflow.deepCopy();
		copy.withObject("/spec").withArray("clocks").remove(index);
		return WorkflowChange.done(copy, id);
	}

	/**
	 * The workflow as it compiles with this document (nothing saved): what the worked
	 * example counts with.
	 */
	public WorkflowDefinition compiled(ObjectNode workflow) {
		return WorkflowDefinition.parse(this.workflows.expanded(workflow));
	}

	private WorkflowChange refusal(ObjectNode workflow, String id, ClockFields fields) {
		String at = (id == null) ? "/spec/clocks" : pointer(workflow, id);
		if (fields.startsOn() == null) {
			return WorkflowChange.refused(workflow, "clock.action-missing", at + "/startsOn",
					"Choose what starts the timescale");
		}
		if (fields.label() == null || fields.label().isBlank()) {
			return WorkflowChange.refused(workflow, "clock.label", at + "/label", "Enter the timescale’s name");
		}
		if (fields.shownToResidents() && (fields.publicLabel() == null || fields.publicLabel().isBlank())) {
			return WorkflowChange.refused(workflow, "clock.public-label", at + "/publicLabel",
					"Enter what residents see it called");
		}
		if (!UNITS.contains(fields.unit())) {
			return WorkflowChange.refused(workflow, "clock.unit-unknown", at + "/duration",
					"Choose working days, calendar days, hours or calendar months");
		}
		if (fields.warnAmount() != null && !UNITS.contains(fields.warnUnit())) {
			return WorkflowChange.refused(workflow, "clock.unit-unknown", at + "/warnBefore",
					"Choose the warning’s unit: working days, calendar days, hours or calendar months");
		}
		if (fields.amount() < 0 || fields.amount() == 0 && !"field".equals(fields.anchor())) {
			return WorkflowChange.refused(workflow, "clock.amount", at + "/duration",
					"How long must be a whole number, 1 or more (0 only when counted from a date in the form)");
		}
		Set<String> states = JsonArrays.ids(workflow.path("spec").path("states"), "id");
		for (String state : fields.pausedIn()) {
			if (!states.contains(state)) {
				return WorkflowChange.refused(workflow, "clock.state-missing", at + "/pausedIn",
						"The workflow has no state ‘" + state + "’");
			}
		}
		Set<String> actions = JsonArrays.ids(this.workflows.expandedTransitions(workflow), "action");
		List<String> named = new ArrayList<>(fields.stopsOn());
		if (fields.startsOn().startsWith("transition:")) {
			named.add(fields.startsOn().substring("transition:".length()));
		}
		for (String action : named) {
			if (!actions.contains(action)) {
				return WorkflowChange.refused(workflow, "clock.action-missing", at + "/stopsOn",
						"The workflow has no action ‘" + action + "’");
			}
		}
		if (fields.startsOn().startsWith("clockStopped:")) {
			String clock = fields.startsOn().substring("clockStopped:".length());
			if (clock.equals(id) || JsonArrays.find(workflow.path("spec").path("clocks"), "id", clock) == null) {
				return WorkflowChange.refused(workflow, "clock.clock-missing", at + "/startsOn",
						"Choose another timescale of this workflow to start after");
			}
		}
		else if (!"logged".equals(fields.startsOn()) && !fields.startsOn().startsWith("transition:")) {
			return WorkflowChange.refused(workflow, "clock.action-missing", at + "/startsOn",
					"Choose what starts the timescale");
		}
		if (!Set.of("start", "received", "field").contains(fields.anchor()) || "field".equals(fields.anchor())
				&& (fields.anchorPointer() == null || !fields.anchorPointer().matches("^/data(/[A-Za-z0-9_-]+)+$"))) {
			return WorkflowChange.refused(workflow, "clock.anchor", at + "/anchor",
					"Choose what the time is counted from");
		}
		return null;
	}

	/** Writes what differs from {@code now} ({@code null}: a new clock, all of it). */
	private static void write(ObjectNode clock, ClockFields now, ClockFields fields) {
		if (now == null || !now.label().equals(fields.label())) {
			clock.set("label", Text.of(fields.label()).node(clock.get("label")));
		}
		if (now == null || !now.startsOn().equals(fields.startsOn())) {
			clock.set("startsOn", startsOn(fields.startsOn()));
		}
		if (now == null || !Objects.equals(now.anchor(), fields.anchor())
				|| !Objects.equals(now.anchorPointer(), fields.anchorPointer())) {
			ObjectNode anchor = JsonNodeFactory.instance.objectNode().put("type", fields.anchor());
			if ("field".equals(fields.anchor())) {
				anchor.put("pointer", fields.anchorPointer());
			}
			clock.set("anchor", anchor);
		}
		if (now == null || now.amount() != fields.amount() || !now.unit().equals(fields.unit())) {
			clock.set("duration", duration(clock.get("duration"), fields.amount(), fields.unit()));
		}
		boolean moved = fields.dueOnWorkingDay() && fields.unit().startsWith("calendar-");
		if (now == null ? moved : now.dueOnWorkingDay() != moved) {
			if (moved) {
				clock.put("dueOnWorkingDay", true);
			}
			else {
				clock.remove("dueOnWorkingDay");
			}
		}
		writeExtension(clock, now, fields);
		if (!new HashSet<>((now == null) ? List.of() : now.pausedIn()).equals(new HashSet<>(fields.pausedIn()))) {
			if (fields.pausedIn().isEmpty()) {
				clock.remove("pausedIn");
			}
			else {
				strings(clock, "pausedIn", fields.pausedIn());
			}
		}
		if (fields.warnAmount() == null) {
			clock.remove("warnBefore");
		}
		else if (now == null || !Objects.equals(now.warnAmount(), fields.warnAmount())
				|| !Objects.equals(now.warnUnit(), fields.warnUnit())) {
			clock.set("warnBefore", duration(clock.get("warnBefore"), fields.warnAmount(), fields.warnUnit()));
		}
		if (now == null || !new LinkedHashSet<>(now.stopsOn()).equals(new LinkedHashSet<>(fields.stopsOn()))) {
			ArrayNode stops = clock.putArray("stopsOn");
			fields.stopsOn().forEach(stops::add);
		}
		writePublic(clock, now, fields);
	}

	private static void writeExtension(ObjectNode clock, ClockFields now, ClockFields fields) {
		if (fields.extensionMax() == null) {
			clock.remove("extension");
			return;
		}
		boolean had = now != null && now.extensionMax() != null;
		ObjectNode extension = had ? (ObjectNode) clock.get("extension")
				: JsonNodeFactory.instance.objectNode().put("maxAmount", fields.extensionMax());
		if (had && !now.extensionMax().equals(fields.extensionMax())) {
			extension.put("maxAmount", fields.extensionMax());
		}
		if (!had || now.reasonRequired() != fields.reasonRequired()) {
			extension.put("reasonRequired", fields.reasonRequired());
		}
		if (!had || !new HashSet<>(now.extensionRoles()).equals(new HashSet<>(fields.extensionRoles()))) {
			if (fields.extensionRoles().isEmpty()) {
				extension.remove("roles");
			}
			else {
				strings(extension, "roles", fields.extensionRoles());
			}
		}
		clock.set("extension", extension);
	}

	private static void writePublic(ObjectNode clock, ClockFields now, ClockFields fields) {
		if (!fields.shownToResidents()) {
			clock.remove("public");
			clock.remove("publicLabel");
			return;
		}
		if (now == null || !now.shownToResidents()) {
			clock.put("public", true);
		}
		if (now == null || !Objects.equals(now.publicLabel(), fields.publicLabel())) {
			clock.set("publicLabel", Text.of(fields.publicLabel()).node(clock.get("publicLabel")));
		}
	}

	private static void strings(ObjectNode node, String field, List<String> values) {
		ArrayNode array = node.putArray(field);
		values.forEach(array::add);
	}

	/** A duration in the form it had: words when written in words (or new). */
	private static JsonNode duration(JsonNode before, int amount, String unit) {
		if (before != null && before.isObject()) {
			return JsonNodeFactory.instance.objectNode().put("amount", amount).put("unit", unit);
		}
		String words = "hours".equals(unit) ? "hour" : unit.replace("-days", " day").replace("-months", " month");
		return JsonNodeFactory.instance.stringNode(new DurationWords(amount, words).toString());
	}

	private static String unitId(DurationWords duration) {
		return "hour".equals(duration.unit()) ? "hours" : duration.unit().replace(' ', '-') + "s";
	}

	private static String startsOn(JsonNode startsOn) {
		if (startsOn.has("transition")) {
			return "transition:" + startsOn.path("transition").asString("");
		}
		if (startsOn.has("clockStopped")) {
			return "clockStopped:" + startsOn.path("clockStopped").asString("");
		}
		return "logged";
	}

	private static JsonNode startsOn(String trigger) {
		ObjectNode startsOn = JsonNodeFactory.instance.objectNode();
		if (trigger.startsWith("transition:")) {
			return startsOn.put("transition", trigger.substring("transition:".length()));
		}
		if (trigger.startsWith("clockStopped:")) {
			return startsOn.put("clockStopped", trigger.substring("clockStopped:".length()));
		}
		return startsOn.put("event", "logged");
	}

	private static String operation(JsonNode effect) {
		return switch (effect.path("operation").asString("")) {
			case "start" -> "starts";
			case "stop" -> "stops";
			case "pause" -> "pauses";
			case "resume" -> "resumes";
			case "extend" -> "extends";
			case "restart" -> "restarts";
			default -> "acts on";
		};
	}

	private static String pointer(ObjectNode workflow, String id) {
		return "/spec/clocks/" + JsonArrays.indexOf(workflow.path("spec").path("clocks"), "id", id);
	}

	private static WorkflowChange missing(ObjectNode workflow, String id) {
		return WorkflowChange.refused(workflow, "clock.missing", "/spec/clocks",
				"The workflow has no timescale ‘" + id + "’");
	}

	private static WorkflowChange inUse(ObjectNode workflow, String pointer, String why) {
		return WorkflowChange.refused(workflow, "clock.in-use", pointer, why + ": change that first");
	}

	private static String name(JsonNode item) {
		return name(item, item.path("id").asString(""));
	}

	private static String name(JsonNode item, String id) {
		Text label = Text.read(item.get("label"));
		return (label == null) ? id : label.english();
	}

}
