package org.candour.definition.model;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * What the elements around a UI schema element pass to it while a form is read: their
 * rules, and the innermost {@code Group} it is in (its pointer in the UI schema and its
 * legend).
 */
record Around(String pointer, List<FormQuestion.Rule> rules, String group, JsonNode legend) {

	static final Around NOTHING = new Around("", List.of(), null, null);

	Around {
		rules = List.copyOf(rules);
	}

	/** An element inside this one, at {@code step} (e.g. {@code /elements/2}). */
	Around in(String step) {
		return new Around(this.pointer + step, this.rules, this.group, this.legend);
	}

	/** With the element's own rule, if it has one. */
	Around ruledBy(FormQuestion.Rule rule) {
		if (rule == null) {
			return this;
		}
		List<FormQuestion.Rule> more = new ArrayList<>(this.rules);
		more.add(rule);
		return new Around(this.pointer, more, this.group, this.legend);
	}

	/** The element is a {@code Group} labelled {@code label}. */
	Around grouped(JsonNode label) {
		return new Around(this.pointer, this.rules, this.pointer.isEmpty() ? "/" : this.pointer, label);
	}

}
