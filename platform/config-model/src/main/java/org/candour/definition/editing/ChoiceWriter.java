package org.candour.definition.editing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answers of a choice question: {@code oneOf} of {@code const} and English
 * {@code title}, translations in the control's {@code choiceLabels}; or a
 * {@code codeList} (never written out), with only the labels the form changes in
 * {@code choiceLabels}.
 */
record ChoiceWriter(ObjectNode property, ObjectNode control) {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	void write(QuestionDraft before, QuestionDraft after) {
		ObjectNode target = "array".equals(this.property.path("type").asString(""))
				? (ObjectNode) this.property.path("items") : this.property;
		ObjectNode options = QuestionWriter.options(this.control);
		ObjectNode labels = (options != null && options.get("choiceLabels") instanceof ObjectNode given) ? given
				: NODES.objectNode();
		if (after.codeList() != null) {
			target.remove(List.of("enum", "oneOf", "anyOf"));
			target.put("codeList", after.codeList());
			for (Option option : after.options()) {
				Option was = (before == null) ? null
						: before.options()
							.stream()
							.filter(old -> old.value().equals(option.value()))
							.findFirst()
							.orElse(null);
				if (option.value() != null && (was == null || !was.label().equals(option.label()))) {
					labels.set(option.value(), option.label().node(labels.get(option.value())));
				}
			}
		}
		else {
			target.remove(List.of("enum", "anyOf", "codeList", "except"));
			ArrayNode oneOf = target.putArray("oneOf");
			Set<String> values = new HashSet<>();
			after.options().forEach(option -> {
				if (option.value() != null) {
					values.add(option.value());
				}
			});
			ObjectNode kept = NODES.objectNode();
			for (Option option : after.options()) {
				String value = (option.value() != null) ? option.value()
						: Names.value(option.label().english(), values);
				values.add(value);
				oneOf.addObject().put("const", value).put("title", option.label().english());
				if (option.label().welsh() != null) {
					kept.set(value, option.label().node(labels.get(value)));
				}
			}
			labels = kept;
		}
		if (options != null) {
			if (labels.isEmpty()) {
				options.remove("choiceLabels");
			}
			else {
				options.set("choiceLabels", labels);
			}
		}
	}

}
