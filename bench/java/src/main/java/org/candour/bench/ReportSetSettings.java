package org.candour.bench;

import java.time.LocalDate;

/**
 * What the report set benchmark runs, from system properties.
 *
 * @param tenants tenants, given the four shipped packs in turn
 * @param cases cases stored across all tenants (split evenly)
 * @param sample cases generated through the case engine for the first tenant of each
 * pack; the rest are copies of them
 * @param from first day of the financial year reported on (1 April)
 * @param backend embedded MongoDB backend: {@code memory} or {@code file}
 */
record ReportSetSettings(int tenants, int cases, int sample, LocalDate from, String backend) {

	static ReportSetSettings fromSystemProperties() {
		ReportSetSettings settings = new ReportSetSettings(Integer.getInteger("tenants", 100),
				Integer.getInteger("cases", 1_000_000), Integer.getInteger("sample", 300),
				LocalDate.parse(System.getProperty("from", "2025-04-01")), System.getProperty("backend", "memory"));
		if (!"memory".equals(settings.backend()) && !"file".equals(settings.backend())) {
			throw new IllegalArgumentException("backend must be memory or file, not " + settings.backend());
		}
		if (settings.tenants() < 1 || settings.sample() < 1 || settings.cases() < settings.tenants()) {
			throw new IllegalArgumentException(
					"tenants and sample must be positive, cases at least one a tenant: " + settings);
		}
		if (settings.from().getMonthValue() != 4 || settings.from().getDayOfMonth() != 1) {
			throw new IllegalArgumentException("A financial year starts on 1 April, not " + settings.from());
		}
		return settings;
	}

	/** Last day of the financial year (31 March). */
	LocalDate to() {
		return this.from.plusYears(1).minusDays(1);
	}

	int casesOf(int tenant) {
		return this.cases / this.tenants + ((tenant < this.cases % this.tenants) ? 1 : 0);
	}

}
