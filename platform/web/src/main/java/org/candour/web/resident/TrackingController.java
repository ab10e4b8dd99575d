package org.candour.web.resident;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.cases.CaseReference;
import org.candour.cases.ResidentRequest;
import org.candour.cases.ResidentTracking.TrackedCase;
import org.candour.cases.ResidentTracking;
import org.candour.definition.model.Transition;
import org.candour.security.TrackingLinks;
import org.candour.surveys.ServiceSurveys;
import org.candour.web.forms.AnswerCheck;
import org.candour.web.forms.Answers;
import org.candour.web.forms.FieldError;
import org.candour.web.forms.FormPage;
import org.candour.web.forms.FormPages;
import org.candour.web.forms.LocalText;
import org.candour.web.forms.PageFields;
import org.candour.web.forms.Question;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Following a case with the signed link a resident was sent: the status in plain words,
 * the key dates, the other stages of the case (each with a signed link of its own, its
 * status and dates), and the actions the workflow lets residents take (such as asking for
 * a stage 2 review), each with its inputs asked like any form question; and, once the
 * case is closed, the survey about how it was handled (a signed survey link), or thanks
 * once it is answered.
 */
@Controller
@EndpointRoles(EndpointRoles.PUBLIC)
class TrackingController {

	/** What the page says of a survey that has been answered. */
	static final String SURVEY_ANSWERED = "answered";

	private final TrackingLinks links;

	private final ResidentTracking tracking;

	private final AnswerCheck check;

	private final TrackingView view;

	private final ServiceSurveys surveys;

	TrackingController(TrackingLinks links, ResidentTracking tracking, AnswerCheck check, TrackingView view,
			ServiceSurveys surveys) {
		this.links = links;
		this.surveys = surveys;
		this.tracking = tracking;
		this.check = check;
		this.view = view;
	}

	@GetMapping("/t/{tenant}/track/{token}")
	String track(@PathVariable String tenant, @PathVariable String token,
			@RequestParam(required = false) String requested, Locale locale, Model model,
			HttpServletResponse response) {
		Optional<TrackedCase> tracked = tracked(token);
		if (tracked.isEmpty()) {
			return invalid(response);
		}
		TrackedCase found = tracked.get();
		List<TrackingView.Stage> stages = this.tracking.stages(found)
			.stream()
			.map(stage -> this.view.stage(stage, trackUrl(tenant, this.links.issue(stage.feedbackCase())), locale))
			.toList();
		model.addAttribute("case", this.view.summary(found, stages, locale));
		model.addAttribute("actions", this.view.actions(found, trackUrl(tenant, token), locale));
		if (requested != null && !found.links().isEmpty()) {
			model.addAttribute("requestedReference", found.links().get(found.links().size() - 1).reference());
		}
		model.addAttribute("requested", requested != null);
		this.links.verify(token)
			.flatMap(link -> this.surveys.offer(link.caseId(), found.reference()))
			.ifPresent(offer -> model.addAttribute("survey",
					offer.answered() ? SURVEY_ANSWERED : "/t/" + tenant + "/survey/" + offer.token()));
		return "resident/track";
	}

	@GetMapping("/t/{tenant}/track/{token}/{action}")
	String action(@PathVariable String tenant, @PathVariable String token, @PathVariable String action, Locale locale,
			Model model, HttpServletResponse response) {
		Optional<TrackedCase> tracked = tracked(token);
		if (tracked.isEmpty()) {
			return invalid(response);
		}
		Optional<Transition> transition = tracked.get().publicAction(action);
		if (transition.isEmpty()) {
			return "redirect:" + trackUrl(tenant, token);
		}
		return renderAction(model, tenant, token, tracked.get(), transition.get(),
				JsonNodeFactory.instance.objectNode(), List.of(), locale);
	}

	@PostMapping("/t/{tenant}/track/{token}/{action}")
	String request(@PathVariable String tenant, @PathVariable String token, @PathVariable String action,
			@RequestParam MultiValueMap<String, String> posted, Locale locale, Model model,
			HttpServletResponse response) {
		Optional<TrackedCase> tracked = tracked(token);
		if (tracked.isEmpty()) {
			return invalid(response);
		}
		Optional<Transition> transition = tracked.get().publicAction(action);
		if (transition.isEmpty()) {
			return "redirect:" + trackUrl(tenant, token);
		}
		FormPages form = TrackingView.inputsForm(transition.get(), locale);
		ObjectNode inputs = JsonNodeFactory.instance.objectNode();
		for (Question question : form.questions()) {
			JsonNode answer = Answers.read(question, posted);
			if (answer != null) {
				inputs.set(question.name(), answer);
			}
		}
		List<FieldError> errors = this.check.check(form, inputs, form.questions(), locale);
		if (!errors.isEmpty()) {
			return renderAction(model, tenant, token, tracked.get(), transition.get(), inputs, errors, locale);
		}
		try {
			this.tracking.request(new ResidentRequest(new CaseReference(tracked.get().reference()), action, inputs));
		}
		catch (Refusal ex) {
			if (ex.is(Refusal.Kind.STALE)) {
				return "redirect:" + trackUrl(tenant, token);
			}
			throw ex;
		}
		return "redirect:" + trackUrl(tenant, token) + "?requested=" + action;
	}

	private String renderAction(Model model, String tenant, String token, TrackedCase tracked, Transition transition,
			ObjectNode inputs, List<FieldError> errors, Locale locale) {
		FormPages form = TrackingView.inputsForm(transition, locale);
		FormPage page = new FormPage(1, form.title(), List.of(), form.questions());
		model.addAttribute("case", this.view.summary(tracked, locale));
		model.addAttribute("title", form.title());
		model.addAttribute("confirm", LocalText.of(transition.confirm(), locale));
		model.addAttribute("fields", PageFields.of(page, inputs, errors, this.check));
		model.addAttribute("errors", errors);
		model.addAttribute("action", trackUrl(tenant, token) + "/" + transition.action());
		model.addAttribute("backUrl", trackUrl(tenant, token));
		return "resident/track-action";
	}

	private Optional<TrackedCase> tracked(String token) {
		return this.links.verify(token).flatMap(link -> this.tracking.find(link.caseId(), link.reference()));
	}

	private static String invalid(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "resident/track-invalid";
	}

	static String trackUrl(String tenant, String token) {
		return "/t/" + tenant + "/track/" + token;
	}

}
