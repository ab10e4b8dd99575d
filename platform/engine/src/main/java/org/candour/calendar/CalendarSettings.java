package org.candour.calendar;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code candour.calendar.*}.
 *
 * @param bankHolidaysFile a newer file in the shape of the GOV.UK bank holidays feed
 * (https://www.gov.uk/bank-holidays.json) that replaces the copy shipped with the
 * platform; when empty, the shipped copy (2018–2027) is used
 */
@ConfigurationProperties("candour.calendar")
public record CalendarSettings(Path bankHolidaysFile) {

}
