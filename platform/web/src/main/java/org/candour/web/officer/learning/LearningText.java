package org.candour.web.officer.learning;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The learning pages' words from {@code officer-learning.properties} (staff pages are
 * English).
 */
@Component
class LearningText {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final MessageSource messages;

	LearningText(MessageSource messages) {
		this.messages = messages;
	}

	String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	static String day(LocalDate day) {
		return (day == null) ? "" : DAY.format(day);
	}

}
