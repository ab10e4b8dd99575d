package org.candour.admin.forms;

import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.AdminPaths;
import org.candour.admin.Texts;
import org.candour.admin.Welsh;
import org.candour.api.Refusal;
import org.candour.config.DraftDocument;
import org.candour.config.DraftManagement;
import org.candour.config.DraftSet;
import org.candour.definition.ConfigDocument;
import org.candour.definition.Schemas;
import org.candour.definition.editing.FormChange;
import org.candour.definition.editing.FormEditor;
import org.candour.definition.model.FeedbackType;
import org.candour.tenancy.TenantContext;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Finds a feedback type's form in the draft, with an editor that knows the draft, and
 * saves a changed form only if it is still as the page read it.
 */
@Component
class TypeForms {

	private final DraftManagement drafts;

	private final Schemas schemas;

	TypeForms(DraftManagement drafts, Schemas schemas) {
		this.drafts = drafts;
		this.schemas = schemas;
	}

	/** The type's form; 404 for an unknown type, {@code form} null when it has none. */
	TypeForm load(String typeId) {
		DraftSet draft = this.drafts.draft();
		ConfigDocument type = draft.find("feedback-type", typeId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String formId = FeedbackType.read(type).form();
		ConfigDocument form = (formId == null) ? null : draft.find("form", formId).orElse(null);
		String typeUrl = AdminPaths.type(TenantContext.require().value(), typeId);
		return new TypeForm(Texts.english(type.title(), typeId), typeUrl, form,
				(form == null) ? null : draft.hashOf("form", formId), new FormEditor(draft.documents(), this.schemas));
	}

	/** The form's questions as residents meet them (code lists expanded). */
	FormQuestions questions(TypeForm form) {
		return FormQuestions.of(form.form(), this.drafts.draft().documents());
	}

	/** Whether the tenant offers Welsh (its draft's branding says so). */
	boolean welsh() {
		return Welsh.offeredBy(this.drafts.draft());
	}

	/** The type's form, 404 when it has none. */
	TypeForm require(String typeId) {
		TypeForm form = load(typeId);
		if (form.form() == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return form;
	}

	/**
	 * Saves the change unless the form builder refused it: {@code null} when saved, else
	 * the refusal (the builder's or the store's) in words. A save over someone else's
	 * change since {@code hash} was read is thrown as stale and writes nothing.
	 */
	String save(TypeForm form, FormChange change, String hash) {
		if (change.refused()) {
			return FormRefusals.words(change.refusal());
		}
		try {
			this.drafts.put(new DraftDocument("form", form.form().id(), change.document()), (hash == null) ? "" : hash);
			return null;
		}
		catch (Refusal refusal) {
			if (refusal.is(Refusal.Kind.STALE)) {
				throw refusal;
			}
			return FormRefusals.words(refusal);
		}
	}

	/**
	 * Saves {@code change} as {@link #save(TypeForm, FormChange, String)} does and
	 * answers the request: the conflict page when someone else changed the form since the
	 * page was read, {@code refused} with the refusal in words, else {@code saved}.
	 */
	String save(TypeForm form, FormChange change, String hash, Model model, HttpServletResponse response,
			Function<String, String> refused, Supplier<String> saved) {
		String words;
		try {
			words = save(form, change, hash);
		}
		catch (Refusal stale) {
			return conflict(stale, form.url(), model, response);
		}
		return (words != null) ? refused.apply(words) : saved.get();
	}

	/** Back to {@code url} with {@code words} in its success banner. */
	static String savedThen(RedirectAttributes redirect, String words, String url) {
		redirect.addFlashAttribute("success", words);
		return "redirect:" + url;
	}

	/** Back to {@code url} with the refusal {@code words} on it (a button's refusal). */
	static String refusedThen(RedirectAttributes redirect, String words, String url) {
		redirect.addFlashAttribute("refused", words);
		return "redirect:" + url;
	}

	/** The conflict page for a stale save (other refusals are thrown on). */
	static String conflict(Refusal refusal, String reloadUrl, Model model, HttpServletResponse response) {
		if (!refusal.is(Refusal.Kind.STALE)) {
			throw refusal;
		}
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("reloadUrl", reloadUrl);
		model.addAttribute("changedWhat", "form");
		return "admin/conflict";
	}

	static String invalid(HttpServletResponse response, String view) {
		response.setStatus(422);
		return view;
	}

	/**
	 * A feedback type's form as the pages use it.
	 *
	 * @param typeTitle the type's English title
	 * @param typeUrl the type's task list
	 * @param form the form document, or {@code null} when the type has none
	 * @param hash the form document's hash as read
	 * @param editor the form builder's operations, knowing the draft
	 */
	record TypeForm(String typeTitle, String typeUrl, ConfigDocument form, String hash, FormEditor editor) {

		String url() {
			return this.typeUrl + "/form";
		}

		org.candour.definition.editing.FormView view() {
			return this.editor.view(this.form.content());
		}

	}

}
