package org.candour.definition.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event of a case that a report measures time from or to, each a day in the tenant's
 * calendar: {@code received} (the case's day 0: the day of receipt, or the next working
 * day after the cut-off or on a non-working day), {@code clocks.<id>.started} (the
 * clock's day 0), {@code clocks.<id>.stopped} (the day the clock was met or stopped) and
 * {@code closed} (the day of closure the case records: when it entered a closed state, or
 * when a close effect last closed it; a reopened case keeps it).
 *
 * @param kind {@code received}, {@code closed}, {@code started} or {@code stopped}
 * @param clock for a clock's event, the clock's id; else {@code null}
 */
public record ReportEvent(String kind, String clock) {

	private static final Pattern CLOCK = Pattern.compile("clocks\\.([A-Za-z0-9_-]+)\\.(started|stopped)");

	/** The event a report names, or empty when there is no such event. */
	public static Optional<ReportEvent> parse(String name) {
		if ("received".equals(name) || "closed".equals(name)) {
			return Optional.of(new ReportEvent(name, null));
		}
		Matcher clock = CLOCK.matcher((name != null) ? name : "");
		return clock.matches() ? Optional.of(new ReportEvent(clock.group(2), clock.group(1))) : Optional.empty();
	}

}
