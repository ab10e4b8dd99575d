package org.candour.web.officer.casework;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.api.ApiError;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.calendar.TenantCalendars;
import org.candour.cases.CaseIntake;
import org.candour.cases.LogCase;
import org.candour.config.ActiveConfigurations;
import org.candour.config.ConfigVersion;
import org.candour.definition.model.CodeList;
import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.Form;
import org.candour.tenancy.TenantContext;
import org.candour.web.forms.AnswerCheck;
import org.candour.web.forms.Choice;
import org.candour.web.forms.FieldError;
import org.candour.web.forms.FieldView;
import org.candour.web.forms.FieldKinds;
import org.candour.web.forms.FormPage;
import org.candour.web.forms.FormPages;
import org.candour.web.forms.FormReader;
import org.candour.web.forms.LocalText;
import org.candour.web.forms.Question;
import org.candour.web.forms.RefusalFields;
import org.candour.web.officer.OfficerPaths;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSource;
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
 * Logs a case on behalf of a resident (phone, letter, email, in person, contact centre…):
 * the feedback type's form on one page, rendered like the resident pages, with the
 * channel, an optional earlier receipt date and the reason for it. Logged through
 * {@link CaseIntake} like the API, once per form (an idempotency key).
 */
@Controller
@RequestMapping("/t/{tenant}/cases/new")
@EndpointRoles({ EndpointRoles.OFFICER, EndpointRoles.MANAGER })
class LogCaseController {

	private final ActiveConfigurations configurations;

	private final CaseIntake intake;

	private final AnswerCheck check;

	private final RefusalFields refusals;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Clock clock;

	private final TenantCalendars calendars;

