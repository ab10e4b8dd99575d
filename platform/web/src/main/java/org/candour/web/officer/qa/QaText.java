package org.candour.web.officer.qa;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The QA pages' words from {@code officer-qa.properties} (staff pages are English). */
@Component
class QaText {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.ENGLISH);

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final MessageSource messages;

	QaText(MessageSource messages) {
		this.messages = messages;
	}

	String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	static String when(Instant at) {
		return (at == null) ? "" : WHEN.format(at.atZone(LONDON)).replace("AM", "am").replace("PM", "pm");
	}

	/** {@code 2026-11} as {@code November 2026}. */
	static String month(String period) {
		return java.time.YearMonth.parse(period).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
	}

}
