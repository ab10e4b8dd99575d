package org.candour.definition.editing;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a question into a form's schema property and control, changing only what differs
 * from what it was, in the lean format: the English label is the property's {@code title}
 * (the control's {@code label} carries it only with a translation), choices are
 * {@code oneOf} of {@code const} and {@code title} or a {@code codeList}, and
 * {@code options.widget} is written only when the schema does not already imply the kind.
 */
final class QuestionWriter {

	private static final java.math.BigDecimal INT_MAX = java.math.BigDecimal.valueOf(Integer.MAX_VALUE);

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final Map<String, String> SAME_ANSWERS = Map.of("radios", "choice", "select", "choice", "text",
			"words", "textarea", "words");

	private final BiFunction<String, JsonNode, String> kinds;

	/**
	 * @param kinds the kind a widget ({@code null}: none) gives a property
	 */
	QuestionWriter(BiFunction<String, JsonNode, String> kinds) {
		this.kinds = kinds;
	}

	/** Whether a question of kind {@code from} may become {@code to} (same answers). */
	static boolean convertible(String from, String to) {
		return from.equals(to)
				|| (SAME_ANSWERS.containsKey(from) && SAME_ANSWERS.get(from).equals(SAME_ANSWERS.get(to)));
	}

	/**
	 * Writes everything of {@code after} that differs from {@code before} ({@code null}:
	 * new).
	 */
	void write(ObjectNode spec, String name, ObjectNode property, ObjectNode control, QuestionDraft before,
			QuestionDraft after) {
		if (before == null || !before.label().equals(after.label())) {
			label(property, control, after.label(), before == null);
		}
		if (before == null || !Objects.equals(before.hint(), after.hint())) {
			text(options(control), "hint", after.hint());
		}
		if (before == null || before.required() != after.required()) {
			required(spec, name, after.required());
		}
		boolean choosing = Set.of("radios", "select", "checkboxes").contains(after.kind());
		if (choosing && (before == null || !Objects.equals(before.codeList(), after.codeList())
				|| !before.options().equals(after.options()))) {
			new ChoiceWriter(property, control).write(before, after);
		}
		if (before == null || !before.settings().equals(after.settings()) || !before.kind().equals(after.kind())) {
			settings(property, control, after, (before == null) ? Settings.NONE : before.settings());
		}
		widget(property, control, after, before == null || !before.kind().equals(after.kind()));
		if (control != null && control.path("options").isEmpty()) {
			control.remove("options");
		}
	}

	private static void label(ObjectNode property, ObjectNode control, Text label, boolean created) {
		property.put("title", label.english());
		if (control != null && (control.has("label") || label.welsh() != null)) {
			control.set("label", label.node(control.get("label")));
		}
	}

	static void text(ObjectNode options, String field, Text text) {
		if (options == null) {
			return;
		}
		if (text == null) {
			options.remove(field);
		}
		else {
			options.set(field, text.node(options.get(field)));
		}
	}

	static ObjectNode options(ObjectNode control) {
		if (control == null) {
			return null;
		}
		return (control.get("options") instanceof ObjectNode options) ? options : control.putObject("options");
	}

	static void required(ObjectNode spec, String name, boolean required) {
		ObjectNode schema = (ObjectNode) spec.path("schema");
		ArrayNode list = (schema.get("required") instanceof ArrayNode given) ? given : NODES.arrayNode();
		int at = -1;
		for (int i = 0; i < list.size(); i++) {
			at = name.equals(list.get(i).asString("")) ? i : at;
		}
		if (required && at < 0) {
			list.add(name);
			schema.set("required", list);
		}
		else if (!required && at >= 0) {
			list.remove(at);
			if (list.isEmpty()) {
				schema.remove("required");
			}
		}
	}

	private static void settings(ObjectNode property, ObjectNode control, QuestionDraft draft, Settings before) {
		Settings after = draft.settings();
		ObjectNode options = options(control);
		if (!Objects.equals(before.maxLength(), after.maxLength())) {
			number(property, "maxLength", after.maxLength());
			if (options != null && (options.has("maxLength") || "textarea".equals(draft.kind()))) {
				number(options, "maxLength", after.maxLength());
				if (after.maxLength() == null) {
					options.remove("characterCount");
				}
				else if ("textarea".equals(draft.kind()) && !options.has("characterCount")) {
					options.put("characterCount", true);
				}
			}
		}
		if (!Objects.equals(before.minimum(), after.minimum())) {
			decimal(property, "minimum", after.minimum());
		}
		if (!Objects.equals(before.maximum(), after.maximum())) {
			decimal(property, "maximum", after.maximum());
		}
		if ("number".equals(draft.kind()) && before.wholeNumber() != after.wholeNumber()) {
			property.put("type", after.wholeNumber() ? "integer" : "number");
		}
		if (options == null) {
			return;
		}
		if (!Objects.equals(before.dates(), after.dates())) {
			string(options, "dates", after.dates());
		}
		if (!before.accept().equals(after.accept())) {
			if (after.accept().isEmpty()) {
				options.remove("accept");
			}
			else {
				ArrayNode accept = options.putArray("accept");
				after.accept().forEach(accept::add);
			}
		}
		if (!Objects.equals(before.maxFiles(), after.maxFiles())) {
			number(options, "maxFiles", after.maxFiles());
			number(property, "maxItems", after.maxFiles());
		}
		if (!Objects.equals(before.maxFileSizeKb(), after.maxFileSizeKb())) {
			number(options, "maxFileSizeKb", after.maxFileSizeKb());
		}
	}

	private void widget(ObjectNode property, ObjectNode control, QuestionDraft draft, boolean kindChanged) {
		if (control == null) {
			return;
		}
		ObjectNode options = options(control);
		String widget = options.path("widget").asString(null);
		boolean implied = draft.kind().equals(this.kinds.apply(null, property));
		if (widget == null && !implied) {
			options.put("widget", draft.kind());
		}
		else if (widget != null && kindChanged) {
			if (implied) {
				options.remove("widget");
			}
			else {
				options.put("widget", draft.kind());
			}
		}
	}

	private static void number(ObjectNode node, String field, Integer value) {
		if (value == null) {
			node.remove(field);
		}
		else {
			node.put(field, value.intValue());
		}
	}

	private static void decimal(ObjectNode node, String field, java.math.BigDecimal value) {
		if (value == null) {
			node.remove(field);
		}
		else if (value.stripTrailingZeros().scale() <= 0 && value.abs().compareTo(INT_MAX) <= 0) {
			node.put(field, value.intValueExact());
		}
		else if (value.stripTrailingZeros().scale() <= 0) {
			node.put(field, value.longValueExact());
		}
		else {
			node.put(field, value);
		}
	}

	private static void string(ObjectNode node, String field, String value) {
		if (value == null) {
			node.remove(field);
		}
		else {
			node.put(field, value);
		}
	}

}
