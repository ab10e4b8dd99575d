package org.candour.web.resident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.surveys.ServiceSurveys;
import org.candour.surveys.SurveyInvitation;
import org.candour.web.forms.AnswerCheck;
import org.candour.web.forms.Answers;
import org.candour.web.forms.FieldError;
import org.candour.web.forms.FormPages;
import org.candour.web.forms.PageFields;
import org.candour.web.forms.Question;
import org.candour.web.forms.RefusalFields;
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
 * The survey of a closed case through its signed link: its questions and whether to link
 * the answers to the case on one page, then the optional equality monitoring questions
 * (which may be skipped), then thanks. Each part is answered once; a part already
 * answered leads on to the next.
 */
@Controller
@EndpointRoles(EndpointRoles.PUBLIC)
class ServiceSurveyPages {

	private final ServiceSurveys surveys;

	private final SurveyPageForms forms;

	private final AnswerCheck check;

	private final RefusalFields refusals;

	ServiceSurveyPages(ServiceSurveys surveys, SurveyPageForms forms, AnswerCheck check, RefusalFields refusals) {
		this.surveys = surveys;
		this.forms = forms;
		this.check = check;
		this.refusals = refusals;
	}

	@GetMapping("/t/{tenant}/survey/{token}")
	String survey(@PathVariable String tenant, @PathVariable String token, Locale locale, Model model,
			HttpServletResponse response) {
		Optional<SurveyInvitation> invitation = this.surveys.invitation(token);
		if (invitation.isEmpty()) {
			return invalid(response);
		}
		if (invitation.get().answered()) {
			return "redirect:" + next(tenant, token, invitation.get());
		}
		return renderSurvey(model, tenant, token, invitation.get(), JsonNodeFactory.instance.objectNode(), List.of(),
				locale);
	}

	@PostMapping("/t/{tenant}/survey/{token}")
	String answer(@PathVariable String tenant, @PathVariable String token,
			@RequestParam MultiValueMap<String, String> posted, Locale locale, Model model,
			HttpServletResponse response) {
		Optional<SurveyInvitation> invitation = this.surveys.invitation(token);
		if (invitation.isEmpty()) {
			return invalid(response);
		}
		if (invitation.get().answered()) {
			return "redirect:" + next(tenant, token, invitation.get());
		}
		FormPages survey = this.forms.survey(invitation.get(), locale);
		FormPages link = this.forms.link(invitation.get(), locale);
		ObjectNode answers = read(survey, posted);
		ObjectNode choice = read(link, posted);
		List<FieldError> errors = new ArrayList<>(this.check.check(survey, answers, survey.questions(), locale));
		errors.addAll(this.check.check(link, choice, link.questions(), locale));
		if (errors.isEmpty()) {
			try {
				this.surveys.answer(invitation.get(), answers,
						"yes".equals(choice.path(SurveyPageForms.LINK).asString()));
				return "redirect:" + (invitation.get().offersEquality() ? surveyUrl(tenant, token) + "/equality"
						: thanks(tenant, token));
			}
			catch (Refusal ex) {
				if (ex.is(Refusal.Kind.STALE)) {
					return "redirect:" + next(tenant, token, invitation.get());
				}
				if (!ex.is(Refusal.Kind.RULES_BROKEN)) {
					throw ex;
				}
				errors.addAll(this.refusals.of(ex, new RefusalFields.Asked("/answers", survey, survey.questions()),
						locale, RefusalFields.Elsewhere.NOWHERE));
			}
		}
		ObjectNode shown = answers.deepCopy();
		shown.setAll(choice);
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		return renderSurvey(model, tenant, token, invitation.get(), shown, errors, locale);
	}

	@GetMapping("/t/{tenant}/survey/{token}/equality")
	String equality(@PathVariable String tenant, @PathVariable String token, Locale locale, Model model,
			HttpServletResponse response) {
		Optional<SurveyInvitation> invitation = this.surveys.invitation(token);
		if (invitation.isEmpty()) {
			return invalid(response);
		}
		if (!invitation.get().answered() || !invitation.get().offersEquality()) {
			return "redirect:" + next(tenant, token, invitation.get());
		}
		return renderEquality(model, tenant, token, invitation.get(), JsonNodeFactory.instance.objectNode(), List.of(),
				locale);
	}

