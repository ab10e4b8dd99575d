package org.candour.web.officer.casework;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.cases.CaseActions;
import org.candour.cases.CaseReference;
import org.candour.cases.TakeAction;
import org.candour.definition.model.Transition;
import org.candour.web.forms.AnswerCheck;
import org.candour.web.forms.FieldError;
import org.candour.web.forms.LocalText;
import org.candour.web.forms.RefusalFields;
import tools.jackson.databind.node.JsonNodeFactory;
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
 * One workflow action on a case: its input form (from the action's input schema), then
 * the action taken with the version the form was rendered from. A role the action does
 * not allow is refused (403) before anything posted is read. Problems come back on the
 * form in plain words; a change by someone else shows what they did and keeps the
 * officer's answers to retry.
 */
@Controller
@RequestMapping("/t/{tenant}/cases/{reference}/actions/{action}")
@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR })
class ActionController {

	static final String VIEW = "officer/casework/action";

	private final OfficerCaseLookup lookup;

	private final CaseActions actions;

	private final ActionInputs inputs;

	private final AnswerCheck check;

	private final RefusalFields refusals;

	private final Timeline timeline;

	private final MessageSource messages;

	private final Actors actors;

	ActionController(OfficerCaseLookup lookup, CaseActions actions, ActionInputs inputs, AnswerCheck check,
			RefusalFields refusals, Timeline timeline, MessageSource messages, Actors actors) {
		this.messages = messages;
		this.actors = actors;
		this.lookup = lookup;
		this.actions = actions;
		this.inputs = inputs;
		this.check = check;
		this.refusals = refusals;
		this.timeline = timeline;
	}

	@GetMapping
	String form(@PathVariable String reference, @PathVariable String action, Locale locale, Model model,
			HttpServletResponse response) {
		Optional<OpenCase> open = this.lookup.open(reference, locale);
		if (open.isEmpty()) {
			return RefusalPages.notFound(response, model);
		}
		Optional<Transition> transition = available(open.get(), action);
		if (transition.isEmpty() && takeableNow(open.get(), action)) {
			return RefusalPages.forbidden(response, model);
		}
		if (transition.isEmpty()) {
			return RefusalPages.unavailable(open.get(),
					transition(open.get(), action).map(t -> CaseForms.label(t, locale)).orElse(action), model,
					response);
		}
		InputForm form = this.inputs.of(open.get(), transition.get(), "");
		return render(model, open.get(), transition.get(), form, JsonNodeFactory.instance.objectNode(), List.of(), null,
				open.get().version(), null);
	}

	@PostMapping
	String take(@PathVariable String reference, @PathVariable String action, @RequestParam long version,
			@RequestParam(required = false) String comment, @RequestParam MultiValueMap<String, String> posted,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Optional<OpenCase> open = this.lookup.open(reference, locale);
		if (open.isEmpty()) {
			return RefusalPages.notFound(response, model);
		}
		Optional<Transition> transition = transition(open.get(), action);
		if (transition.isEmpty()) {
			return RefusalPages.notFound(response, model);
		}
		if (!this.actors.current().hasAnyRole(transition.get().roles())) {
			return RefusalPages.forbidden(response, model);
		}
		InputForm form = this.inputs.of(open.get(), transition.get(), "");
		InputForm.Read read = form.read(posted, this.check, locale);
		String note = comment == null || comment.isBlank() ? null : comment.strip();
		if (!read.errors().isEmpty()) {
			return render(model, open.get(), transition.get(), form, read.answers(), read.errors(), null, version,
					note);
		}
		try {
			this.actions.take(new TakeAction(new CaseReference(reference), action, read.answers(), version, note));
		}
		catch (Refusal ex) {
			if (Conflict.is(ex)) {
				OpenCase now = this.lookup.open(reference, locale).orElse(open.get());
				Conflict conflict = new Conflict(this.timeline.since(now, version), available(now, action).isPresent());
				response.setStatus(HttpStatus.CONFLICT.value());
				return render(model, now, transition.get(), form, read.answers(), List.of(), conflict, now.version(),
						note);
			}
			if (ex.is(Refusal.Kind.RULES_BROKEN)) {
				List<FieldError> errors = this.refusals.of(ex, form.at("/inputs"), locale,
						new GuardPlaces(form, transition.get(), open.get()));
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				return render(model, open.get(), transition.get(), form, read.answers(), errors, null, version, note);
			}
			return RefusalPages.of(ex, response, model);
		}
		redirect.addFlashAttribute("done", this.messages.getMessage("casework.done",
				new Object[] { CaseForms.label(transition.get(), locale) }, Locale.ENGLISH));
		return "redirect:" + open.get().screenUrl();
	}

	private Optional<Transition> available(OpenCase open, String action) {
		return this.actions.available(open.feedbackCase())
			.stream()
			.filter(transition -> transition.action().equals(action))
			.findFirst();
	}

	/** The case's state allows the action (whoever may take it). */
	private static boolean takeableNow(OpenCase open, String action) {
		return open.configuration().workflow().transition(action, open.feedbackCase().current().state()).isPresent();
	}

	/** The action as the workflow defines it, whether or not it can be taken now. */
	private static Optional<Transition> transition(OpenCase open, String action) {
		return open.configuration()
			.workflow()
			.transitions()
			.stream()
			.filter(transition -> transition.action().equals(action))
			.filter(transition -> transition.from().contains(open.feedbackCase().current().state())
					|| transition.from().contains("*"))
			.findFirst()
			.or(() -> open.configuration()
				.workflow()
				.transitions()
				.stream()
				.filter(transition -> transition.action().equals(action))
				.findFirst());
	}

	private String render(Model model, OpenCase open, Transition transition, InputForm form, ObjectNode answers,
			List<FieldError> errors, Conflict conflict, long version, String comment) {
		model.addAttribute("reference", open.reference());
		model.addAttribute("caseTitle", open.form().form().title());
		model.addAttribute("stateLabel", open.stateLabel(open.feedbackCase().current().state()));
		model.addAttribute("summary", open.feedbackCase().current().summary());
		model.addAttribute("screenUrl", open.screenUrl());
		model.addAttribute("actionLabel", CaseForms.label(transition, open.locale()));
		model.addAttribute("confirm", LocalText.of(transition.confirm(), open.locale()));
		model.addAttribute("postUrl", open.screenUrl() + "/actions/" + transition.action());
		model.addAttribute("fields", form.fields(answers, errors, this.check));
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("version", version);
		model.addAttribute("comment", comment);
		model.addAttribute("commentLabel", text("casework.action.comment"));
		model.addAttribute("submitLabel", text("casework.action.submit", CaseForms.label(transition, open.locale())));
		return VIEW;
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

}
