package org.candour.web.officer.remedies;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The remedies pages' words from {@code officer-remedies.properties} (staff pages are
 * English), amounts in pounds and days in words.
 */
@Component
class RemedyText {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final MessageSource messages;

	RemedyText(MessageSource messages) {
		this.messages = messages;
	}

	String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	/** {@code £1,250.00}. */
	static String pounds(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		DecimalFormat format = new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
		return format.format(amount);
	}

	static String day(LocalDate day) {
		return (day == null) ? "" : DAY.format(day);
	}

}