	@PostMapping("/t/{tenant}/survey/{token}/equality")
	String answerEquality(@PathVariable String tenant, @PathVariable String token,
			@RequestParam MultiValueMap<String, String> posted, Locale locale, Model model,
			HttpServletResponse response) {
		Optional<SurveyInvitation> invitation = this.surveys.invitation(token);
		if (invitation.isEmpty()) {
			return invalid(response);
		}
		if (posted.containsKey("skip") || !invitation.get().answered() || !invitation.get().offersEquality()) {
			return "redirect:" + thanks(tenant, token);
		}
		FormPages equality = this.forms.equality(invitation.get(), locale);
		ObjectNode answers = read(equality, posted);
		List<FieldError> errors = new ArrayList<>(this.check.check(equality, answers, equality.questions(), locale));
		if (errors.isEmpty()) {
			try {
				this.surveys.answerEquality(invitation.get(), answers);
				return "redirect:" + thanks(tenant, token);
			}
			catch (Refusal ex) {
				if (ex.is(Refusal.Kind.STALE)) {
					return "redirect:" + thanks(tenant, token);
				}
				if (!ex.is(Refusal.Kind.RULES_BROKEN)) {
					throw ex;
				}
				errors.addAll(this.refusals.of(ex, new RefusalFields.Asked("/equality", equality, equality.questions()),
						locale, RefusalFields.Elsewhere.NOWHERE));
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		return renderEquality(model, tenant, token, invitation.get(), answers, errors, locale);
	}

	@GetMapping("/t/{tenant}/survey/{token}/thank-you")
	String thankYou(@PathVariable String tenant, @PathVariable String token, Model model,
			HttpServletResponse response) {
		Optional<SurveyInvitation> invitation = this.surveys.invitation(token);
		if (invitation.isEmpty()) {
			return invalid(response);
		}
		if (!invitation.get().answered()) {
			return "redirect:" + surveyUrl(tenant, token);
		}
		model.addAttribute("reference", invitation.get().reference());
		return "resident/survey-thanks";
	}

	private String renderSurvey(Model model, String tenant, String token, SurveyInvitation invitation,
			ObjectNode answers, List<FieldError> errors, Locale locale) {
		FormPages survey = this.forms.survey(invitation, locale);
		FormPages link = this.forms.link(invitation, locale);
		model.addAttribute("title", survey.title());
		model.addAttribute("reference", invitation.reference());
		model.addAttribute("fields", PageFields.of(survey.pages().get(0), answers, errors, this.check));
		model.addAttribute("linkFields", PageFields.of(link.pages().get(0), answers, errors, this.check));
		model.addAttribute("errors", errors);
		model.addAttribute("action", surveyUrl(tenant, token));
		return "resident/survey";
	}

	private String renderEquality(Model model, String tenant, String token, SurveyInvitation invitation,
			ObjectNode answers, List<FieldError> errors, Locale locale) {
		FormPages equality = this.forms.equality(invitation, locale);
		model.addAttribute("title", equality.title());
		model.addAttribute("fields", PageFields.of(equality.pages().get(0), answers, errors, this.check));
		model.addAttribute("errors", errors);
		model.addAttribute("action", surveyUrl(tenant, token) + "/equality");
		return "resident/survey-equality";
	}

	private static ObjectNode read(FormPages form, MultiValueMap<String, String> posted) {
		ObjectNode answers = JsonNodeFactory.instance.objectNode();
		for (Question question : form.questions()) {
			JsonNode answer = Answers.read(question, posted);
			if (answer != null) {
				answers.set(question.name(), answer);
			}
		}
		return answers;
	}

	private static String next(String tenant, String token, SurveyInvitation invitation) {
		if (!invitation.answered()) {
			return surveyUrl(tenant, token);
		}
		return invitation.offersEquality() ? surveyUrl(tenant, token) + "/equality" : thanks(tenant, token);
	}

	private static String thanks(String tenant, String token) {
		return surveyUrl(tenant, token) + "/thank-you";
	}

	private static String surveyUrl(String tenant, String token) {
		return "/t/" + tenant + "/survey/" + token;
	}

	private static String invalid(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "resident/survey-invalid";
	}

}
