package org.candour.admin.templates;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.candour.admin.Texts;
import org.candour.calendar.WorkingDayCalendar;
import org.candour.definition.model.ClockDefinition;
import org.candour.definition.model.Duration;
import org.candour.definition.model.FeedbackType;
import org.candour.definition.model.FormQuestion;

/**
 * The values a template is previewed with: a case of the first feedback type that sends
 * it, logged today, with a reference in the type's format, the due date of its first
 * clock counted on the tenant's working-day calendar, the tenant's name, a sample
 * tracking link (and survey link), and a sample answer to each question.
 */
final class SampleCase {

	private static final Pattern SEQ = Pattern.compile("\\{seq:(\\d+)}");

	private static final String DEFAULT_FORMAT = "{prefix}-{yyyy}-{seq:6}";

	/** How long a case has when its type's workflow has no clock started on logging. */
	private static final int DEFAULT_WORKING_DAYS = 20;

	private SampleCase() {
	}

	static Map<String, String> values(Optional<FeedbackType> type, TemplateUses draft, String tenantName,
			String trackingLink, Map<String, FormQuestion> questions, WorkingDayCalendar calendar, Clock clock,
			String language) {
		LocalDate received = calendar.receivedOn(clock.instant());
		Map<String, String> values = new LinkedHashMap<>();
		values.put("reference", reference(type, received));
		values.put("tenantName", tenantName);
		values.put("dueDate", dueDate(type, draft, calendar, received)
			.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(language))));
		values.put("trackingLink", trackingLink);
		values.put("surveyLink", trackingLink.replace("/track/", "/survey/"));
		questions.values().forEach(question -> values.put("data." + question.name(), answer(question, received)));
		return values;
	}

	static String reference(Optional<FeedbackType> type, LocalDate received) {
		String prefix = type.map(FeedbackType::referencePrefix).orElse("CASE");
		String format = type.map(FeedbackType::referenceFormat)
			.filter(given -> !given.isBlank())
			.orElse(DEFAULT_FORMAT);
		String year = String.valueOf(received.getYear());
		String pattern = format.replace("{prefix}", prefix).replace("{yyyy}", year).replace("{yy}", year.substring(2));
		Matcher matcher = SEQ.matcher(pattern);
		StringBuilder reference = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(reference, String.format("%0" + matcher.group(1) + "d", 123));
		}
		return matcher.appendTail(reference).toString();
	}

	/** The first clock started when the case is logged, counted from today. */
	private static LocalDate dueDate(Optional<FeedbackType> type, TemplateUses draft, WorkingDayCalendar calendar,
			LocalDate received) {
		List<ClockDefinition> clocks = type.flatMap(found -> draft.workflow(found.workflow()))
			.map(workflow -> workflow.clocksStartingOn("logged"))
			.orElse(List.of());
		return clocks.stream()
			.map(clock -> after(clock, calendar, received))
			.min(LocalDate::compareTo)
			.orElseGet(() -> calendar.addWorkingDays(received, DEFAULT_WORKING_DAYS));
	}

	private static LocalDate after(ClockDefinition clock, WorkingDayCalendar calendar, LocalDate received) {
		Duration duration = clock.duration();
		LocalDate due = switch (duration.unit()) {
			case WORKING_DAYS -> calendar.addWorkingDays(received, duration.amount());
			case CALENDAR_DAYS -> calendar.addCalendarDays(received, duration.amount());
			case CALENDAR_MONTHS -> calendar.addCalendarMonths(received, duration.amount());
			case HOURS -> received.plusDays(duration.amount() / 24);
		};
		return (clock.dueOnWorkingDay() && duration.unit().calendarTime()) ? calendar.workingDayOnOrAfter(due) : due;
	}

	/** What a case would hold as the answer: a choice's stored value, a sample text. */
	private static String answer(FormQuestion question, LocalDate received) {
		if (!question.choices().isEmpty()) {
			return question.choices().get(0).value();
		}
		return switch (question.kind()) {
			case "number" -> "3";
			case "date" -> received.toString();
			case "email" -> "resident@example.com";
			case "phone" -> "01632 960 001";
			case "yes-no" -> "true";
			default -> "[answer to ‘" + Texts.english(question.label(), question.name()) + "’]";
		};
	}

}
