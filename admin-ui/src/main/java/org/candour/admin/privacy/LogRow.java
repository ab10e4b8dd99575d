package org.candour.admin.privacy;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.candour.privacy.PrivacyLogEntry;

/** One entry of the privacy log as the page lists it. */
record LogRow(String when, String datetime, String action, String cases, String what, String reason, String by) {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	static LogRow of(PrivacyLogEntry entry) {
		return new LogRow(WHEN.format(entry.at()).replace("AM", "am").replace("PM", "pm"), entry.at().toString(),
				entry.action(), String.join(", ", entry.cases()), String.join(", ", entry.identifiers()),
				entry.reason() == null ? "" : entry.reason(), entry.by());
	}

}
