package org.candour.web.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fields of one page as rendered. A question whose only rule is "show when the radios
 * (or yes/no) question X on this page has answer v" is rendered inside X's option v as a
 * GOV.UK conditional reveal (open with JavaScript off); other conditional questions are
 * rendered only when their rules hold on the answers so far.
 */
public final class PageFields {

	private PageFields() {
	}

	public static List<FieldView> of(FormPage page, ObjectNode answers, List<FieldError> errors, AnswerCheck check) {
		Map<String, FieldView> top = new LinkedHashMap<>();
		for (Question question : page.questions()) {
			Optional<String> under = revealedBy(question, top);
			FieldView view = new FieldView(question, answers.get(question.name()), error(errors, question));
			if (under.isPresent()) {
				FieldView controller = top.get(question.rules().get(0).field());
				FieldView.Conditional conditional = controller.conditional(under.get());
				if (conditional == null) {
					conditional = new FieldView.Conditional(under.get(),
							"conditional-" + question.rules().get(0).field() + "-" + under.get(), new ArrayList<>());
					controller.conditionals().add(conditional);
				}
				conditional.fields().add(view);
			}
			else if (check.applies(question, answers)) {
				top.put(question.name(), view);
			}
		}
		return List.copyOf(top.values());
	}

	/** Every question the page sends, revealed ones included. */
	public static List<String> sent(List<FieldView> fields) {
		List<String> names = new ArrayList<>();
		for (FieldView field : fields) {
			names.add(field.question().name());
			field.conditionals().forEach(conditional -> names.addAll(sent(conditional.fields())));
		}
		return names;
	}

	private static Optional<String> revealedBy(Question question, Map<String, FieldView> top) {
		if (question.rules().size() != 1 || !question.rules().get(0).show()) {
			return Optional.empty();
		}
		Rule rule = question.rules().get(0);
		FieldView controller = top.get(rule.field());
		if (controller == null || !List.of("radios", "yes-no").contains(controller.question().kind())) {
			return Optional.empty();
		}
		JsonNode schema = rule.schema();
		if (schema.size() == 1 && schema.has("const")) {
			return Optional.of(schema.path("const").asString());
		}
		if (schema.size() == 1 && schema.path("enum").size() == 1) {
			return Optional.of(schema.path("enum").get(0).asString());
		}
		return Optional.empty();
	}

	private static FieldError error(List<FieldError> errors, Question question) {
		return errors.stream().filter(e -> e.field().equals(question.name())).findFirst().orElse(null);
	}

}
