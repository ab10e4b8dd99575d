package org.candour.web.officer.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.Actors;
import org.candour.api.ApiError;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.cases.CaseActions;
import org.candour.cases.CaseReference;
import org.candour.cases.FeedbackCase;
import org.candour.cases.TriageCase;
import org.candour.definition.model.Transition;
import org.candour.web.forms.AnswerCheck;
import org.candour.web.forms.Choice;
import org.candour.web.forms.FieldError;
import org.candour.web.forms.Question;
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
 * Triage in one step, for workflows that declare a {@code triage}: pick the
 * classification, answer its questions (the service, shown with its directorate), and
 * optionally allocate at once when the workflow allocates after it. The engine takes the
 * classification and the allocation as one operation: one conditional write, both
 * recorded in the history, or nothing.
 */
@Controller
@RequestMapping("/t/{tenant}/cases/{reference}/triage")
@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER })
class TriageController {

	static final String FIELD = "classification";

	private static final String ALLOCATE = "allocate__";

	private final OfficerCaseLookup lookup;

	private final CaseActions actions;

	private final ActionInputs inputs;

	private final AnswerCheck check;

	private final RefusalFields refusals;

	private final Timeline timeline;

	private final Actors actors;

	private final MessageSource messages;

	TriageController(OfficerCaseLookup lookup, CaseActions actions, ActionInputs inputs, AnswerCheck check,
			RefusalFields refusals, Timeline timeline, Actors actors, MessageSource messages) {
		this.lookup = lookup;
		this.actions = actions;
		this.inputs = inputs;
		this.check = check;
		this.refusals = refusals;
		this.timeline = timeline;
		this.actors = actors;
		this.messages = messages;
	}

	@GetMapping
	String form(@PathVariable String reference, Locale locale, Model model, HttpServletResponse response) {
		Optional<OpenCase> open = this.lookup.open(reference, locale);
		if (open.isEmpty()) {
			return RefusalPages.notFound(response, model);
		}
		List<Transition> triage = triage(open.get());
		if (triage.isEmpty()) {
			return RefusalPages.unavailable(open.get(), text("casework.triage.title"), model, response);
		}
		return render(model, open.get(), triage, null, JsonNodeFactory.instance.objectNode(),
				JsonNodeFactory.instance.objectNode(), List.of(), null, open.get().version());
	}

	@PostMapping
	String triage(@PathVariable String reference, @RequestParam long version,
			@RequestParam(name = FIELD, required = false) String classification,
			@RequestParam MultiValueMap<String, String> posted, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Optional<OpenCase> open = this.lookup.open(reference, locale);
		if (open.isEmpty()) {
			return RefusalPages.notFound(response, model);
		}
		List<Transition> triage = triage(open.get());
		Optional<Transition> picked = triage.stream().filter(t -> t.action().equals(classification)).findFirst();
		if (triage.isEmpty()) {
			return RefusalPages.unavailable(open.get(), text("casework.triage.title"), model, response);
		}
		if (picked.isEmpty()) {
			List<FieldError> errors = List
				.of(new FieldError(FIELD, null, FIELD, text("casework.triage.error.classification")));
			return render(model, open.get(), triage, null, JsonNodeFactory.instance.objectNode(),
					JsonNodeFactory.instance.objectNode(), errors, null, version);
		}
		Transition chosen = picked.get();
		InputForm form = form(open.get(), chosen);
		InputForm.Read read = form.read(posted, this.check, locale);
		List<FieldError> errors = new ArrayList<>(read.errors());
		Optional<Transition> allocation = allocation(open.get(), chosen);
		InputForm.Read allocated = null;
		if (allocation.isPresent()) {
			allocated = allocationForm(open.get(), allocation.get(), chosen).read(posted, this.check, locale);
			if (allocated.answers().isEmpty()) {
				allocated = null;
			}
			else {
				errors.addAll(allocated.errors());
			}
		}
		ObjectNode allocationAnswers = allocated == null ? JsonNodeFactory.instance.objectNode() : allocated.answers();
		if (!errors.isEmpty()) {
			return render(model, open.get(), triage, chosen.action(), read.answers(), allocationAnswers, errors, null,
					version);
		}
		try {
			this.actions.triage(new TriageCase(new CaseReference(reference), chosen.action(), read.answers(),
					allocated == null ? null : allocated.answers(), version, null));
		}
		catch (Refusal ex) {
			if (Conflict.is(ex)) {
				OpenCase now = this.lookup.open(reference, locale).orElse(open.get());
				List<Transition> still = triage(now);
				response.setStatus(HttpStatus.CONFLICT.value());
				return render(model, now, still.isEmpty() ? triage : still, chosen.action(), read.answers(),
						allocationAnswers, List.of(), new Conflict(this.timeline.since(now, version), !still.isEmpty()),
						now.version());
			}
			if (ex.is(Refusal.Kind.RULES_BROKEN)) {
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
				return render(model, open.get(), triage, chosen.action(), read.answers(), allocationAnswers,
						explain(ex, form, chosen, allocation, open.get(), locale), null, version);
			}
			return RefusalPages.of(ex, response, model);
		}
		String done = allocated == null ? text("casework.done.triaged")
				: text("casework.done.allocated", allocated.answers().path("officer").asString(""));
		redirect.addFlashAttribute("done", done);
		return "redirect:" + open.get().screenUrl();
	}

