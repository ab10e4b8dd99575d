package org.candour.definition.editing;

import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Questions staff record: data fields of the form that no page asks residents. Officers
 * record them on the case screen and through actions. Such a question has no control, so
 * its kind is the one its schema gives ({@code FieldWidgets}); it has no hint, no Welsh,
 * no condition and is never required (residents could not submit the form).
 */
final class StaffQuestions {

	/** The kinds a question staff record may be: those its schema alone gives. */
	static final Set<String> KINDS = Set.of("text", "textarea", "number", "date", "email", "yes-no", "radios", "select",
			"checkboxes");

	/** One answer from a list: radios up to six answers, a drop-down above. */
	private static final Set<String> CHOICE = Set.of("radios", "select");

	private static final String PROPERTIES = "/spec/schema/properties";

	private static final Map<String, String> ASKED_ONLY = Map.of("file", "a file upload", "phone", "a phone number",
			"address", "a UK address");

	private final DraftLibrary library;

	private final FormReading reading;

	private final QuestionWriter writer;

	StaffQuestions(DraftLibrary library, FormReading reading, QuestionWriter writer) {
		this.library = library;
		this.reading = reading;
		this.writer = writer;
	}

	FormChange add(ObjectNode form, QuestionDraft draft) {
		FormChange refusal = refusal(form, PROPERTIES, "'" + draft.label().english() + "'", draft);
		if (refusal != null) {
			return refusal;
		}
		ObjectNode copy = form.deepCopy();
		ObjectNode spec = (ObjectNode) copy.path("spec");
		Fields fields = new Fields(spec, this.library);
		String name = fields.newName(draft.label());
		ObjectNode property = NewProperties.of(draft);
		fields.properties().set(name, property);
		this.writer.write(spec, name, property, null, null, draft);
		FormChange unkept = keptKind(form, PROPERTIES + "/" + name, draft.label().english(), draft.kind(), property);
		return (unkept != null) ? unkept : FormChange.added(copy, name);
	}

	/**
	 * Why a question staff record cannot be {@code draft} (kind, text, required), or
	 * {@code null}.
	 */
	static FormChange refusal(ObjectNode form, String pointer, String label, QuestionDraft draft) {
		if (!KINDS.contains(draft.kind())) {
			return askedOnly(form, pointer, label, draft.kind());
		}
		if (draft.hint() != null || draft.label().welsh() != null) {
			return FormChange.refused(form, "form.staff-only-text", pointer,
					label + " is recorded by staff and asked on no page: it has no hint or Welsh text");
		}
		if (draft.required()) {
			return FormChange.refused(form, "form.staff-only-required", pointer, label
					+ " is recorded by staff, so it cannot be required: residents could not send the form without it");
		}
		return null;
	}

	/**
	 * Refused when the schema alone would ask {@code property} as another kind than
	 * {@code kind} (a long text needs a character limit of at least 500).
	 */
	FormChange keptKind(ObjectNode form, String pointer, String label, String kind, JsonNode property) {
		String given = this.reading.kind(null, property);
		if (given.equals(kind) || (CHOICE.contains(given) && CHOICE.contains(kind))) {
			return null;
		}
		return FormChange.refused(form, "form.staff-only-kind", pointer,
				"'" + label + "' cannot be recorded by staff as " + ("textarea".equals(kind)
						? "long text without a character limit of at least 500: give it one, or make it short text"
						: kindWords(kind)));
	}

	FormChange makeStaffOnly(ObjectNode form, String name) {
		ObjectNode copy = form.deepCopy();
		ObjectNode spec = (ObjectNode) copy.path("spec");
		FormView.Question question = this.reading.question(spec, name);
		Layout.Placement placement = Layout.find(spec, name);
		if (placement == null) {
			throw new IllegalArgumentException("No page asks " + name);
		}
		String label = "'" + question.label().english() + "'";
		if (question.contact()) {
			return FormChange.refused(form, "form.staff-only-contact", placement.pointer(),
					label + " is a contact detail: residents give it with their contact details");
		}
		if (!KINDS.contains(question.kind())) {
			return FormChange.refused(form, "form.staff-only-kind", placement.pointer(),
					label + " cannot be recorded by staff: " + kindWords(question.kind())
							+ " is asked of residents on a page");
		}
		java.util.List<References.Reference> references = References.to(spec, Set.of(name), placement.pointer());
		if (!references.isEmpty()) {
			return FormChange.refused(form, "form.question-in-use", references.get(0).pointer(),
					References.explain(spec, references.get(0), "make " + label + " a question staff record"));
		}
		JsonNode property = spec.path("schema").path("properties").path(name);
		FormChange unkept = keptKind(form, placement.pointer(), question.label().english(), question.kind(), property);
		if (unkept != null) {
			return unkept;
		}
		FormChange refusal = QuestionEdits.detach(form, spec, placement, "make it a question staff record");
		if (refusal != null) {
			return refusal;
		}
		QuestionWriter.required(spec, name, false);
		new Fields(spec, this.library).removeMessages(Set.of(name));
		if (spec.path("messages").isEmpty()) {
			spec.remove("messages");
		}
		return FormChange.done(copy);
	}

	private static FormChange askedOnly(ObjectNode form, String pointer, String label, String kind) {
		return FormChange.refused(form, "form.staff-only-kind", pointer,
				label + " cannot be recorded by staff: " + kindWords(kind) + " is asked of residents on a page");
	}

	private static String kindWords(String kind) {
		return ASKED_ONLY.getOrDefault(kind, "a " + kind + " question");
	}

}
