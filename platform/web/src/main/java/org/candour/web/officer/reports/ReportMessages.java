package org.candour.web.officer.reports;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The text of the report pages' messages (staff pages are in English). */
@Component
class ReportMessages {

	private final MessageSource messages;

	ReportMessages(MessageSource messages) {
		this.messages = messages;
	}

	String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}

	String structure(String mode) {
		return text("reports.structure." + (RunForm.CURRENT.equals(mode) ? "current" : "at-the-time"));
	}

}
