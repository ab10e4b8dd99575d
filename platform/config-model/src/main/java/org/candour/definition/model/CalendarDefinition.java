package org.candour.definition.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.candour.definition.ConfigDocument;

/**
 * What a tenant's calendar document decides about its working days.
 *
 * @param division whose bank holidays apply, e.g. {@code england-and-wales}
 * @param closureDays the tenant's own non-working days
 * @param cutOff time of day from which a receipt counts as received on the next working
 * day; {@code null} for none
 * @param zone the zone instants are read in; {@code null} when not given
 */
public record CalendarDefinition(String division, List<LocalDate> closureDays, LocalTime cutOff, ZoneId zone) {

	public CalendarDefinition {
		closureDays = List.copyOf(closureDays);
	}

	/** The calendar a calendar document (in canonical form) defines. */
	public static CalendarDefinition read(ConfigDocument document) {
		JsonNode spec = document.spec();
		List<LocalDate> closures = new ArrayList<>();
		spec.path("closureDays").forEach(day -> closures.add(LocalDate.parse(day.path("date").asString())));
		String cutOff = Json.text(spec, "cutOffTime");
		String zone = Json.text(spec, "timeZone");
		return new CalendarDefinition(Json.text(spec, "division"), closures,
				(cutOff != null) ? LocalTime.parse(cutOff) : null, (zone != null) ? ZoneId.of(zone) : null);
	}

}
