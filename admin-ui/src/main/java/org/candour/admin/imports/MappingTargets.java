package org.candour.admin.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.candour.admin.Texts;
import org.candour.definition.model.ActionInput;
import org.candour.definition.model.CodeList;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.Form;
import org.candour.definition.model.FormLayout;
import org.candour.definition.model.FormQuestion;
import org.candour.definition.model.WorkflowDefinition;

/**
 * What a mapping can fill for one feedback type, in words: its form's fields, the actions
 * of its workflow (with the date question each one asks, which an imported date fills
 * too), the coded answers an outcome column can give, its states, the org units and the
 * codes of each code list.
 */
final class MappingTargets {

	private final CompiledConfiguration model;

	private final FeedbackType type;

	private final WorkflowDefinition workflow;

	private final List<Target> fields;

	private final List<ActionTarget> actions;

	/** The dates and coded answers the workflow's actions ask for, read once. */
	private final List<ActionInput> inputs;

	private MappingTargets(CompiledConfiguration model, FeedbackType type) {
		this.model = model;
		this.type = type;
		this.workflow = model.workflow(type.workflow()).orElseThrow();
		this.fields = fields(model.form(type.form()).orElseThrow());
		this.inputs = ActionInput.of(this.workflow);
		this.actions = actions(this.workflow, this.inputs);
	}

	static Optional<MappingTargets> of(CompiledConfiguration model, String feedbackType) {
		return model.feedbackType(feedbackType).map(type -> new MappingTargets(model, type));
	}

	String feedbackType() {
		return this.type.id();
	}

	String typeTitle() {
		return Texts.english(this.type.title(), this.type.id());
	}

	/**
	 * The form's fields (pointers such as {@code /summary}) and their questions; an
	 * address by its lines, as a cell holds one value.
	 */
	List<Target> fields() {
		return this.fields;
	}

	/** Each action of the workflow once, in document order. */
	List<ActionTarget> actions() {
		return this.actions;
	}

	/**
	 * The coded answers an action records, each once: what an outcome column can fill.
	 */
	List<Target> outcomeFields() {
		Map<String, Target> outcomes = new LinkedHashMap<>();
		for (ActionInput input : this.inputs) {
			if (input.coded() && codeListOf(input.name()).isPresent()) {
				outcomes.putIfAbsent(input.name(),
						Target.withId(input.name(), Texts.english(input.title(), input.name())));
			}
		}
		return List.copyOf(outcomes.values());
	}

	/**
	 * The code list an outcome field's answers come from: the smallest list that has
	 * every code the field offers (its inputs carry the codes, not the list's name).
	 */
	Optional<String> codeListOf(String outcomeField) {
		List<String> codes = this.inputs.stream()
			.filter(input -> input.name().equals(outcomeField) && input.coded())
			.map(ActionInput::codes)
			.findFirst()
			.orElse(List.of());
		if (codes.isEmpty()) {
			return Optional.empty();
		}
		return this.model.codeLists()
			.values()
			.stream()
			.filter(list -> codes.stream().allMatch(code -> list.code(code).isPresent()))
			.min(Comparator.comparingInt(list -> list.values().size()))
			.map(CodeList::id);
	}

	List<Target> states() {
		return this.workflow.states()
			.values()
			.stream()
			.map(state -> Target.withId(state.id(), Texts.english(state.label(), state.id())))
			.toList();
	}

	List<Target> units() {
		return this.model.orgStructure()
			.units()
			.stream()
			.map(unit -> Target.withId(unit.id(), Texts.english(unit.name(), unit.id())))
			.toList();
	}

	/** The codes of a list still in use, retired ones left out. */
	List<Target> codes(String codeList) {
		return this.model.codeList(codeList)
			.map(CodeList::current)
			.orElse(List.of())
			.stream()
			.map(code -> Target.named(code.code(), Texts.english(code.label(), code.code())))
			.toList();
	}

	private static List<Target> fields(Form form) {
		Map<String, String> questions = new LinkedHashMap<>();
		List<FormQuestion> all = new ArrayList<>();
		form.layout().pages().stream().map(FormLayout.Page::questions).forEach(all::addAll);
		all.addAll(form.layout().contact());
		for (FormQuestion question : all) {
			String words = Texts.english(question.label(), question.name());
			questions.put("/" + question.name(), words);
			question.parts()
				.forEach(part -> questions.put("/" + question.name() + "/" + part.name(),
						words + ": " + Texts.english(part.label(), part.name())));
		}
		return form.fields()
			.stream()
			.filter(field -> form.fields().stream().noneMatch(part -> part.startsWith(field + "/")))
			.map(field -> Target.named(field, questions.getOrDefault(field, field.substring(1))))
			.toList();
	}

	private static List<ActionTarget> actions(WorkflowDefinition workflow, List<ActionInput> inputs) {
		Map<String, ActionTarget> actions = new LinkedHashMap<>();
		workflow.transitions()
			.forEach(transition -> actions
				.computeIfAbsent(transition.action(),
						action -> new ActionTarget(action, Texts.english(transition.label(), action), inputs.stream()
							.filter(input -> input.action().equals(action) && input.date())
							.findFirst()
							.map(input -> Target.named(input.name(), Texts.english(input.title(), input.name())))
							.orElse(null))));
		return List.copyOf(actions.values());
	}

	/**
	 * Something a column or a value can be mapped to.
	 *
	 * @param words its name in words
	 * @param label as a page offers it
	 */
	record Target(String id, String words, String label) {

		static Target named(String id, String words) {
			return new Target(id, words, words);
		}

		/** A target offered with its id too, where names alone can be alike. */
		static Target withId(String id, String words) {
			return new Target(id, words, words + " (" + id + ")");
		}

	}

	/**
	 * An action of the workflow.
	 *
	 * @param dateQuestion the date it asks for, which the imported date fills too; null
	 * when it asks for none
	 */
	record ActionTarget(String action, String label, Target dateQuestion) {
	}

}
