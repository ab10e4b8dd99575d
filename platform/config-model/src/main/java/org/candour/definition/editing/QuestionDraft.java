package org.candour.definition.editing;

import java.util.List;

/**
 * A question as an administrator writes it: to add one, or (read from
 * {@link FormView.Question#draft()} and changed) to edit one.
 *
 * @param kind {@code text}, {@code textarea}, {@code number}, {@code date},
 * {@code email}, {@code phone}, {@code address}, {@code select}, {@code radios},
 * {@code checkboxes}, {@code yes-no} or {@code file} (see {@link FormEditor#KINDS})
 * @param label the question (English, optionally Welsh)
 * @param hint the hint under it, or {@code null}
 * @param required whether it must be answered
 * @param codeList choice kinds: the code list offering the answers, or {@code null}
 * @param options choice kinds without a code list: the answers; with one: Welsh (or
 * other) labels of some of its codes
 * @param settings what the kind allows (character limit, dates, files…)
 */
public record QuestionDraft(String kind, Text label, Text hint, boolean required, String codeList, List<Option> options,
		Settings settings) {

	public QuestionDraft {
		if (!FormEditor.KINDS.contains(kind)) {
			throw new IllegalArgumentException("No question kind " + kind);
		}
		if (label == null) {
			throw new IllegalArgumentException("A question needs a label");
		}
		options = (options == null) ? List.of() : List.copyOf(options);
		settings = (settings == null) ? Settings.NONE : settings;
	}

	public static QuestionDraft of(String kind, String label) {
		return new QuestionDraft(kind, Text.of(label), null, false, null, List.of(), Settings.NONE);
	}

	public QuestionDraft withLabel(Text label) {
		return new QuestionDraft(this.kind, label, this.hint, this.required, this.codeList, this.options,
				this.settings);
	}

	public QuestionDraft withHint(Text hint) {
		return new QuestionDraft(this.kind, this.label, hint, this.required, this.codeList, this.options,
				this.settings);
	}

	public QuestionDraft withRequired(boolean required) {
		return new QuestionDraft(this.kind, this.label, this.hint, required, this.codeList, this.options,
				this.settings);
	}

	public QuestionDraft withOptions(List<Option> options) {
		return new QuestionDraft(this.kind, this.label, this.hint, this.required, null, options, this.settings);
	}

	public QuestionDraft withCodeList(String codeList) {
		return new QuestionDraft(this.kind, this.label, this.hint, this.required, codeList, List.of(), this.settings);
	}

	public QuestionDraft withSettings(Settings settings) {
		return new QuestionDraft(this.kind, this.label, this.hint, this.required, this.codeList, this.options,
				settings);
	}

	public QuestionDraft withKind(String kind) {
		return new QuestionDraft(kind, this.label, this.hint, this.required, this.codeList, this.options,
				this.settings);
	}

}
