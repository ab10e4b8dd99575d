package org.candour.imports;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date formats old exports use, read day first in the tenant's zone (British Summer
 * Time included); two-digit years and days that do not exist are refused.
 */
class LegacyDatesTests {

	private final LegacyDates dates = new LegacyDates(ZoneId.of("Europe/London"));

	@Test
	void readsEachAcceptedFormatWithOrWithoutATime() {
		Instant noon = Instant.parse("2025-03-14T12:00:00Z");
		assertThat(this.dates.instant("14/03/2025")).contains(noon);
		assertThat(this.dates.instant("2025-03-14")).contains(noon);
		assertThat(this.dates.instant("14 Mar 2025")).contains(noon);
		assertThat(this.dates.instant("14 MARCH 2025")).contains(noon);
		assertThat(this.dates.instant("14-03-2025")).contains(noon);
		assertThat(this.dates.instant("14/03/2025 09:30")).contains(Instant.parse("2025-03-14T09:30:00Z"));
		assertThat(this.dates.instant("2025-07-01T09:30:15")).contains(Instant.parse("2025-07-01T08:30:15Z"));
		assertThat(this.dates.instant("4 Sept 2025")).isPresent();
		assertThat(this.dates.instant("4 Sep 2025")).isPresent();
	}

	@Test
	void refusesAmbiguousAndImpossibleDates() {
		assertThat(this.dates.instant("03/04/25")).isEqualTo(Optional.empty());
		assertThat(this.dates.instant("31/02/2025")).isEmpty();
		assertThat(this.dates.instant("03/15/2025")).as("month first").isEmpty();
		assertThat(this.dates.instant("soon")).isEmpty();
	}

}
