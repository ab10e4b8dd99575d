package org.candour.web.officer.learning;

import org.candour.web.officer.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.candour.learning.LearningAction;
import org.candour.web.officer.DateInput;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.util.MultiValueMap;

/**
 * An action as typed on the add and change pages (and as the optional first action when
 * learning is recorded): what will be done, its owner ({@code person:name} or
 * {@code team:unit}), start and due dates as GOV.UK date inputs, how it is reviewed,
 * checked and measured, and how the complainant is involved.
 */
record ActionForm(String description, String owner, DateInput start, DateInput due, String review,
		String completionCheck, String impactMeasure, String impactResult, String standards, String involvement,
		String agreed) {

	static final List<String> INVOLVEMENTS = List.of("assist-a-review", "training", "visit", "share-their-story",
			"monitor", "none");

	static ActionForm blank() {
		return new ActionForm("", "", DateInput.of("start", null), DateInput.of("due", null), "", "", "", "", "", "",
				"");
	}

	static ActionForm of(LearningAction action) {
		return new ActionForm(action.description(),
				(action.owner() == null) ? "" : action.owner().kind() + ":" + action.owner().id(),
				DateInput.of("start", action.startDate()), DateInput.of("due", action.dueDate()), text(action.review()),
				text(action.completionCheck()), text(action.impactMeasure()), text(action.impactResult()),
				text(action.standards()), text(action.complainantInvolvement()),
				(action.complainantAgreed() == null) ? "" : (action.complainantAgreed() ? "yes" : "no"));
	}

	static ActionForm read(MultiValueMap<String, String> params) {
		return new ActionForm(value(params, "description"), value(params, "owner"), DateInput.read(params, "start"),
				DateInput.read(params, "due"), value(params, "review"), value(params, "completionCheck"),
				value(params, "impactMeasure"), value(params, "impactResult"), value(params, "standards"),
				value(params, "involvement"), value(params, "agreed"));
	}

	/** Nothing typed: an optional action left out. */
	boolean empty() {
		return this.description.isEmpty() && this.owner.isEmpty() && this.start.blank() && this.due.blank()
				&& this.review.isEmpty() && this.completionCheck.isEmpty() && this.impactMeasure.isEmpty()
				&& this.impactResult.isEmpty() && this.standards.isEmpty() && this.involvement.isEmpty()
				&& this.agreed.isEmpty();
	}

	/** What must be put right before the action can be sent, in the page's order. */
	List<FieldProblem> problems(Function<String, String> text) {
		List<FieldProblem> problems = new ArrayList<>();
		if (this.description.isEmpty()) {
			problems.add(FieldProblem.of("description", text.apply("learning.action.description.required")));
		}
		if (!this.owner.startsWith("person:") && !this.owner.startsWith("team:")) {
			problems.add(FieldProblem.of("owner", text.apply("learning.action.owner.required")));
		}
		date(this.start, "learning.action.start", text, problems);
		date(this.due, "learning.action.due", text, problems);
		if (this.start.date().isPresent() && this.due.date().isPresent()
				&& this.due.date().get().isBefore(this.start.date().get())) {
			problems.add(new FieldProblem("due", "#due-day", text.apply("learning.action.due.before-start")));
		}
		if (!this.involvement.isEmpty() && !INVOLVEMENTS.contains(this.involvement)) {
			problems.add(new FieldProblem("involvement", "#involvement-" + INVOLVEMENTS.get(0),
					text.apply("learning.action.involvement.unknown")));
		}
		return problems;
	}

	/**
	 * The action as the learning API takes it; {@code forChange}: empty optional fields
	 * are sent as null (removing what was recorded) rather than left out.
	 */
	ObjectNode json(boolean forChange) {
		ObjectNode action = JsonNodeFactory.instance.objectNode();
		action.put("description", this.description);
		int colon = this.owner.indexOf(':');
		action.putObject("owner")
			.put("kind", this.owner.substring(0, colon))
			.put("id", this.owner.substring(colon + 1));
		action.put("startDate", this.start.date().orElseThrow().toString());
		action.put("dueDate", this.due.date().orElseThrow().toString());
		optional(action, "review", this.review, forChange);
		optional(action, "completionCheck", this.completionCheck, forChange);
		optional(action, "impactMeasure", this.impactMeasure, forChange);
		optional(action, "impactResult", this.impactResult, forChange);
		optional(action, "standards", this.standards, forChange);
		optional(action, "complainantInvolvement", this.involvement, forChange);
		if (!this.agreed.isEmpty()) {
			action.put("complainantAgreed", "yes".equals(this.agreed));
		}
		else if (forChange) {
			action.putNull("complainantAgreed");
		}
		return action;
	}

	private static void optional(ObjectNode action, String field, String value, boolean forChange) {
		if (!value.isEmpty()) {
			action.put(field, value);
		}
		else if (forChange) {
			action.putNull(field);
		}
	}

	private static void date(DateInput input, String key, Function<String, String> text, List<FieldProblem> problems) {
		if (input.blank()) {
			problems.add(new FieldProblem(input.name(), "#" + input.name() + "-day", text.apply(key + ".required")));
		}
		else if (!input.valid()) {
			problems.add(new FieldProblem(input.name(), "#" + input.name() + "-day", text.apply(key + ".invalid")));
		}
	}

	private static String text(String value) {
		return (value == null) ? "" : value;
	}

	private static String value(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return (value == null) ? "" : value.strip();
	}

}
