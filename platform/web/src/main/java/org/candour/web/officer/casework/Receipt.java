package org.candour.web.officer.casework;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.candour.web.forms.FieldError;

import org.springframework.util.MultiValueMap;

/**
 * When a case logged on behalf of a resident was received, as the officer entered it: a
 * date (GOV.UK date input) and an optional time, in the tenant's time zone. Blank means
 * now; a past date without a time counts from 9am that day. An earlier receipt needs a
 * reason.
 *
 * @param day as typed
 * @param month as typed
 * @param year as typed
 * @param time as typed
 * @param reason why the receipt is earlier than now
 * @param at the moment of receipt, or null for now (or when the entry is not valid)
 */
record Receipt(String day, String month, String year, String time, String reason, Instant at) {

	static final java.time.Duration TOLERANCE = java.time.Duration.ofMinutes(5);

	static Receipt empty() {
		return new Receipt("", "", "", "", "", null);
	}

	static Receipt read(MultiValueMap<String, String> posted, Instant now, ZoneId zone) {
		String day = value(posted, "receivedAt-day");
		String month = value(posted, "receivedAt-month");
		String year = value(posted, "receivedAt-year");
		String time = value(posted, "receivedTime");
		String reason = value(posted, "backdatedReason");
		Instant at = null;
		if (!(day + month + year).isEmpty()) {
			try {
				LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
				LocalTime clock = time.isEmpty() ? null : LocalTime.parse(time.length() == 4 ? "0" + time : time);
				LocalDate today = now.atZone(zone).toLocalDate();
				at = clock == null && date.equals(today) ? null
						: date.atTime(clock == null ? LocalTime.of(9, 0) : clock).atZone(zone).toInstant();
			}
			catch (NumberFormatException | DateTimeException ex) {
				at = Instant.MAX;
			}
		}
		return new Receipt(day, month, year, time, reason, at);
	}

	/** What is wrong with the entry, given the time now. */
	List<FieldError> problems(Instant now, java.util.function.Function<String, String> messages) {
		List<FieldError> problems = new ArrayList<>();
		if (this.at != null && this.at.isAfter(now.plus(TOLERANCE))) {
			problems.add(new FieldError("receivedAt", null, "receivedAt-day",
					messages.apply("casework.log.received.error")));
		}
		else if (backdated(now) && this.reason.length() < 3) {
			problems.add(new FieldError("backdatedReason", null, "backdatedReason",
					messages.apply("casework.log.reason.error")));
		}
		return problems;
	}

	boolean backdated(Instant now) {
		return this.at != null && this.at.isBefore(now.minus(TOLERANCE));
	}

	private static String value(MultiValueMap<String, String> posted, String name) {
		String value = posted.getFirst(name);
		return value == null ? "" : value.trim();
	}

}
