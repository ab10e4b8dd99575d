package org.candour.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What a tenant decides about its working days.
 *
 * @param division whose bank holidays apply
 * @param closureDays the tenant's own non-working days (e.g. between Christmas and New
 * Year)
 * @param cutOff time of day from which a receipt counts as received on the next working
 * day; {@code null} for no cut-off
 * @param zone the zone in which instants are read; Europe/London when {@code null}
 */
public record CalendarSpec(Division division, List<LocalDate> closureDays, LocalTime cutOff, ZoneId zone) {

	public static final ZoneId LONDON = ZoneId.of("Europe/London");

	public CalendarSpec {
		Objects.requireNonNull(division, "division");
		closureDays = (closureDays != null) ? List.copyOf(closureDays) : List.of();
		zone = (zone != null) ? zone : LONDON;
	}

	/** The division's bank holidays only: no closure days, no cut-off, Europe/London. */
	public static CalendarSpec defaults(Division division) {
		return new CalendarSpec(division, List.of(), null, LONDON);
	}

	public CalendarSpec withClosureDays(List<LocalDate> closureDays) {
		return new CalendarSpec(this.division, closureDays, this.cutOff, this.zone);
	}

	public CalendarSpec withCutOff(LocalTime cutOff) {
		return new CalendarSpec(this.division, this.closureDays, cutOff, this.zone);
	}

}
