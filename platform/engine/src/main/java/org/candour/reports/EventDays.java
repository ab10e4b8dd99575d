package org.candour.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.bson.Document;
import org.candour.calendar.TenantCalendars;
import org.candour.calendar.WorkingDayCalendar;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.ReportEvent;

/**
 * The time between two events of a case, counted as its clocks count it: in the working-
 * day calendar of the configuration version the case is pinned to, each event a day in
 * that calendar's zone. One instance per run (it keeps the calendars it used).
 */
final class EventDays {

	private final ActiveConfigurations configurations;

	private final TenantCalendars calendars;

	private final Map<Integer, WorkingDayCalendar> used = new HashMap<>();

	EventDays(ActiveConfigurations configurations, TenantCalendars calendars) {
		this.configurations = configurations;
		this.calendars = calendars;
	}

	/** Where an event is in the stored case, as an aggregation expression. */
	static Object expression(ReportEvent event) {
		return switch (event.kind()) {
			case "received" -> "$receivedOn";
			case "closed" -> "$current.closedAt";
			case "started" -> ReportFields.clockField(event.clock(), "anchorDate");
			default -> ReportFields.clockField(event.clock(), "stoppedAt");
		};
	}

	/**
	 * The days from one event to the other of a case projected with its configuration
	 * version ({@code version}) and events ({@code from}, {@code to}); {@code null} when
	 * it lacks either.
	 */
	Integer between(Document projected, String unit) {
		Object from = projected.get("from");
		Object to = projected.get("to");
		Number version = (Number) projected.get("version");
		if (from == null || to == null || version == null) {
			return null;
		}
		WorkingDayCalendar calendar = this.used.computeIfAbsent(version.intValue(),
				number -> this.calendars.of(this.configurations.version(number)));
		LocalDate first = day(from, calendar);
		LocalDate last = day(to, calendar);
		return "calendar-days".equals(unit) ? (int) ChronoUnit.DAYS.between(first, last)
				: calendar.workingDaysBetween(first, last);
	}

	/** A stored day ({@code 2025-04-01}) or moment, as a day in the calendar's zone. */
	private static LocalDate day(Object stored, WorkingDayCalendar calendar) {
		if (stored instanceof Date date) {
			return LocalDate.ofInstant(date.toInstant(), calendar.spec().zone());
		}
		String text = stored.toString();
		return (text.length() == 10) ? LocalDate.parse(text)
				: LocalDate.ofInstant(Instant.parse(text), calendar.spec().zone());
	}

}
