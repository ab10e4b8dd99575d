package org.candour.definition.normal;

import org.candour.definition.ConfigKind;
import org.candour.definition.MergePatch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One transition (or a transition template) in canonical form: its template merged under
 * it ({@code uses}, JSON merge patch semantics), role sets, rules, code lists and
 * fieldsets expanded, {@code record} effects turned into the {@code set} effects they
 * stand for, and its inputs' UI schema written out where the renderer needs one.
 */
final class TransitionExpansion {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final Library library;

	TransitionExpansion(Library library) {
		this.library = library;
	}

	ObjectNode expand(JsonNode written) {
		ObjectNode transition = withTemplate(written);
		RoleSets.expand(transition, "roles", this.library);
		guard(transition);
		SchemaExpansion inputs = SchemaExpansion.offering(this.library);
		inputs.expand(transition.path("inputs"));
		effects(transition);
		InputsUi.write(transition, inputs, this.library);
		return transition;
	}

	private ObjectNode withTemplate(JsonNode written) {
		String uses = written.path("uses").asString(null);
		JsonNode template = uses == null ? null : this.library.spec(ConfigKind.TRANSITION_TEMPLATE, uses).orElse(null);
		if (template == null) {
			return (ObjectNode) written.deepCopy();
		}
		ObjectNode overrides = (ObjectNode) written.deepCopy();
		overrides.remove("uses");
		return (ObjectNode) MergePatch.apply(template, overrides);
	}

	/**
	 * {@code "guard": {"rules": [ids], …inline schema}}: the rules' guards and the inline
	 * schema as one schema, the rules' messages under the transition's own
	 * {@code guardMessages}, the rules' comparisons ({@code compare}) before the
	 * transition's own {@code guardCompare}.
	 */
	private void guard(ObjectNode transition) {
		JsonNode guard = transition.path("guard");
		if (guard.path("rules").isArray()) {
			ObjectNode inline = (ObjectNode) guard.deepCopy();
			JsonNode rules = inline.remove("rules");
			JsonNode merged = NODES.objectNode();
			ObjectNode messages = NODES.objectNode();
			ArrayNode comparisons = NODES.arrayNode();
			for (JsonNode id : rules) {
				JsonNode rule = this.library.spec(ConfigKind.RULE, id.asString("")).orElse(null);
				if (rule != null) {
					if (rule.path("guard").isObject()) {
						merged = SchemaMerge.merge(merged, rule.path("guard"));
					}
					rule.path("messages")
						.properties()
						.forEach(entry -> messages.set(entry.getKey(), entry.getValue().deepCopy()));
					rule.path("compare").forEach(comparison -> comparisons.add(comparison.deepCopy()));
				}
			}
			if (!comparisons.isEmpty()) {
				transition.path("guardCompare").forEach(comparison -> comparisons.add(comparison.deepCopy()));
				transition.set("guardCompare", comparisons);
			}
			if (!inline.isEmpty()) {
				merged = SchemaMerge.merge(merged, inline);
			}
			transition.path("guardMessages")
				.properties()
				.forEach(entry -> messages.set(entry.getKey(), entry.getValue().deepCopy()));
			transition.set("guard", merged);
			if (!messages.isEmpty()) {
				transition.set("guardMessages", messages);
			}
		}
		SchemaExpansion.checking(this.library).expand(transition.path("guard"));
	}

	/**
	 * {@code {"type": "record", "in": "outcome", "inputs": ["decision", …]}} (or
	 * {@code "inputs": {"handledBy": "stage1Handler"}} to record an input under another
	 * name) → one {@code set} effect per input, from {@code /inputs/<input>} to
	 * {@code /<in>/<name>}.
	 */
	private static void effects(ObjectNode transition) {
		if (!(transition.get("effects") instanceof ArrayNode effects)
				|| effects.valueStream().noneMatch(effect -> "record".equals(effect.path("type").asString("")))) {
			return;
		}
		ArrayNode expanded = NODES.arrayNode();
		for (JsonNode effect : effects) {
			if (!"record".equals(effect.path("type").asString(""))) {
				expanded.add(effect);
				continue;
			}
			String in = "/" + effect.path("in").asString("");
			JsonNode inputs = effect.path("inputs");
			if (inputs.isArray()) {
				inputs.forEach(name -> expanded.add(set(in + "/" + name.asString(""), name.asString(""))));
			}
			else {
				inputs.properties()
					.forEach(entry -> expanded.add(set(in + "/" + entry.getValue().asString(""), entry.getKey())));
			}
		}
		transition.set("effects", expanded);
	}

	private static ObjectNode set(String target, String input) {
		return NODES.objectNode().put("type", "set").put("target", target).put("source", "/inputs/" + input);
	}

}
