package org.candour.definition.editing;

import java.util.List;
import java.util.Optional;

import org.candour.definition.model.FormQuestion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A question's new condition in words, through the rows an administrator would see. */
final class ConditionWords {

	private ConditionWords() {
	}

	static void describe(String subject, List<FormQuestion.Rule> before, List<FormQuestion.Rule> after,
			FormOutline form, Sentences out) {
		String question = Words.capitalised(subject);
		if (after.isEmpty()) {
			out.add("Condition removed from " + subject + ": it is always asked");
			return;
		}
		Optional<ConditionRows> rows = (after.size() == 1) ? ConditionRows.of(rule(after.get(0))) : Optional.empty();
		if (rows.isPresent()) {
			ConditionRows condition = rows.get();
			out.add(question + " now "
					+ ((condition.effect() == ConditionRows.Effect.SHOW) ? "asked only when " : "not asked when ")
					+ words(condition, form));
		}
		else {
			out.add(before.isEmpty() ? "Condition added to " + subject : "Condition of " + subject + " changed");
		}
	}

	private static String words(ConditionRows condition, FormOutline form) {
		StringBuilder words = new StringBuilder();
		for (ConditionRows.Row row : condition.rows()) {
			if (words.length() > 0) {
				words.append((condition.match() == ConditionRows.Match.ALL) ? " and " : " or ");
			}
			words.append(form.name(row.question())).append(switch (row.operator()) {
				case IS -> " is ";
				case IS_NOT -> " is not ";
				case IS_ONE_OF -> " is one of ";
			});
			FormQuestion asked = form.questions().get(row.question());
			for (int i = 0; i < row.values().size(); i++) {
				words.append((i == 0) ? "" : ", ").append(answer(asked, row.values().get(i)));
			}
		}
		return words.toString();
	}

	private static String answer(FormQuestion asked, String value) {
		if (asked != null) {
			for (FormQuestion.Choice choice : asked.choices()) {
				if (choice.value().equals(value)) {
					return QuestionWording.label(choice);
				}
			}
			if ("yes-no".equals(asked.kind()) && ("true".equals(value) || "false".equals(value))) {
				return Words.quoted("true".equals(value) ? "Yes" : "No");
			}
		}
		return Words.quoted(value);
	}

	private static JsonNode rule(FormQuestion.Rule rule) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		node.put("effect", rule.show() ? "SHOW" : "HIDE");
		ObjectNode condition = node.putObject("condition");
		condition.put("scope", "#/properties/" + rule.field());
		condition.set("schema", rule.schema());
		return node;
	}

}
