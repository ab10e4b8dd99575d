package org.candour.definition.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Adding, changing, moving, copying and deleting a form's questions. */
final class QuestionEdits {

	private final DraftLibrary library;

	private final FormReading reading;

	private final QuestionWriter writer;

	private final StaffQuestions staff;

	QuestionEdits(DraftLibrary library, FormReading reading, QuestionWriter writer, StaffQuestions staff) {
		this.library = library;
		this.reading = reading;
		this.writer = writer;
		this.staff = staff;
	}

	FormChange add(ObjectNode form, int page, int at, QuestionDraft draft) {
		PageEdits.Edit edit = new PageEdits.Edit(form, this.library);
		ArrayNode elements = (ArrayNode) edit.page(page).path("elements");
		List<Layout.Placement> questions = onPage(edit, page);
		if (at < 0 || at > questions.size()) {
			throw new IllegalArgumentException("No position " + at + " on page " + page);
		}
		String name = edit.fields.newName(draft.label());
		ObjectNode property = NewProperties.of(draft);
		edit.fields.properties().set(name, property);
		ObjectNode control = PageEdits.control(name);
		this.writer.write(edit.spec, name, property, control, null, draft);
		if (at < questions.size()) {
			questions.get(at).parent().insert(questions.get(at).index(), control);
		}
		else if (!questions.isEmpty()) {
			Layout.Placement last = questions.get(questions.size() - 1);
			last.parent().insert(last.index() + 1, control);
		}
		else {
			elements.add(control);
		}
		return FormChange.added(edit.copy, name);
	}

	FormChange edit(ObjectNode form, String name, QuestionDraft draft) {
		ObjectNode copy = form.deepCopy();
		ObjectNode spec = (ObjectNode) copy.path("spec");
		FormView.Question before = question(spec, name);
		if (!QuestionWriter.convertible(before.kind(), draft.kind())) {
			return FormChange.refused(form, "form.kind-change", pointer(spec, name),
					"A " + before.kind() + " question cannot become a " + draft.kind()
							+ " question (its answers would not fit): add a new question instead");
		}
		Layout.Placement placement = Layout.find(spec, name);
		if (placement == null) {
			FormChange refusal = StaffQuestions.refusal(form, pointer(spec, name), "'" + before.label().english() + "'",
					draft);
			if (refusal != null) {
				return refusal;
			}
		}
		ObjectNode property = (ObjectNode) spec.path("schema").path("properties").path(name);
		retitlePage(spec, placement, before, draft);
		this.writer.write(spec, name, property, (placement == null) ? null : placement.control(), before.draft(),
				draft);
		if (placement == null) {
			FormChange unkept = this.staff.keptKind(form, pointer(spec, name), draft.label().english(), draft.kind(),
					property);
			if (unkept != null) {
				return unkept;
			}
		}
		return FormChange.done(copy);
	}

	FormChange translate(ObjectNode form, String name, String label, String hint, Map<String, String> options) {
		FormView.Question before = question(form.path("spec"), name);
		List<Option> translated = new ArrayList<>();
		before.options()
			.forEach(option -> translated.add(options.containsKey(option.value())
					? new Option(option.value(), option.label().withWelsh(options.get(option.value()))) : option));
		QuestionDraft draft = before.draft()
			.withLabel(before.label().withWelsh(label))
			.withHint((before.hint() == null) ? null : before.hint().withWelsh(hint));
		draft = (before.codeList() != null) ? draft.withCodeList(before.codeList()) : draft;
		return edit(form, name, new QuestionDraft(draft.kind(), draft.label(), draft.hint(), draft.required(),
				draft.codeList(), translated, draft.settings()));
	}

