package org.candour.admin.forms;

import java.util.ArrayList;
import java.util.List;

import org.candour.definition.editing.FormView;
import org.candour.definition.editing.Option;
import org.candour.definition.editing.QuestionDraft;
import org.candour.definition.editing.Settings;
import org.candour.definition.editing.Text;

/**
 * What the question page posts: the question in English, its hint, whether it must be
 * answered, its answers one per line (choices), its character limit (text), what its kind
 * allows ({@link KindSettings}) and, when it is changed, the messages residents see when
 * their answer is refused ({@link QuestionMessages}).
 *
 * @param label the question
 * @param hint the hint under it, empty for none
 * @param required {@code yes} when residents must answer it
 * @param options choices: the answers, one per line
 * @param maxLength text: the character limit as typed, empty for none
 * @param minimum number: the smallest answer as typed, empty for none
 * @param maximum number: the largest answer as typed, empty for none
 * @param wholeNumber number: {@code yes} when answers must be whole numbers
 * @param dates date: {@code any}, {@code past} or {@code future}
 * @param accept file upload: the accepted content types ticked, none for every type the
 * platform accepts
 * @param maxFiles file upload: how many files as typed, empty for the platform's number
 * @param maxFileSizeMb file upload: the largest file in MB as typed, empty for the
 * platform's
 * @param requiredMessage the message when it is not answered, empty for the standard one
 * @param ruleMessage the message when the answer breaks its kind's rule, empty for the
 * standard one
 * @param hash the form document's hash when the page was loaded
 */
record QuestionFields(String label, String hint, String required, String options, String maxLength, String minimum,
		String maximum, String wholeNumber, String dates, List<String> accept, String maxFiles, String maxFileSizeMb,
		String requiredMessage, String ruleMessage, String hash) {

	static QuestionFields empty(String hash) {
		return new QuestionFields("", "", null, "", "", "", "", null, "any", List.of(), "", "", "", "", hash);
	}

	static QuestionFields of(FormView.Question question, String hash, FileLimits files) {
		String options = String.join("\n",
				question.options().stream().map(option -> option.label().english()).toList());
		Settings settings = question.settings();
		return new QuestionFields(question.label().english(),
				(question.hint() == null) ? "" : question.hint().english(), question.required() ? "yes" : null, options,
				KindSettings.text(settings.maxLength()), KindSettings.text(settings.minimum()),
				KindSettings.text(settings.maximum()), settings.wholeNumber() ? "yes" : null,
				(settings.dates() == null) ? "any" : settings.dates(), files.expand(settings.accept()),
				KindSettings.text(settings.maxFiles()), KindSettings.megabytes(settings.maxFileSizeKb()),
				QuestionMessages.english(question, QuestionMessages.REQUIRED), QuestionMessages.rule(question), hash);
	}

	public boolean isWholeNumber() {
		return "yes".equals(this.wholeNumber);
	}

	/** The ticked file types, none when nothing is ticked. */
	public List<String> acceptedTypes() {
		return (this.accept == null) ? List.of()
				: this.accept.stream().filter(type -> type != null && !type.isBlank()).toList();
	}

	public boolean isRequired() {
		return "yes".equals(this.required);
	}

	/** What must be put right before the question can be saved. */
	List<FieldProblem> problems(String kind, boolean codeList, FileLimits files) {
		List<FieldProblem> problems = new ArrayList<>();
		if (blank(this.label)) {
			problems.add(new FieldProblem("label", "Enter the question"));
		}
		if (QuestionKinds.hasOptions(kind) && !codeList && optionLines().size() < 2) {
			problems.add(new FieldProblem("options", "Enter at least 2 answers, one on each line"));
		}
		if (QuestionKinds.hasLimit(kind) && !blank(this.maxLength) && limit() == null) {
			problems.add(new FieldProblem("maxLength", "Enter the character limit as a whole number, like 500"));
		}
		problems.addAll(KindSettings.problems(kind, this, files));
		return problems;
	}

	/** A new question of {@code kind}. */
	QuestionDraft draft(String kind) {
		QuestionDraft draft = QuestionDraft.of(kind, this.label.trim())
			.withHint(blank(this.hint) ? null : Text.of(this.hint.trim()))
			.withRequired(isRequired());
		if (QuestionKinds.hasOptions(kind)) {
			draft = draft.withOptions(optionLines().stream().map(Option::of).toList());
		}
		if (QuestionKinds.hasLimit(kind) && limit() != null) {
			draft = draft.withSettings(Settings.maxLength(limit()));
		}
		return draft.withSettings(KindSettings.settings(kind, this, draft.settings()));
	}

	/**
	 * The question changed as posted: its Welsh, the values of answers whose words are
	 * kept, and whatever the page does not show stay as they were.
	 */
	QuestionDraft applyTo(FormView.Question question) {
		QuestionDraft before = question.draft();
		Text hint = blank(this.hint) ? null
				: Text.of(this.hint.trim(), (question.hint() == null) ? null : question.hint().welsh());
		QuestionDraft draft = before.withLabel(Text.of(this.label.trim(), before.label().welsh()))
			.withHint(hint)
			.withRequired(isRequired());
		if (QuestionKinds.hasOptions(question.kind()) && question.codeList() == null) {
			draft = draft.withOptions(optionLines().stream().map(line -> keep(question.options(), line)).toList());
		}
		if (QuestionKinds.hasLimit(question.kind())) {
			Settings settings = before.settings();
			draft = draft
				.withSettings(new Settings(limit(), settings.minimum(), settings.maximum(), settings.wholeNumber(),
						settings.dates(), settings.accept(), settings.maxFiles(), settings.maxFileSizeKb()));
		}
		return draft.withSettings(KindSettings.settings(question.kind(), this, draft.settings()));
	}

	private static Option keep(List<Option> options, String line) {
		return options.stream()
			.filter(option -> option.label().english().equals(line))
			.findFirst()
			.orElseGet(() -> Option.of(line));
	}

	List<String> optionLines() {
		if (this.options == null) {
			return List.of();
		}
		return this.options.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
	}

	private Integer limit() {
		if (blank(this.maxLength)) {
			return null;
		}
		try {
			int limit = Integer.parseInt(this.maxLength.trim());
			return (limit > 0) ? limit : null;
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
