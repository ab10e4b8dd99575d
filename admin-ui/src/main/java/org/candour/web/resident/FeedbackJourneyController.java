package org.candour.web.resident;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpSession;
import org.candour.api.ApiError;
import org.candour.api.ApiException;
import org.candour.api.EndpointRoles;
import org.candour.cases.CaseIntake;
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
import org.springframework.web.server.ResponseStatusException;

/**
 * A resident's way through one feedback type: the question pages, contact details, check
 * your answers, submission and confirmation. Each page is checked against the form's
 * schema before moving on; the submission is checked again, in full, by
 * {@link CaseIntake} (as the API does) and logged once however often it is posted.
 */
@Controller
@EndpointRoles(EndpointRoles.PUBLIC)
class FeedbackJourneyController {

	static final String HONEYPOT = "website";

	private final ResidentForms forms;

	private final AnswerCheck check;

	private final AnswerSummary summary;

	private final CaseIntake intake;

	FeedbackJourneyController(ResidentForms forms, AnswerCheck check, AnswerSummary summary, CaseIntake intake) {
		this.forms = forms;
		this.check = check;
		this.summary = summary;
		this.intake = intake;
	}

	@GetMapping("/t/{tenant}/feedback/{type}")
	String begin(@PathVariable String tenant, @PathVariable String type, HttpSession session, Locale locale) {
		form(type, locale);
		FeedbackJourney journey = (FeedbackJourney) session.getAttribute(FeedbackJourney.key(tenant, type));
		if (journey != null && journey.isSubmitted()) {
			session.removeAttribute(FeedbackJourney.key(tenant, type));
		}
		return "redirect:" + base(tenant, type) + "/page/1";
	}

	@GetMapping("/t/{tenant}/feedback/{type}/page/{number}")
	String page(@PathVariable String tenant, @PathVariable String type, @PathVariable int number,
			@RequestParam(required = false) String change, HttpSession session, Locale locale, Model model) {
		ResidentForm form = form(type, locale);
		FormPage page = form.page(number).orElseThrow(FeedbackJourneyController::notFound);
		FeedbackJourney journey = journey(session, tenant, type);
		return render(model, tenant, form, page, journey, List.of(), change != null, false);
	}

	@PostMapping("/t/{tenant}/feedback/{type}/page/{number}")
	String savePage(@PathVariable String tenant, @PathVariable String type, @PathVariable int number,
			@RequestParam MultiValueMap<String, String> posted, HttpSession session, Locale locale, Model model) {
		ResidentForm form = form(type, locale);
		FormPage page = form.page(number).orElseThrow(FeedbackJourneyController::notFound);
		FeedbackJourney journey = journey(session, tenant, type);
		boolean change = posted.containsKey("change");
		List<FieldError> errors = save(form, page.questions(), journey, posted, false, locale);
		if (errors == null || !errors.isEmpty()) {
			return render(model, tenant, form, page, journey, errors == null ? List.of() : errors, change, false);
		}
		if (change) {
			return "redirect:" + base(tenant, type) + "/check";
		}
		return "redirect:" + base(tenant, type) + (number < form.pages().size() ? "/page/" + (number + 1)
				: form.contact().isEmpty() ? "/check" : "/contact");
	}

	@GetMapping("/t/{tenant}/feedback/{type}/contact")
	String contact(@PathVariable String tenant, @PathVariable String type,
			@RequestParam(required = false) String change, HttpSession session, Locale locale, Model model) {
		ResidentForm form = form(type, locale);
		return render(model, tenant, form, contactPage(form), journey(session, tenant, type), List.of(), change != null,
				true);
	}

	@PostMapping("/t/{tenant}/feedback/{type}/contact")
	String saveContact(@PathVariable String tenant, @PathVariable String type,
			@RequestParam MultiValueMap<String, String> posted, HttpSession session, Locale locale, Model model) {
		ResidentForm form = form(type, locale);
		FormPage page = contactPage(form);
		FeedbackJourney journey = journey(session, tenant, type);
		List<FieldError> errors = save(form, page.questions(), journey, posted, true, locale);
		if (errors == null || !errors.isEmpty()) {
			return render(model, tenant, form, page, journey, errors == null ? List.of() : errors,
					posted.containsKey("change"), true);
		}
		return "redirect:" + base(tenant, type) + "/check";
	}