	FormChange move(ObjectNode form, String name, int by) {
		ObjectNode copy = form.deepCopy();
		ObjectNode spec = (ObjectNode) copy.path("spec");
		Layout.Placement placement = placed(spec, name);
		ArrayNode parent = placement.parent();
		Set<String> people = FormReading.people(spec);
		for (int i = placement.index() + by; i >= 0 && i < parent.size(); i += by) {
			if (asksQuestion(spec, parent.get(i), people)) {
				JsonNode control = parent.remove(placement.index());
				parent.insert(i, control);
				return FormChange.done(copy);
			}
		}
		return FormChange.done(copy);
	}

	FormChange moveToPage(ObjectNode form, String name, int page) {
		PageEdits.Edit edit = new PageEdits.Edit(form, this.library);
		ArrayNode target = (ArrayNode) edit.page(page).path("elements");
		Layout.Placement placement = Layout.find(edit.spec, name);
		if (placement == null) {
			question(edit.spec, name);
			target.add(PageEdits.control(name));
			return FormChange.done(edit.copy);
		}
		if (placement.page() == page) {
			return FormChange.done(form.deepCopy());
		}
		FormChange refusal = detach(form, edit.spec, placement, "move it");
		if (refusal != null) {
			return refusal;
		}
		target.add(placement.control());
		return FormChange.done(edit.copy);
	}

	FormChange copy(ObjectNode form, String name) {
		ObjectNode copy = form.deepCopy();
		ObjectNode spec = (ObjectNode) copy.path("spec");
		Layout.Placement placement = placed(spec, name);
		Fields fields = new Fields(spec, this.library);
		String copied = fields.newName(question(spec, name).label());
		fields.copy(name, copied);
		ObjectNode control = placement.control().deepCopy();
		control.put("scope", Layout.PROPERTIES + copied);
		placement.parent().insert(placement.index() + 1, control);
		return FormChange.added(copy, copied);
	}

	FormChange delete(ObjectNode form, String name) {
		ObjectNode copy = form.deepCopy();
		ObjectNode spec = (ObjectNode) copy.path("spec");
		FormView.Question question = question(spec, name);
		Layout.Placement placement = Layout.find(spec, name);
		List<References.Reference> references = References.to(spec, Set.of(name),
				(placement == null) ? "-" : placement.pointer());
		if (!references.isEmpty()) {
			return FormChange.refused(form, "form.question-in-use", references.get(0).pointer(),
					References.explain(spec, references.get(0), "delete '" + question.label().english() + "'"));
		}
		if (placement != null) {
			FormChange refusal = detach(form, spec, placement, "delete it");
			if (refusal != null) {
				return refusal;
			}
		}
		new Fields(spec, this.library).remove(Set.of(name));
		return FormChange.done(copy);
	}

	FormChange condition(ObjectNode form, String name, JsonNode rule) {
		ObjectNode copy = form.deepCopy();
		ObjectNode spec = (ObjectNode) copy.path("spec");
		FormView.Question question = question(spec, name);
		Layout.Placement placement = Layout.find(spec, name);
		if (placement == null) {
			return FormChange.refused(form, "form.staff-only-condition", pointer(spec, name),
					"'" + question.label().english() + "' is asked on no page, so it has no condition");
		}
		if (rule == null) {
			placement.control().remove("rule");
			return FormChange.done(copy);
		}
		String field = Layout.conditionField(rule);
		if (field == null || field.equals(name) || !spec.path("schema").path("properties").has(field)) {
			return FormChange.refused(form, "form.condition-question-missing", placement.pointer() + "/rule",
					"The condition of '" + question.label().english() + "' must test another question of the form");
		}
		placement.control().set("rule", rule.deepCopy());
		return FormChange.done(copy);
	}

