package org.candour.web.officer.casework;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.cases.CaseReference;
import org.candour.cases.EditCaseData;
import org.candour.cases.CaseDataEdits;
import org.candour.web.forms.AnswerCheck;
import org.candour.web.forms.FieldError;
import org.candour.web.forms.Question;
import org.candour.web.forms.RefusalFields;
import org.candour.web.officer.casework.EditedSections.EditedSection;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changes one section of a case's form data, where the workflow state allows it: a page
 * of the form ({@code …/edit/1}) or the staff-only questions no page asks
 * ({@code …/edit/recorded}), with the case's answers, saved with the version they were
 * shown from; the change is recorded in the case history.
 */
@Controller
@RequestMapping("/t/{tenant}/cases/{reference}/edit/{name}")
@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR })
class EditDataController {

	private final OfficerCaseLookup lookup;

	private final EditedSections sections;

	private final CaseDataEdits edits;

	private final AnswerCheck check;

	private final RefusalFields refusals;

	private final Timeline timeline;

	private final MessageSource messages;

	EditDataController(OfficerCaseLookup lookup, EditedSections sections, CaseDataEdits edits, AnswerCheck check,
			RefusalFields refusals, Timeline timeline, MessageSource messages) {
		this.lookup = lookup;
		this.sections = sections;
		this.edits = edits;
		this.check = check;
		this.refusals = refusals;
		this.timeline = timeline;
		this.messages = messages;
	}

	@GetMapping
	String form(@PathVariable String reference, @PathVariable String name, Locale locale, Model model,
			HttpServletResponse response) {
		Optional<OpenCase> open = this.lookup.open(reference, locale);
		Optional<EditedSection> section = open.flatMap(found -> this.sections.of(found, name));
		if (section.isEmpty()) {
			return RefusalPages.notFound(response, model);
		}
		if (!open.get().editable()) {
			return RefusalPages.unavailable(open.get(), text("casework.data.change"), model, response);
		}
		return render(model, open.get(), section.get(), open.get().feedbackCase().current().data(), List.of(), null,
				open.get().version(), null);
	}

	@PostMapping
	String save(@PathVariable String reference, @PathVariable String name, @RequestParam long version,
			@RequestParam(required = false) String comment, @RequestParam MultiValueMap<String, String> posted,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Optional<OpenCase> open = this.lookup.open(reference, locale);
		Optional<EditedSection> section = open.flatMap(found -> this.sections.of(found, name));
		if (section.isEmpty()) {
			return RefusalPages.notFound(response, model);
		}
		InputForm form = section.get().inputs();
		InputForm.Read read = form.read(posted, this.check, locale);
		String note = comment == null || comment.isBlank() ? null : comment.strip();
		if (!read.errors().isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return render(model, open.get(), section.get(), read.answers(), read.errors(), null, version, note);
		}
		ObjectNode changes = read.answers().deepCopy();
		for (Question question : section.get().page().questions()) {
			if (!changes.has(question.name())) {
				changes.putNull(question.name());
			}
		}
		try {
			this.edits.edit(new EditCaseData(new CaseReference(reference), changes, version, note));
		}
		catch (Refusal ex) {
			if (Conflict.is(ex)) {
				OpenCase now = this.lookup.open(reference, locale).orElse(open.get());
				response.setStatus(HttpStatus.CONFLICT.value());
				return render(model, now, section.get(), read.answers(), List.of(),
						new Conflict(this.timeline.since(now, version), now.editable()), now.version(), note);
			}
			if (ex.is(Refusal.Kind.RULES_BROKEN)) {
				List<FieldError> errors = this.refusals.of(ex, form.at("/data"), locale,
						RefusalFields.Elsewhere.at("data", "case-summary"));
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				return render(model, open.get(), section.get(), read.answers(), errors, null, version, note);
			}
			return RefusalPages.of(ex, response, model);
		}
		redirect.addFlashAttribute("done", text("casework.done.edited"));
		return "redirect:" + open.get().screenUrl() + "#section-" + section.get().name();
	}

	private String render(Model model, OpenCase open, EditedSection section, ObjectNode answers,
			List<FieldError> errors, Conflict conflict, long version, String comment) {
		model.addAttribute("reference", open.reference());
		model.addAttribute("caseTitle", open.form().form().title());
		model.addAttribute("stateLabel", open.stateLabel(open.feedbackCase().current().state()));
		model.addAttribute("summary", null);
		model.addAttribute("screenUrl", open.screenUrl());
		model.addAttribute("actionLabel", section.heading());
		model.addAttribute("confirm", null);
		model.addAttribute("postUrl", open.screenUrl() + "/edit/" + section.name());
		model.addAttribute("fields", section.inputs().fields(answers, errors, this.check));
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("version", version);
		model.addAttribute("comment", comment);
		model.addAttribute("commentLabel", text("casework.edit.comment"));
		model.addAttribute("submitLabel", text("casework.edit.submit"));
		return ActionController.VIEW;
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

}
