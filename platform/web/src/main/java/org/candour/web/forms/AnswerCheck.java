package org.candour.web.forms;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.candour.calendar.TenantCalendars;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.FormRules;
import org.candour.definition.SchemaCheck;
import org.candour.definition.Schemas;
import org.candour.definition.Violation;
import tools.jackson.databind.JsonNode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Checks answers against the form's JSON Schema and its controls' answer rules (both as
 * the API checks cases) and says what is wrong in plain words: the form's configured
 * {@code messages} first, else a sensible default per keyword from the message bundle,
 * never the validator's text. Dates are judged against today in the tenant's time zone.
 * Also decides whether a question's rules let it be shown.
 */
@Component
public class AnswerCheck {

	private final Schemas schemas;

	private final MessageSource messages;

	private final TenantCalendars calendars;

	private final Clock clock;

	private final ActiveConfigurations configurations;

	AnswerCheck(Schemas schemas, MessageSource messages, TenantCalendars calendars, ActiveConfigurations configurations,
			Optional<Clock> clock) {
		this.schemas = schemas;
		this.configurations = configurations;
		this.messages = messages;
		this.calendars = calendars;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The problems with the answers to {@code questions}, one per question. */
	public List<FieldError> check(FormPages form, JsonNode data, List<Question> questions, Locale locale) {
		Map<String, FieldError> errors = new LinkedHashMap<>();
		List<Violation> violations = new ArrayList<>(compile(form.schema()).check(data));
		if (form.rules() != FormRules.NONE) {
			violations.addAll(form.rules().check(data, today()));
		}
		for (Violation violation : violations) {
			FieldError error = explain(form, questions, violation.pointer(), violation.keyword(), locale);
			if (error != null) {
				errors.putIfAbsent(error.field(), error);
			}
		}
		List<FieldError> ordered = new ArrayList<>();
		questions.forEach(question -> {
			FieldError error = errors.get(question.name());
			if (error != null) {
				ordered.add(error);
			}
		});
		return ordered;
	}

	/**
	 * A problem at {@code pointer} (into the form data) as plain words, if it is about
	 * one of {@code questions}.
	 */
	public FieldError explain(FormPages form, List<Question> questions, String pointer, String keyword, Locale locale) {
		if ("if".equals(keyword) || "allOf".equals(keyword) || pointer.isEmpty()) {
			return null;
		}
		String[] tokens = pointer.substring(1).split("/");
		Question question = questions.stream().filter(q -> q.name().equals(tokens[0])).findFirst().orElse(null);
		if (question == null) {
			return null;
		}
		Question part = null;
		if (tokens.length > 1 && "address".equals(question.kind())) {
			part = question.parts().stream().filter(p -> p.name().equals(tokens[1])).findFirst().orElse(null);
		}
		String anchor = part != null ? question.name() + "." + part.name() : question.id();
		String configured = LocalText.of(form.messages().path(pointer).path(keyword), locale);
		if (configured == null && !pointer.equals("/" + question.name())) {
			configured = LocalText.of(form.messages().path("/" + question.name()).path(keyword), locale);
		}
		String message = configured != null ? configured
				: "needs".equals(keyword) ? needed(form, question, locale) : "dates".equals(keyword)
						? dated(form, question, locale) : standard(part != null ? part : question, keyword, locale);
		return new FieldError(question.name(), part == null ? null : part.name(), anchor, message);
	}

	/** "Enter email address, or change your answer to ‘How should we contact you?’". */
	private String needed(FormPages form, Question question, Locale locale) {
		String source = form.rules()
			.needs()
			.entrySet()
			.stream()
			.filter(entry -> entry.getValue().containsValue(question.name()))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse("");
		List<Question> all = new ArrayList<>(form.questions());
		all.addAll(form.contact());
		String because = all.stream()
			.filter(q -> q.name().equals(source))
			.map(Question::label)
			.findFirst()
			.orElse(source);
		return text("resident.error.needs", locale, lower(question.label()), because);
	}

	/** "The date must be today or in the past" (or future, as the rule says). */
	private String dated(FormPages form, Question question, Locale locale) {
		String key = "resident.error.date-" + form.rules().dates(question.name()).orElse("past");
		return question.asked() ? text(key, locale) : text(key + "-named", locale, question.label());
	}

	private LocalDate today() {
		return this.clock.instant().atZone(this.calendars.current().spec().zone()).toLocalDate();
	}

	private static String lower(String label) {
		return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
	}

	/**
	 * The problem with an answer longer than the platform takes ({@code limit}
	 * characters) for a question that sets no {@code maxLength} of its own.
	 */
	public FieldError tooLong(Question question, int limit, Locale locale) {
		String subject = question.asked() ? text("resident.error.your-answer", locale) : question.label();
		return new FieldError(question.name(), null, question.id(),
				text("resident.error.max-length", locale, subject, limit));
	}

	/**
	 * Whether every rule of {@code question} lets it be shown, given the answers so far.
	 */
	public boolean applies(Question question, JsonNode data) {
		return applies(question.rules(), data);
	}

	/**
	 * Whether a page is asked, given the answers so far: a page with no question left to
	 * ask (its rules, or each question's, hide them all) is skipped.
	 */
	public boolean applies(FormPage page, JsonNode data) {
		return page.questions().stream().anyMatch(question -> applies(question, data));
	}

	/** The page's texts ({@code Label}s) whose rules hold on the answers so far. */
	public List<String> notes(FormPage page, JsonNode data) {
		return page.notes().stream().filter(note -> applies(note.rules(), data)).map(FormPage.Note::text).toList();
	}

	private boolean applies(List<Rule> rules, JsonNode data) {
		for (Rule rule : rules) {
			JsonNode answer = rule.tested(data);
			boolean holds = answer != null && compile(rule.schema()).accepts(answer);
			if (holds != rule.show()) {
				return false;
			}
		}
		return true;
	}

	private String standard(Question question, String keyword, Locale locale) {
		String label = question.label();
		String lower = lower(label);
		String subject = question.asked() ? text("resident.error.your-answer", locale) : label;
		if ("file".equals(question.kind())) {
			return "maxItems".equals(keyword) && question.upload() != null
					? text("resident.file.too-many", locale, question.upload().maxFiles())
					: text("resident.file.select", locale);
		}
		switch (keyword) {
			case "required":
			case "minLength":
			case "minItems":
				if (question.choosing()) {
					return question.asked() ? text("resident.error.select-answer", locale, label)
							: text("resident.error.select", locale, lower);
				}
				return question.asked() ? text("resident.error.answer", locale, label)
						: text("resident.error.enter", locale, lower);
			case "maxLength":
				return text("resident.error.max-length", locale, subject,
						question.maxLength() == null ? "" : question.maxLength());
			case "format":
				if ("date".equals(question.kind())) {
					return text("resident.error.date", locale, subject);
				}
				if ("email".equals(question.kind())) {
					return text("resident.error.email", locale);
				}
				return text("resident.error.format", locale, subject);
			case "pattern":
				if ("phone".equals(question.kind())) {
					return text("resident.error.phone", locale);
				}
				return text("resident.error.format", locale, subject);
			case "type":
				if ("number".equals(question.kind())) {
					return text("resident.error.number", locale, subject);
				}
				return text("resident.error.format", locale, subject);
			case "enum":
			case "const":
			case "oneOf":
			case "anyOf":
				return question.asked() ? text("resident.error.select-answer", locale, label)
						: text("resident.error.select", locale, lower);
			case "minimum":
			case "exclusiveMinimum":
				return text("resident.error.too-small", locale, subject);
			case "maximum":
			case "exclusiveMaximum":
				return text("resident.error.too-large", locale, subject);
			default:
				return text("resident.error.check", locale, subject);
		}
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/**
	 * The schema's check, compiled once with the tenant's configuration (forms' and
	 * actions' schemas are part of it).
	 */
	private SchemaCheck compile(JsonNode schema) {
		return this.configurations.current()
			.map(version -> version.model().check(schema))
			.orElseGet(() -> this.schemas.compile(schema));
	}

}
