package org.candour.web.resident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.candour.api.EndpointRoles;
import org.candour.web.forms.AnswerCheck;
import org.candour.web.forms.Answers;
import org.candour.web.forms.FieldError;
import org.candour.web.forms.FieldView;
import org.candour.web.forms.FormPage;
import org.candour.web.forms.FormPages;
import org.candour.web.forms.PageFields;
import org.candour.web.forms.Question;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A resident's way through one feedback type's question pages and contact details. A
 * page's answers are kept only when they fit ({@link AnswerLimits}); each page is checked
 * against the form's schema (its own questions only) before moving on; back and change
 * links keep the answers.
 */
@Controller
@EndpointRoles(EndpointRoles.PUBLIC)
class FeedbackJourneyController {

	private final ResidentForms forms;

	private final AnswerCheck check;

	private final ResidentUploads uploads;

	private final AnswerLimits limits;

	FeedbackJourneyController(ResidentForms forms, AnswerCheck check, ResidentUploads uploads, AnswerLimits limits) {
		this.forms = forms;
		this.check = check;
		this.uploads = uploads;
		this.limits = limits;
	}

	@GetMapping("/t/{tenant}/feedback/{type}")
	String begin(@PathVariable String tenant, @PathVariable String type, Locale locale) {
		this.forms.require(type, locale);
		return "redirect:" + FeedbackJourney.path(tenant, type) + "/page/1";
	}

	@GetMapping("/t/{tenant}/feedback/{type}/page/{number}")
	String page(@PathVariable String tenant, @PathVariable String type, @PathVariable int number,
			@RequestParam(required = false) String change, HttpSession session, Locale locale, Model model) {
		FormPages form = this.forms.require(type, locale);
		FormPage page = form.page(number).orElseThrow(ResidentForms::notFound);
		FeedbackJourney journey = FeedbackJourney.of(session, tenant, type);
		return render(model, tenant, form, page, journey.answers(), this.uploads.flashed(model, page, locale),
				change != null, false);
	}

	@PostMapping("/t/{tenant}/feedback/{type}/page/{number}")
	String savePage(@PathVariable String tenant, @PathVariable String type, @PathVariable int number,
			@RequestParam MultiValueMap<String, String> posted, HttpServletRequest request, HttpSession session,
			Locale locale, Model model) {
		FormPages form = this.forms.require(type, locale);
		FormPage page = form.page(number).orElseThrow(ResidentForms::notFound);
		FeedbackJourney journey = FeedbackJourney.of(session, tenant, type);
		boolean change = posted.containsKey("change");
		Map<String, JsonNode> answers = Answers.readShown(page.questions(), posted);
		List<FieldError> refused = this.limits.keep(form, page.questions(), answers, journey, false, session, locale);
		if (!refused.isEmpty()) {
			return refused(model, tenant, form, page, journey, answers, refused, change, false, locale);
		}
		List<FieldError> uploaded = this.uploads.receive(page.questions(), journey, request, false, locale);
		List<FieldError> errors = save(form, page.questions(), journey, posted, false, locale);
		if (errors == null || !errors.isEmpty() || !uploaded.isEmpty()) {
			return render(model, tenant, form, page, journey.answers(),
					ResidentUploads.combine(uploaded, errors == null ? List.of() : errors), change, false);
		}
		if (change) {
			return "redirect:" + FeedbackJourney.path(tenant, type) + "/check";
		}
		return "redirect:" + FeedbackJourney.path(tenant, type) + (number < form.pages().size()
				? "/page/" + (number + 1) : form.contact().isEmpty() ? "/check" : "/contact");
	}

	@GetMapping("/t/{tenant}/feedback/{type}/contact")
	String contact(@PathVariable String tenant, @PathVariable String type,
			@RequestParam(required = false) String change, HttpSession session, Locale locale, Model model) {
		FormPages form = this.forms.require(type, locale);
		return render(model, tenant, form, contactPage(form), FeedbackJourney.of(session, tenant, type).answers(),
				List.of(), change != null, true);
	}

	@PostMapping("/t/{tenant}/feedback/{type}/contact")
	String saveContact(@PathVariable String tenant, @PathVariable String type,
			@RequestParam MultiValueMap<String, String> posted, HttpSession session, Locale locale, Model model) {
		FormPages form = this.forms.require(type, locale);
		FormPage page = contactPage(form);
		FeedbackJourney journey = FeedbackJourney.of(session, tenant, type);
		Map<String, JsonNode> answers = Answers.readShown(page.questions(), posted);
		List<FieldError> refused = this.limits.keep(form, page.questions(), answers, journey, true, session, locale);
		if (!refused.isEmpty()) {
			return refused(model, tenant, form, page, journey, answers, refused, posted.containsKey("change"), true,
					locale);
		}
		List<FieldError> errors = save(form, page.questions(), journey, posted, true, locale);
		if (errors == null || !errors.isEmpty()) {
			return render(model, tenant, form, page, journey.answers(), errors == null ? List.of() : errors,
					posted.containsKey("change"), true);
		}
		return "redirect:" + FeedbackJourney.path(tenant, type) + "/check";
	}

	/**
	 * Forgets answers to questions that no longer apply (the posted ones are kept
	 * already). Returns null when a question has just been revealed (the page is shown
	 * again to ask it), else the problems.
	 */
	private List<FieldError> save(FormPages form, List<Question> questions, FeedbackJourney journey,
			MultiValueMap<String, String> posted, boolean asContact, Locale locale) {
		List<String> shown = posted.getOrDefault("shown", List.of());
		ObjectNode all = journey.answers();
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
		return this.check.check(form, journey.answers(), visible, locale);
	}

	/** The page again after answers that do not fit: what was sent, and every problem. */
	private String refused(Model model, String tenant, FormPages form, FormPage page, FeedbackJourney journey,
			Map<String, JsonNode> answers, List<FieldError> refused, boolean change, boolean contact, Locale locale) {
		ObjectNode shown = this.limits.shownBack(journey.answers(), page.questions(), answers);
		return render(model, tenant, form, page, shown,
				this.limits.withOthers(form, page.questions(), refused, shown, locale), change, contact);
	}

	private String render(Model model, String tenant, FormPages form, FormPage page, ObjectNode answers,
			List<FieldError> errors, boolean change, boolean contact) {
		List<FieldView> fields = PageFields.of(page, answers, errors, this.check);
		String base = FeedbackJourney.path(tenant, form.type());
		model.addAttribute("form", form);
		model.addAttribute("page", page);
		model.addAttribute("fields", fields);
		model.addAttribute("sent", PageFields.sent(fields));
		model.addAttribute("errors", errors);
		model.addAttribute("change", change);
		model.addAttribute("contact", contact);
		model.addAttribute("step", contact ? form.steps() - 1 : page.number());
		String heading = page.headingQuestion();
		model.addAttribute("headingQuestion", heading != null && page.notes().isEmpty() ? heading : null);
		model.addAttribute("hiddenLabel", heading != null && !page.notes().isEmpty() ? heading : null);
		model.addAttribute("action", contact ? base + "/contact" : base + "/page/" + page.number());
		model.addAttribute("backUrl", change ? base + "/check" : contact ? base + "/page/" + form.pages().size()
				: page.number() > 1 ? base + "/page/" + (page.number() - 1) : "/t/" + tenant + "/feedback");
		return "resident/page";
	}

	private static FormPage contactPage(FormPages form) {
		if (form.contact().isEmpty()) {
			throw ResidentForms.notFound();
		}
		return new FormPage(0, null, List.of(), form.contact());
	}

}