	@GetMapping("/t/{tenant}/feedback/{type}/check")
	String checkAnswers(@PathVariable String tenant, @PathVariable String type, HttpSession session, Locale locale,
			Model model) {
		ResidentForm form = form(type, locale);
		return renderCheck(model, tenant, form, journey(session, tenant, type), List.of(), locale);
	}

	@PostMapping("/t/{tenant}/feedback/{type}/submit")
	String submit(@PathVariable String tenant, @PathVariable String type,
			@RequestParam MultiValueMap<String, String> posted, HttpSession session, Locale locale, Model model) {
		ResidentForm form = form(type, locale);
		FeedbackJourney journey = journey(session, tenant, type);
		String honeypot = posted.getFirst(HONEYPOT);
		if (honeypot != null && !honeypot.isBlank()) {
			journey.submitted(null);
			session.setAttribute(FeedbackJourney.key(tenant, type), journey);
			return "redirect:" + base(tenant, type) + "/confirmation";
		}
		ObjectNode data = visibleAnswers(form, journey);
		data.setAll(journey.contact());
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("feedbackType", type);
		body.put("channel", "web");
		body.set("data", data);
		try {
			CaseIntake.Logged logged = this.intake.log(body, journey.idempotencyKey());
			journey.submitted(logged.feedbackCase().reference());
			session.setAttribute(FeedbackJourney.key(tenant, type), journey);
		}
		catch (ApiException ex) {
			if (ex.status() != HttpStatus.UNPROCESSABLE_CONTENT) {
				throw ex;
			}
			return renderCheck(model, tenant, form, journey, explain(form, ex.errors(), base(tenant, type), locale),
					locale);
		}
		return "redirect:" + base(tenant, type) + "/confirmation";
	}

	@GetMapping("/t/{tenant}/feedback/{type}/confirmation")
	String confirmation(@PathVariable String tenant, @PathVariable String type, HttpSession session, Locale locale,
			Model model) {
		ResidentForm form = form(type, locale);
		FeedbackJourney journey = (FeedbackJourney) session.getAttribute(FeedbackJourney.key(tenant, type));
		if (journey == null || !journey.isSubmitted()) {
			return "redirect:/t/" + tenant + "/feedback";
		}
		model.addAttribute("form", form);
		model.addAttribute("reference", journey.reference());
		model.addAttribute("type", this.forms.type(type, locale).orElseThrow(FeedbackJourneyController::notFound));
		return "resident/confirmation";
	}

	/**
	 * Stores the posted answers to the visible questions, forgets answers to questions
	 * that no longer apply. Returns null when a question has just been revealed (the page
	 * is shown again to ask it), else the problems.
	 */
	private List<FieldError> save(ResidentForm form, List<Question> questions, FeedbackJourney journey,
			MultiValueMap<String, String> posted, boolean asContact, Locale locale) {
		Set<String> shown = new HashSet<>(posted.getOrDefault("shown", List.of()));
		for (Question question : questions) {
			if (shown.contains(question.name())) {
				journey.answer(question.name(), Answers.read(question, posted), asContact);
			}
		}
		ObjectNode all = all(journey);
		List<Question> visible = new ArrayList<>();
		for (Question question : questions) {
			if (this.check.applies(question, all)) {
				visible.add(question);
			}
			else {
				journey.answer(question.name(), null, asContact);
			}
		}
		if (visible.stream().anyMatch(question -> !question.rules().isEmpty() && !shown.contains(question.name()))) {
			return null;
		}
		return this.check.check(form, all(journey), visible, locale);
	}

