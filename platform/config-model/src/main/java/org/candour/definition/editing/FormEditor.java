package org.candour.definition.editing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;

import org.candour.definition.ConfigDocument;
import org.candour.definition.FieldWidgets;
import org.candour.definition.Schemas;

/**
 * The form builder's operations on a form document as it is authored (the lean format):
 * each takes the document and gives a new one in a {@link FormChange}, never changing the
 * one given, and leaves every question it does not touch exactly as it was. What an
 * operation refuses (deleting a question a condition depends on, emptying a page…) comes
 * back as a problem with a stable code, the pointer of what stands in the way and a plain
 * message. Pages and questions are named as {@link #view} shows them: a page by its
 * index, a question by its data field name, which never changes once made (renaming a
 * label keeps it).
 * <p>
 * A form laid out without pages asks one question per page; the first operation that
 * changes its pages (adding, moving, copying or deleting a page, adding or moving a
 * question to a page) writes those pages out as a {@code Categorization}, each titled by
 * its question, so residents see the same pages.
 * <p>
 * Unknown pages and questions are the caller's mistake
 * ({@link IllegalArgumentException}). The result is validated like any draft
 * ({@code ConfigSetValidator}).
 */
public final class FormEditor {

	/** The kinds of question, one per field the resident pages render. */
	public static final Set<String> KINDS = FieldWidgets.KINDS;

	/**
	 * The kinds a question staff record may be (a question no page asks has no control,
	 * so its schema alone must give its kind).
	 */
	public static final Set<String> STAFF_KINDS = StaffQuestions.KINDS;

	private final FormReading reading;

	private final PageEdits pages;

	private final QuestionEdits questions;

	private final StaffQuestions staff;

	private final DraftLibrary library;

	private final DraftUses uses;

	/** An editor for forms that use no code lists or fieldsets. */
	public FormEditor() {
		this(List.of());
	}

	/**
	 * An editor for forms of a draft: its code lists give choice questions their answers,
	 * its fieldsets the names a new question must not take.
	 */
	public FormEditor(Collection<ConfigDocument> draft) {
		this(draft, null);
	}

	/**
	 * An editor for forms of a draft that also refuses to delete a question (or page)
	 * another document of the draft uses: a guard, report or feedback type that would no
	 * longer validate ({@code form.question-in-use}, pointing into that document).
	 */
	public FormEditor(Collection<ConfigDocument> draft, Schemas schemas) {
		this.uses = new DraftUses(draft, schemas);
		DraftLibrary library = new DraftLibrary(draft);
		this.reading = new FormReading(library);
		QuestionWriter writer = new QuestionWriter(this.reading::kind);
		this.pages = new PageEdits(library, writer);
		this.staff = new StaffQuestions(library, this.reading, writer);
		this.questions = new QuestionEdits(library, this.reading, writer, this.staff);
		this.library = library;
	}

	/** The form's pages and questions, as the form builder shows them. */
	public FormView view(ObjectNode form) {
		return this.reading.read(form);
	}

	/** A new page at {@code at} (0: first) titled {@code title}, asking {@code first}. */
	public FormChange addPage(ObjectNode form, int at, Text title, QuestionDraft first) {
		return this.pages.add(form, at, title, first);
	}

	/** The page's heading (English and Welsh) changed. */
	public FormChange renamePage(ObjectNode form, int page, Text title) {
		return this.pages.rename(form, page, title);
	}

	/** The page moved {@code by} places: -1 up, 1 down (no change past either end). */
	public FormChange movePage(ObjectNode form, int page, int by) {
		return this.pages.move(form, page, by);
	}

	/**
	 * A copy of the page after it, its questions under new names (conditions and needs
	 * between them follow the copies); contact details are not copied.
	 */
	public FormChange copyPage(ObjectNode form, int page) {
		return this.pages.copy(form, page);
	}

	/**
	 * The page and its questions gone (their data fields, messages, required); its
	 * contact details move to the page before. Refused ({@code form.question-in-use})
	 * while a question elsewhere depends on one of them, and for the only page
	 * ({@code form.page-last}).
	 */
	public FormChange deletePage(ObjectNode form, int page) {
		return this.uses.broken(this.pages.delete(form, page), form, "delete this page");
	}

