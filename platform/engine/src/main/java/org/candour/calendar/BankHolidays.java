package org.candour.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * UK bank holidays by division, read from a document in the shape of the GOV.UK bank
 * holidays feed. Immutable. The platform ships a copy ({@link #shipped()}); an operator
 * may supply a newer file of the same shape.
 */
public final class BankHolidays {

	static final String SHIPPED_RESOURCE = "/candour/calendar/uk-bank-holidays.json";

	private final Map<Division, Set<LocalDate>> byDivision;

	private final LocalDate firstCovered;

	private final LocalDate lastCovered;

	BankHolidays(Map<Division, Set<LocalDate>> byDivision) {
		this.byDivision = Collections.unmodifiableMap(new EnumMap<>(byDivision));
		this.firstCovered = byDivision.values()
			.stream()
			.flatMap(Set::stream)
			.min(LocalDate::compareTo)
			.map(date -> date.withDayOfYear(1))
			.orElseThrow();
		this.lastCovered = byDivision.values()
			.stream()
			.flatMap(Set::stream)
			.max(LocalDate::compareTo)
			.map(date -> date.withMonth(12).withDayOfMonth(31))
			.orElseThrow();
	}

	/**
	 * Reads a document in the shape of the GOV.UK feed; the stream is not closed.
	 * @throws InvalidBankHolidaysException when it is not in that shape
	 */
	public static BankHolidays load(InputStream json) {
		return new BankHolidays(BankHolidaysDocument.read(json));
	}

	/** The copy shipped with the platform. */
	public static BankHolidays shipped() {
		try (InputStream in = BankHolidays.class.getResourceAsStream(SHIPPED_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing classpath resource " + SHIPPED_RESOURCE);
			}
			return load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The bank holidays of a division (unmodifiable). */
	public Set<LocalDate> of(Division division) {
		return this.byDivision.get(division);
	}

	/** 1 January of the first year the data covers. */
	public LocalDate firstCovered() {
		return this.firstCovered;
	}

	/** 31 December of the last year the data covers. */
	public LocalDate lastCovered() {
		return this.lastCovered;
	}

	/**
	 * Whether the data covers a date; beyond it, only weekends and closure days are known
	 * to be non-working, so callers should warn.
	 */
	public boolean covers(LocalDate date) {
		return !date.isBefore(this.firstCovered) && !date.isAfter(this.lastCovered);
	}

}