	private List<Transition> triage(OpenCase open) {
		return TriageChoices.of(open, this.actions.available(open.feedbackCase()));
	}

	/**
	 * The action the workflow allocates with after a classification, if the officer may
	 * take it.
	 */
	private Optional<Transition> allocation(OpenCase open, Transition triage) {
		return TriageChoices.allocation(open, triage, this.actors.current());
	}

	/**
	 * The engine's refusal on the form: the allocation's problems (at
	 * {@code /allocation/…}) on its questions, the others as for any action.
	 */
	private List<FieldError> explain(Refusal refusal, InputForm form, Transition chosen,
			Optional<Transition> allocation, OpenCase open, Locale locale) {
		List<ApiError> own = new ArrayList<>();
		List<ApiError> allocating = new ArrayList<>();
		for (ApiError violation : refusal.violations()) {
			if (violation.pointer().startsWith(TriageCase.ALLOCATION) && allocation.isPresent()) {
				allocating.add(violation);
			}
			else {
				own.add(violation);
			}
		}
		List<FieldError> all = new ArrayList<>(
				this.refusals.of(own, form.at("/inputs"), locale, new GuardPlaces(form, chosen, open)));
		if (allocation.isPresent()) {
			all.addAll(this.refusals.of(allocating,
					allocationForm(open, allocation.get(), chosen).at(TriageCase.ALLOCATION), locale,
					RefusalFields.Elsewhere.at("allocation", "case-summary")));
		}
		return all;
	}

	/** The allocating action's inputs, asked as optional ("allocate now to"). */
	private InputForm allocationForm(OpenCase open, Transition allocation, Transition triage) {
		InputForm form = this.inputs.of(open, allocation, triage.action() + "__" + ALLOCATE);
		List<Question> questions = new ArrayList<>();
		for (Question question : form.questions()) {
			boolean officer = "officer".equals(ActionInputs.assignedTo(allocation, question.name()));
			questions.add(new Question(question.name(), question.kind(),
					officer ? text("casework.triage.allocate") : question.label(), question.hint(), question.required(),
					question.maxLength(), question.characterCount(), question.autocomplete(), question.choices(),
					question.parts(), question.rules(), null, question.shown()));
		}
		return new InputForm(form.form(), questions, form.prefix());
	}

	/** A triage action's inputs, with each org unit choice naming its directorate. */
	private InputForm form(OpenCase open, Transition triage) {
		InputForm form = this.inputs.of(open, triage, triage.action() + "__");
		List<Question> questions = new ArrayList<>();
		for (Question question : form.questions()) {
			List<Choice> choices = question.choices().stream().map(choice -> withDirectorate(open, choice)).toList();
			questions.add(new Question(question.name(), question.kind(), question.label(), question.hint(),
					question.required(), question.maxLength(), question.characterCount(), question.autocomplete(),
					choices, question.parts(), question.rules(), null, question.shown()));
		}
		return new InputForm(form.form(), questions, form.prefix());
	}

	private Choice withDirectorate(OpenCase open, Choice choice) {
		return open.orgUnits()
			.directorate(choice.value())
			.filter(directorate -> !directorate.id().equals(choice.value()))
			.map(directorate -> new Choice(choice.value(),
					text("casework.triage.directorate", choice.label(), directorate.name())))
			.orElse(choice);
	}

	private String render(Model model, OpenCase open, List<Transition> triage, String picked, ObjectNode answers,
			ObjectNode allocationAnswers, List<FieldError> errors, Conflict conflict, long version) {
		List<TriageOption> options = new ArrayList<>();
		for (Transition transition : triage) {
			boolean chosen = transition.action().equals(picked);
			ObjectNode given = chosen ? answers : JsonNodeFactory.instance.objectNode();
			List<FieldError> own = chosen ? errors : List.of();
			Optional<Transition> allocation = allocation(open, transition);
			options
				.add(new TriageOption(transition.action(), CaseForms.label(transition, open.locale()),
						form(open, transition).fields(given, own, this.check),
						allocation.map(next -> text("casework.triage.allocate")).orElse(null),
						allocation.map(next -> allocationForm(open, next, transition).fields(
								chosen ? allocationAnswers : JsonNodeFactory.instance.objectNode(), own, this.check))
							.orElse(List.of())));
		}
		model.addAttribute("reference", open.reference());
		model.addAttribute("caseTitle", open.form().form().title());
		model.addAttribute("stateLabel", open.stateLabel(open.feedbackCase().current().state()));
		model.addAttribute("summary", open.feedbackCase().current().summary());
		model.addAttribute("screenUrl", open.screenUrl());
		model.addAttribute("options", options);
		model.addAttribute("picked", picked);
		model.addAttribute("errors", errors);
		model.addAttribute("classificationError",
				errors.stream().filter(error -> FIELD.equals(error.field())).findFirst().orElse(null));
		model.addAttribute("conflict", conflict);
		model.addAttribute("version", version);
		return "officer/casework/triage";
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

}
