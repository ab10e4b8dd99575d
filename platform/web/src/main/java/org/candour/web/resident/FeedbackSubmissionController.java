package org.candour.web.resident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.attachments.PendingUploads;
import org.candour.cases.CaseIntake;
import org.candour.cases.CaseLookup;
import org.candour.cases.LogCase;
import org.candour.security.TrackingLinks;
import org.candour.web.forms.AnswerCheck;
import org.candour.web.forms.FieldError;
import org.candour.web.forms.FormPages;
import org.candour.web.forms.Question;
import org.candour.web.forms.RefusalFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * The end of a resident's journey: check your answers, submission and confirmation. The
 * submission is checked again, in full, by {@link CaseIntake} (as the API does), stores
 * nothing when it fails, is logged once however often it is posted (the journey's
 * idempotency key; once sent, posting again shows the confirmation), and is quietly
 * dropped when the honeypot field is filled. Once sent, the journey's answers leave the
 * session: only the confirmation's reference stays, and the journey's pages start afresh.
 */
@Controller
@EndpointRoles(EndpointRoles.PUBLIC)
class FeedbackSubmissionController {

	static final String HONEYPOT = "website";

	private static final Logger log = LoggerFactory.getLogger(FeedbackSubmissionController.class);

	private final ResidentForms forms;

	private final AnswerCheck check;

	private final RefusalFields refusals;

	private final JourneyPages pages;

	private final CaseIntake intake;

	private final TrackingLinks trackingLinks;

	private final CaseLookup cases;

	private final PendingUploads uploads;

	FeedbackSubmissionController(ResidentForms forms, AnswerCheck check, RefusalFields refusals, JourneyPages pages,
			CaseIntake intake, TrackingLinks trackingLinks, CaseLookup cases, PendingUploads uploads) {
		this.forms = forms;
		this.check = check;
		this.refusals = refusals;
		this.pages = pages;
		this.intake = intake;
		this.trackingLinks = trackingLinks;
		this.cases = cases;
		this.uploads = uploads;
	}

	@GetMapping("/t/{tenant}/feedback/{type}/check")
	String checkAnswers(@PathVariable String tenant, @PathVariable String type, HttpSession session, Locale locale,
			Model model) {
		FormPages form = this.forms.require(type, locale);
		FeedbackJourney journey = FeedbackJourney.find(session, tenant, type);
		if (journey == null) {
			return "redirect:" + FeedbackJourney.path(tenant, type);
		}
		return renderCheck(model, tenant, form, journey, List.of(), locale);
	}

	@PostMapping("/t/{tenant}/feedback/{type}/submit")
	String submit(@PathVariable String tenant, @PathVariable String type,
			@RequestParam MultiValueMap<String, String> posted, HttpSession session, Locale locale, Model model) {
		FormPages form = this.forms.require(type, locale);
		FeedbackJourney journey = FeedbackJourney.find(session, tenant, type);
		if (journey == null) {
			// sent already (pressed twice, or posted again from history): its
			// confirmation
			return "redirect:" + FeedbackJourney.path(tenant, type)
					+ (SentFeedback.find(session, tenant, type) != null ? "/confirmation" : "");
		}
		String honeypot = posted.getFirst(HONEYPOT);
		if (honeypot != null && !honeypot.isBlank()) {
			journey.end(session, tenant, type, null);
			return "redirect:" + FeedbackJourney.path(tenant, type) + "/confirmation";
		}
		ObjectNode data = visibleAnswers(form, journey);
		data.setAll(journey.contact());
		LogCase command = new LogCase(type, data, null, "web", null, null, null, null,
				"cy".equals(locale.getLanguage()) ? "cy" : "en");
		try {
			CaseIntake.Logged logged = this.intake.log(command, journey.idempotencyKey());
			settleUploads(journey, logged);
			journey.end(session, tenant, type, logged.feedbackCase().reference());
		}
		catch (Refusal ex) {
			if (!ex.is(Refusal.Kind.RULES_BROKEN)) {
				throw ex;
			}
			return renderCheck(model, tenant, form, journey,
					explain(form, ex, FeedbackJourney.path(tenant, type), locale), locale);
		}
		return "redirect:" + FeedbackJourney.path(tenant, type) + "/confirmation";
	}

	@GetMapping("/t/{tenant}/feedback/{type}/confirmation")
	String confirmation(@PathVariable String tenant, @PathVariable String type, HttpSession session, Locale locale,
			Model model) {
		FormPages form = this.forms.require(type, locale);
		SentFeedback sent = SentFeedback.find(session, tenant, type);
		if (sent == null) {
			return "redirect:/t/" + tenant + "/feedback";
		}
		model.addAttribute("form", form);
		model.addAttribute("reference", sent.reference());
		if (sent.reference() != null) {
			this.cases.loggedWith(sent.idempotencyKey())
				.map(this.trackingLinks::issue)
				.ifPresent(token -> model.addAttribute("trackUrl", TrackingController.trackUrl(tenant, token)));
		}
		model.addAttribute("type", this.forms.type(type, locale).orElseThrow(ResidentForms::notFound));
		return "resident/confirmation";
	}

	private String renderCheck(Model model, String tenant, FormPages form, FeedbackJourney journey,
			List<FieldError> errors, Locale locale) {
		return this.pages.check(model, JourneyRoute.resident(tenant, form.type()), form, journey, errors, locale);
	}

	/**
	 * The intake's problems with the answers as plain words, one per question, each
	 * linking to the page that asks it.
	 */
	private List<FieldError> explain(FormPages form, Refusal refusal, String base, Locale locale) {
		List<Question> questions = new ArrayList<>(form.questions());
		questions.addAll(form.contact());
		List<FieldError> explained = new ArrayList<>();
		for (FieldError field : this.refusals.of(refusal, new RefusalFields.Asked("/data", form, questions), locale,
				RefusalFields.Elsewhere.NOWHERE)) {
			if (explained.stream().noneMatch(e -> e.field().equals(field.field()))) {
				String page = form.pageOf(field.field()).map(number -> "/page/" + number).orElse("/contact");
				explained.add(new FieldError(field.field(), field.part(), base + page + "?change#" + field.anchor(),
						field.message()));
			}
		}
		return explained;
	}

	/**
	 * Links the resident's files to the logged case. The case stands whatever happens
	 * here: the pending upload sweep settles them.
	 */
	private void settleUploads(FeedbackJourney journey, CaseIntake.Logged logged) {
		try {
			this.uploads.settle(journey.idempotencyKey(), logged.feedbackCase());
		}
		catch (RuntimeException ex) {
			log.warn("Files of case {} not linked yet; the sweep will", logged.feedbackCase().reference(), ex);
		}
	}

	private ObjectNode visibleAnswers(FormPages form, FeedbackJourney journey) {
		ObjectNode all = journey.answers();
		ObjectNode data = journey.data();
		for (Question question : form.questions()) {
			if (!this.check.applies(question, all)) {
				data.remove(question.name());
			}
		}
		return data;
	}

}