	FormChange message(ObjectNode form, String name, String keyword, Text message) {
		ObjectNode copy = form.deepCopy();
		ObjectNode spec = (ObjectNode) copy.path("spec");
		question(spec, name);
		if (keyword == null || !keyword.matches("[A-Za-z]+")) {
			throw new IllegalArgumentException("No keyword " + keyword);
		}
		ObjectNode messages = (spec.get("messages") instanceof ObjectNode given) ? given : spec.putObject("messages");
		ObjectNode own = (messages.get("/" + name) instanceof ObjectNode given) ? given
				: messages.putObject("/" + name);
		if (message == null) {
			own.remove(keyword);
		}
		else {
			own.set(keyword, message.node(own.get(keyword)));
		}
		if (own.isEmpty()) {
			messages.remove("/" + name);
		}
		if (messages.isEmpty()) {
			spec.remove("messages");
		}
		return FormChange.done(copy);
	}

	/**
	 * Takes a control out of where it is; refused when that would leave its page empty.
	 * Groups it leaves empty go too.
	 */
	static FormChange detach(ObjectNode form, ObjectNode spec, Layout.Placement placement, String action) {
		List<JsonNode> holders = path(spec.path("uiSchema"), placement.control());
		holders.remove(holders.size() - 1);
		placement.parent().remove(placement.index());
		for (int i = holders.size() - 1; i >= 0 && holders.get(i).path("elements").isEmpty(); i--) {
			JsonNode holder = holders.get(i);
			if (i == 0 || "Category".equals(holder.path("type").asString(""))) {
				return FormChange.refused(form, "form.page-empty", placement.pointer(), "Cannot " + action + ": '"
						+ Text.read(Layout.label(spec, placement.control(), placement.name())).english()
						+ "' is all there is on its page. Delete the page instead, or add another question first");
			}
			ArrayNode outer = (ArrayNode) holders.get(i - 1).path("elements");
			for (int j = 0; j < outer.size(); j++) {
				if (outer.get(j) == holder) {
					outer.remove(j);
					break;
				}
			}
		}
		return null;
	}

	/** The elements from the root to {@code target}. */
	private static List<JsonNode> path(JsonNode element, JsonNode target) {
		if (element == target) {
			return new ArrayList<>(List.of(element));
		}
		for (JsonNode child : element.path("elements")) {
			List<JsonNode> found = path(child, target);
			if (found != null) {
				found.add(0, element);
				return found;
			}
		}
		return null;
	}

	private static boolean asksQuestion(JsonNode spec, JsonNode element, Set<String> people) {
		String name = Layout.name(element);
		if (name != null) {
			return !people.contains(name);
		}
		boolean asks = false;
		for (JsonNode child : element.path("elements")) {
			asks |= asksQuestion(spec, child, people);
		}
		return asks;
	}

	private static void retitlePage(ObjectNode spec, Layout.Placement placement, FormView.Question before,
			QuestionDraft after) {
		if (placement == null || placement.page() < 0 || before.label().equals(after.label())) {
			return;
		}
		ObjectNode page = (ObjectNode) Layout.pages(spec).get(placement.page());
		Text title = Text.read(page.path("label"));
		long questions = Layout.controls(spec).stream().filter(other -> other.page() == placement.page()).count();
		if (questions == 1 && title != null && title.equals(before.label())) {
			page.set("label", after.label().node(page.get("label")));
		}
	}

	private List<Layout.Placement> onPage(PageEdits.Edit edit, int page) {
		return Layout.controls(edit.spec)
			.stream()
			.filter(placement -> placement.page() == page && edit.fields.has(placement.name()))
			.toList();
	}

	private FormView.Question question(JsonNode spec, String name) {
		if (!spec.path("schema").path("properties").has(name)) {
			throw new IllegalArgumentException("The form has no question " + name);
		}
		return this.reading.question(spec, name);
	}

	private static Layout.Placement placed(JsonNode spec, String name) {
		Layout.Placement placement = Layout.find(spec, name);
		if (placement == null) {
			throw new IllegalArgumentException("No page asks " + name);
		}
		return placement;
	}

	private static String pointer(JsonNode spec, String name) {
		Layout.Placement placement = Layout.find(spec, name);
		return (placement == null) ? "/spec/schema/properties/" + name : placement.pointer();
	}

}
