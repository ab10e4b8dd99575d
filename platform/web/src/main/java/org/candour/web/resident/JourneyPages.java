package org.candour.web.resident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.candour.web.forms.AnswerCheck;
import org.candour.web.forms.AnswerSummary;
import org.candour.web.forms.Answers;
import org.candour.web.forms.FieldError;
import org.candour.web.forms.FieldView;
import org.candour.web.forms.FormPage;
import org.candour.web.forms.FormPages;
import org.candour.web.forms.PageFields;
import org.candour.web.forms.Question;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * The way through a form's question pages, contact details and check your answers, for a
 * resident ({@link FeedbackJourneyController}) and for a preview of the draft alike
 * ({@link JourneyRoute#preview()}): the same pages, the same checks, the same conditions.
 * A page's answers are kept only when they fit ({@link AnswerLimits}); each page is
 * checked against the form's schema (its own questions only) before moving on; back and
 * change links keep the answers. A page with no question left to ask (rules hide them
 * all) is skipped, and its texts are shown while their rules hold. A preview takes no
 * files: its file questions are shown without the upload and never asked for.
 */
@Component
class JourneyPages {

	private final AnswerCheck check;

	private final AnswerSummary summary;

	private final ResidentUploads uploads;

	private final AnswerLimits limits;

	JourneyPages(AnswerCheck check, AnswerSummary summary, ResidentUploads uploads, AnswerLimits limits) {
		this.check = check;
		this.summary = summary;
		this.uploads = uploads;
		this.limits = limits;
	}

	String page(JourneyRoute route, FormPages form, int number, boolean change, HttpSession session, Locale locale,
			Model model) {
		FormPage page = form.page(number).orElseThrow(ResidentForms::notFound);
		FeedbackJourney journey = route.journey(session);
		return render(model, route, form, page, journey.answers(), this.uploads.flashed(model, page, locale), change,
				false);
	}

	String savePage(JourneyRoute route, FormPages form, int number, MultiValueMap<String, String> posted,
			HttpServletRequest request, HttpSession session, Locale locale, Model model) {
		FormPage page = form.page(number).orElseThrow(ResidentForms::notFound);
		FeedbackJourney journey = route.journey(session);
		boolean change = posted.containsKey("change");
		Map<String, JsonNode> answers = Answers.readShown(page.questions(), posted);
		List<FieldError> refused = this.limits.keep(form, page.questions(), answers, journey, false, session, locale);
		if (!refused.isEmpty()) {
			return refused(model, route, form, page, journey, answers, refused, change, false, locale);
		}
		List<FieldError> uploaded = route.preview() ? List.of()
				: this.uploads.receive(page.questions(), journey, request, false, locale);
		List<FieldError> errors = save(route, form, page.questions(), journey, posted, false, locale);
		if (errors == null || !errors.isEmpty() || !uploaded.isEmpty()) {
			return render(model, route, form, page, journey.answers(),
					ResidentUploads.combine(uploaded, errors == null ? List.of() : errors), change, false);
		}
		if (change) {
			return "redirect:" + route.base() + "/check";
		}
		FormPage next = asked(form, journey.answers()).stream()
			.filter(p -> p.number() > number)
			.findFirst()
			.orElse(null);
		return "redirect:" + route.base()
				+ ((next != null) ? "/page/" + next.number() : form.contact().isEmpty() ? "/check" : "/contact");
	}

	/** The pages asked, given the answers so far. */
	private List<FormPage> asked(FormPages form, ObjectNode answers) {
		return form.pages().stream().filter(page -> this.check.applies(page, answers)).toList();
	}

	/** The last page asked before page {@code number} (0: none), given the answers. */
	private int before(FormPages form, ObjectNode answers, int number) {
		return asked(form, answers).stream().mapToInt(FormPage::number).filter(n -> n < number).max().orElse(0);
	}

	String contact(JourneyRoute route, FormPages form, boolean change, HttpSession session, Model model) {
		return render(model, route, form, contactPage(form), route.journey(session).answers(), List.of(), change, true);
	}

	String saveContact(JourneyRoute route, FormPages form, MultiValueMap<String, String> posted, HttpSession session,
			Locale locale, Model model) {
		FormPage page = contactPage(form);
		FeedbackJourney journey = route.journey(session);
		Map<String, JsonNode> answers = Answers.readShown(page.questions(), posted);
		List<FieldError> refused = this.limits.keep(form, page.questions(), answers, journey, true, session, locale);
		if (!refused.isEmpty()) {
			return refused(model, route, form, page, journey, answers, refused, posted.containsKey("change"), true,
					locale);
		}
		List<FieldError> errors = save(route, form, page.questions(), journey, posted, true, locale);
		if (errors == null || !errors.isEmpty()) {
			return render(model, route, form, page, journey.answers(), errors == null ? List.of() : errors,
					posted.containsKey("change"), true);
		}
		return "redirect:" + route.base() + "/check";
	}

	/**
	 * Check your answers: every answer of the questions that apply, with change links.
	 */
	String check(Model model, JourneyRoute route, FormPages form, FeedbackJourney journey, List<FieldError> errors,
			Locale locale) {
		String base = route.base();
		ObjectNode all = journey.answers();
		List<List<SummaryRow>> sections = new ArrayList<>();
		for (FormPage page : form.pages()) {
			sections.add(rows(page.questions(), all, base + "/page/" + page.number() + "?change", locale));
		}
		model.addAttribute("form", form);
		model.addAttribute("sections", sections);
		model.addAttribute("contactRows", rows(form.contact(), all, base + "/contact?change", locale));
		model.addAttribute("errors", errors);
		model.addAttribute("preview", route.preview());
		model.addAttribute("action", base + "/submit");
		model.addAttribute("steps", form.steps(asked(form, all).size()));
		model.addAttribute("backUrl", form.contact().isEmpty()
				? base + "/page/" + Math.max(1, before(form, all, Integer.MAX_VALUE)) : base + "/contact");
		return "resident/check";
	}

	private List<SummaryRow> rows(List<Question> questions, ObjectNode all, String changeUrl, Locale locale) {
		List<SummaryRow> rows = new ArrayList<>();
		for (Question question : questions) {
			if (this.check.applies(question, all)) {
				rows.add(new SummaryRow(question.name(), question.label(),
						this.summary.text(question, all.get(question.name()), locale), changeUrl));
			}
		}
		return rows;
	}

	/**
	 * Forgets answers to questions that no longer apply (the posted ones are kept
	 * already). Returns null when a question has just been revealed (the page is shown
	 * again to ask it), else the problems.
	 */
	private List<FieldError> save(JourneyRoute route, FormPages form, List<Question> questions, FeedbackJourney journey,
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
		List<Question> checked = route.preview()
				? visible.stream().filter(question -> !"file".equals(question.kind())).toList() : visible;
		return this.check.check(form, journey.answers(), checked, locale);
	}

	/** The page again after answers that do not fit: what was sent, and every problem. */
	private String refused(Model model, JourneyRoute route, FormPages form, FormPage page, FeedbackJourney journey,
			Map<String, JsonNode> answers, List<FieldError> refused, boolean change, boolean contact, Locale locale) {
		ObjectNode shown = this.limits.shownBack(journey.answers(), page.questions(), answers);
		return render(model, route, form, page, shown,
				this.limits.withOthers(form, page.questions(), refused, shown, locale), change, contact);
	}

	private String render(Model model, JourneyRoute route, FormPages form, FormPage page, ObjectNode answers,
			List<FieldError> errors, boolean change, boolean contact) {
		List<FieldView> fields = PageFields.of(page, answers, errors, this.check);
		String base = route.base();
		model.addAttribute("form", form);
		model.addAttribute("page", page);
		model.addAttribute("fields", fields);
		model.addAttribute("sent", PageFields.sent(fields));
		model.addAttribute("errors", errors);
		model.addAttribute("change", change);
		model.addAttribute("contact", contact);
		model.addAttribute("preview", route.preview());
		List<FormPage> asked = asked(form, answers);
		int steps = form.steps(asked.size());
		int before = before(form, answers, contact ? Integer.MAX_VALUE : page.number());
		model.addAttribute("steps", steps);
		model.addAttribute("step",
				contact ? steps - 1 : (int) asked.stream().filter(p -> p.number() < page.number()).count() + 1);
		List<String> notes = this.check.notes(page, answers);
		model.addAttribute("notes", notes);
		String heading = page.headingQuestion();
		model.addAttribute("headingQuestion", heading != null && notes.isEmpty() ? heading : null);
		model.addAttribute("hiddenLabel", heading != null && !notes.isEmpty() ? heading : null);
		model.addAttribute("action", contact ? base + "/contact" : base + "/page/" + page.number());
		model.addAttribute("backUrl", change ? base + "/check"
				: (before > 0) ? base + "/page/" + before : contact ? base + "/page/1" : route.startUrl());
		return "resident/page";
	}

	private static FormPage contactPage(FormPages form) {
		if (form.contact().isEmpty()) {
			throw ResidentForms.notFound();
		}
		return new FormPage(0, null, List.of(), form.contact());
	}

}