	private String render(Model model, String tenant, ResidentForm form, FormPage page, FeedbackJourney journey,
			List<FieldError> errors, boolean change, boolean contact) {
		List<FieldView> fields = PageFields.of(page, all(journey), errors, this.check);
		String base = base(tenant, form.type());
		model.addAttribute("form", form);
		model.addAttribute("page", page);
		model.addAttribute("fields", fields);
		model.addAttribute("sent", PageFields.sent(fields));
		model.addAttribute("errors", errors);
		model.addAttribute("change", change);
		model.addAttribute("contact", contact);
		model.addAttribute("action", contact ? base + "/contact" : base + "/page/" + page.number());
		model.addAttribute("backUrl", change ? base + "/check" : contact ? base + "/page/" + form.pages().size()
				: page.number() > 1 ? base + "/page/" + (page.number() - 1) : "/t/" + tenant + "/feedback");
		return "resident/page";
	}

	private String renderCheck(Model model, String tenant, ResidentForm form, FeedbackJourney journey,
			List<FieldError> errors, Locale locale) {
		String base = base(tenant, form.type());
		ObjectNode all = all(journey);
		List<List<SummaryRow>> sections = new ArrayList<>();
		for (FormPage page : form.pages()) {
			sections.add(rows(page.questions(), all, base + "/page/" + page.number() + "?change", locale));
		}
		model.addAttribute("form", form);
		model.addAttribute("sections", sections);
		model.addAttribute("contactRows", rows(form.contact(), all, base + "/contact?change", locale));
		model.addAttribute("errors", errors);
		model.addAttribute("action", base + "/submit");
		model.addAttribute("backUrl",
				form.contact().isEmpty() ? base + "/page/" + form.pages().size() : base + "/contact");
		return "resident/check";
	}

	private List<SummaryRow> rows(List<Question> questions, ObjectNode all, String changeUrl, Locale locale) {
		List<SummaryRow> rows = new ArrayList<>();
		for (Question question : questions) {
			if (this.check.applies(question, all) && !"file".equals(question.kind())) {
				rows.add(new SummaryRow(question.name(), question.label(),
						this.summary.text(question, all.get(question.name()), locale), changeUrl));
			}
		}
		return rows;
	}

	/** The intake's problems as plain words, each linking to the page that asks it. */
	private List<FieldError> explain(ResidentForm form, List<ApiError> errors, String base, Locale locale) {
		List<Question> questions = new ArrayList<>(form.questions());
		questions.addAll(form.contact());
		List<FieldError> explained = new ArrayList<>();
		for (ApiError error : errors) {
			String pointer = error.pointer() == null ? "" : error.pointer();
			String code = error.code() == null ? "" : error.code();
			FieldError field = pointer.startsWith("/data/") ? this.check.explain(form, questions,
					pointer.substring("/data".length()), code.substring(code.lastIndexOf('.') + 1), locale) : null;
			if (field != null && explained.stream().noneMatch(e -> e.field().equals(field.field()))) {
				String page = form.pageOf(field.field()).map(number -> "/page/" + number).orElse("/contact");
				explained.add(new FieldError(field.field(), field.part(), base + page + "?change#" + field.anchor(),
						field.message()));
			}
		}
		return explained;
	}

	private ObjectNode visibleAnswers(ResidentForm form, FeedbackJourney journey) {
		ObjectNode all = all(journey);
		ObjectNode data = journey.data();
		for (Question question : form.questions()) {
			if (!this.check.applies(question, all)) {
				data.remove(question.name());
			}
		}
		return data;
	}

	private static ObjectNode all(FeedbackJourney journey) {
		ObjectNode all = journey.data();
		all.setAll(journey.contact());
		return all;
	}

	private static FormPage contactPage(ResidentForm form) {
		if (form.contact().isEmpty()) {
			throw notFound();
		}
		return new FormPage(0, null, List.of(), form.contact());
	}

	private FeedbackJourney journey(HttpSession session, String tenant, String type) {
		String key = FeedbackJourney.key(tenant, type);
		FeedbackJourney journey = (FeedbackJourney) session.getAttribute(key);
		if (journey == null) {
			journey = new FeedbackJourney();
		}
		session.setAttribute(key, journey);
		return journey;
	}

	private ResidentForm form(String type, Locale locale) {
		return this.forms.form(type, locale).orElseThrow(FeedbackJourneyController::notFound);
	}

	private static String base(String tenant, String type) {
		return "/t/" + tenant + "/feedback/" + type;
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