	/**
	 * A new question on the page, before its question number {@code at} (from 0; the
	 * number of questions: last). Its data field name is made from its label
	 * ({@link FormChange#question()}).
	 */
	public FormChange addQuestion(ObjectNode form, int page, int at, QuestionDraft question) {
		return this.questions.add(form, page, at, question);
	}

	/**
	 * The question changed to {@code question} (start from
	 * {@link FormView.Question#draft()}): only what differs is written. Its kind may
	 * change only where its answers still fit (radios ↔ select, text ↔ long text;
	 * {@code form.kind-change}); a question staff record has no hint or Welsh
	 * ({@code form.staff-only-text}), is not required ({@code form.staff-only-required})
	 * and keeps a kind its schema gives ({@code form.staff-only-kind}).
	 */
	public FormChange editQuestion(ObjectNode form, String name, QuestionDraft question) {
		return this.questions.edit(form, name, question);
	}

	/**
	 * The question's Welsh: label, hint (when it has one) and answers by value;
	 * {@code null} or blank removes a translation.
	 */
	public FormChange translateQuestion(ObjectNode form, String name, String label, String hint,
			Map<String, String> options) {
		return this.questions.translate(form, name, label, hint, options);
	}

	/**
	 * The question moved past the next question up (-1) or down (1) in its page or group.
	 */
	public FormChange moveQuestion(ObjectNode form, String name, int by) {
		return this.questions.move(form, name, by);
	}

	/**
	 * The question moved to the end of another page; refused when it is all its page has
	 * ({@code form.page-empty}). A question staff record is asked of residents from then
	 * on, at the end of the page.
	 */
	public FormChange moveQuestionToPage(ObjectNode form, String name, int page) {
		return this.questions.moveToPage(form, name, page);
	}

	/**
	 * A new question that staff record and no page asks (officers record it on the case
	 * screen and through actions). Refused for a kind its schema alone cannot give, or a
	 * long text without a character limit of at least 500 ({@code form.staff-only-kind}),
	 * with a hint or Welsh ({@code form.staff-only-text}), and when required
	 * ({@code form.staff-only-required}: residents could not send the form).
	 */
	public FormChange addStaffQuestion(ObjectNode form, QuestionDraft question) {
		return this.staff.add(form, question);
	}

	/**
	 * The question taken off its page and kept as a question staff record: its data field
	 * and answers stay; its hint, Welsh label, condition, page-only settings (a date's
	 * past or future rule, file limits) and error messages go, and it becomes optional.
	 * Refused for a contact detail ({@code form.staff-only-contact}), a kind staff cannot
	 * record ({@code form.staff-only-kind}), while a condition of the form tests it
	 * ({@code form.question-in-use}) and when it is all its page has
	 * ({@code form.page-empty}).
	 */
	public FormChange makeStaffOnly(ObjectNode form, String name) {
		return this.staff.makeStaffOnly(form, name);
	}

	/** A copy of the question after it, under a new name. */
	public FormChange copyQuestion(ObjectNode form, String name) {
		return this.questions.copy(form, name);
	}

	/**
	 * The question and its data field gone. Refused while a condition or an answer rule
	 * of the form depends on it ({@code form.question-in-use}) and when it is all its
	 * page has ({@code form.page-empty}). References from other documents (guards,
	 * reports) are found by validating the draft.
	 */
	public FormChange deleteQuestion(ObjectNode form, String name) {
		return this.uses.broken(this.questions.delete(form, name), form, "delete " + name);
	}

	/**
	 * The question's condition (a JSON Forms rule on its control, as the condition
	 * builder makes it), or none when {@code rule} is {@code null}. Refused when the rule
	 * does not test another question of the form
	 * ({@code form.condition-question-missing}).
	 */
	public FormChange setCondition(ObjectNode form, String name, ObjectNode rule) {
		return this.questions.condition(form, name, rule);
	}

	/**
	 * The question's message (English and Welsh) when its answer fails {@code keyword}
	 * ({@code required}, {@code maxLength}, {@code format}, {@code pattern},
	 * {@code dates}, {@code needs}…); {@code null} removes it, so the platform's default
	 * is shown.
	 */
	public FormChange setMessage(ObjectNode form, String name, String keyword, Text message) {
		return this.questions.message(form, name, keyword, message);
	}

	/** Every English text residents see on the form that has no Welsh, in order. */
	public List<MissingWelsh> missingWelsh(ObjectNode form) {
		return WelshCheck.of(form, this.library);
	}

}