	LogCaseController(ActiveConfigurations configurations, CaseIntake intake, AnswerCheck check, RefusalFields refusals,
			MessageSource messages, JsonMapper json, Optional<Clock> clock, TenantCalendars calendars) {
		this.configurations = configurations;
		this.calendars = calendars;
		this.intake = intake;
		this.check = check;
		this.refusals = refusals;
		this.messages = messages;
		this.json = json;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@GetMapping
	String chooseType(@RequestParam(required = false) String type, Locale locale, Model model) {
		ConfigVersion version = this.configurations.require();
		List<Choice> types = version.model()
			.feedbackTypes()
			.values()
			.stream()
			.filter(feedbackType -> !feedbackType.retired())
			.map(feedbackType -> new Choice(feedbackType.id(), LocalText.of(feedbackType.title(), locale)))
			.toList();
		if (type != null && types.stream().anyMatch(choice -> choice.value().equals(type))) {
			return "redirect:" + OfficerPaths.logCase(TenantContext.require().value()) + "/" + type;
		}
		model.addAttribute("types", types);
		model.addAttribute("typeError", type != null ? text("casework.log.type.error") : null);
		return "officer/casework/log-type";
	}

	@GetMapping("/{type}")
	String form(@PathVariable String type, Locale locale, Model model, HttpServletResponse response) {
		Optional<FeedbackType> feedbackType = this.configurations.require()
			.model()
			.feedbackType(type)
			.filter(found -> !found.retired());
		if (feedbackType.isEmpty()) {
			return RefusalPages.notFound(response, model);
		}
		return render(model, feedbackType.get(), locale, JsonNodeFactory.instance.objectNode(), null, Receipt.empty(),
				List.of(), UUID.randomUUID().toString());
	}

	@PostMapping("/{type}")
	String log(@PathVariable String type, @RequestParam(required = false) String channel,
			@RequestParam(defaultValue = "") String submission, @RequestParam MultiValueMap<String, String> posted,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Optional<FeedbackType> feedbackType = this.configurations.require().model().feedbackType(type);
		if (feedbackType.isEmpty()) {
			return RefusalPages.notFound(response, model);
		}
		FormPages form = form(feedbackType.get(), locale);
		InputForm all = new InputForm(form, questions(form), "");
		InputForm.Read read = all.read(posted, this.check, locale);
		Receipt receipt = Receipt.read(posted, this.clock.instant(), this.calendars.current().spec().zone());
		List<FieldError> errors = new ArrayList<>();
		List<Choice> channels = channels(feedbackType.get(), locale);
		if (channel == null || channels.stream().noneMatch(choice -> choice.value().equals(channel))) {
			errors.add(new FieldError("channel", null, "channel", text("casework.log.channel.error")));
		}
		errors.addAll(receipt.problems(this.clock.instant(), this::text));
		errors.addAll(read.errors());
		String key = submission.isBlank() ? UUID.randomUUID().toString() : submission;
		if (!errors.isEmpty()) {
			return render(model, feedbackType.get(), locale, read.answers(), channel, receipt, errors, key);
		}
		LogCase command = new LogCase(type, read.answers(), null, channel, receipt.at(),
				receipt.backdated(this.clock.instant()) ? receipt.reason() : null, null, null, null);
		try {
			CaseIntake.Logged logged = this.intake.log(command, key);
			redirect.addFlashAttribute("done", text("casework.done.logged"));
			return "redirect:"
					+ OfficerPaths.caseScreen(TenantContext.require().value(), logged.feedbackCase().reference());
		}
		catch (Refusal ex) {
			if (!ex.is(Refusal.Kind.RULES_BROKEN)) {
				throw ex;
			}
			errors.addAll(this.refusals.of(ex, all.at("/data"), locale, LogCaseController::onReceipt));
			response.setStatus(422);
			return render(model, feedbackType.get(), locale, read.answers(), channel, receipt, errors, key);
		}
	}

	/** A broken rule about no question is about when and why the case was received. */
	private static FieldError onReceipt(ApiError violation, int index) {
		return new FieldError(violation.pointer().substring(1), null,
				"/backdatedReason".equals(violation.pointer()) ? "backdatedReason" : "receivedAt-day",
				violation.message());
	}

	/** The type's form without its file questions, read once per version and language. */
	private FormPages form(FeedbackType feedbackType, Locale locale) {
		var model = this.configurations.require().model();
		return model.view(new LogFormKey(feedbackType.id(), LocalText.supported(locale)), unused -> {
			Form form = model.form(feedbackType.form()).orElseThrow();
			return new FormReader(form, locale).read(feedbackType.id(), LocalText.of(feedbackType.title(), locale))
				.withoutFiles();
		});
	}

	private record LogFormKey(String feedbackType, Locale language) {
	}

	private static List<Question> questions(FormPages form) {
		List<Question> questions = new ArrayList<>(form.questions());
		questions.addAll(form.contact());
		return questions;
	}

	/** The channels a type is logged through by officers (the web form is residents'). */
	private List<Choice> channels(FeedbackType feedbackType, Locale locale) {
		Optional<CodeList> labels = this.configurations.require().model().codeList("channels");
		List<Choice> channels = new ArrayList<>();
		feedbackType.channels().forEach(code -> {
			if (!"web".equals(code)) {
				String label = labels.flatMap(list -> list.code(code))
					.map(value -> LocalText.of(value.label(), locale))
					.orElse(null);
				channels.add(new Choice(code, label == null ? FieldKinds.humanise(code) : label));
			}
		});
		return channels;
	}

	private String render(Model model, FeedbackType feedbackType, Locale locale, ObjectNode answers, String channel,
			Receipt receipt, List<FieldError> errors, String submission) {
		FormPages form = form(feedbackType, locale);
		List<LogSection> sections = new ArrayList<>();
		for (FormPage page : form.pages()) {
			sections.add(new LogSection(page.title(), this.check.notes(page, answers),
					new InputForm(form, page.questions(), "").fields(answers, errors, this.check)));
		}
		if (!form.contact().isEmpty()) {
			sections.add(new LogSection(text("casework.log.contact"), List.of(),
					new InputForm(form, form.contact(), "").fields(answers, errors, this.check)));
		}
		model.addAttribute("typeTitle", form.title());
		model.addAttribute("postUrl", OfficerPaths.logCase(TenantContext.require().value()) + "/" + feedbackType.id());
		model.addAttribute("channels", channels(feedbackType, locale));
		model.addAttribute("channel", channel);
		model.addAttribute("receipt", receipt);
		model.addAttribute("sections", sections);
		model.addAttribute("errors", errors);
		model.addAttribute("channelError", error(errors, "channel"));
		model.addAttribute("receivedError", error(errors, "receivedAt"));
		model.addAttribute("reasonError", error(errors, "backdatedReason"));
		model.addAttribute("submission", submission);
		return "officer/casework/log";
	}

	private static FieldError error(List<FieldError> errors, String field) {
		return errors.stream().filter(error -> field.equals(error.field())).findFirst().orElse(null);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	/** A page of the form, as a section of the one page officers fill in. */
	record LogSection(String title, List<String> notes, List<FieldView> fields) {
	}

}
