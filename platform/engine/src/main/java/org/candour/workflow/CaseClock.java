package org.candour.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One clock of one case, as {@link Clocks} leaves it. Immutable: every operation returns
 * a new clock.
 *
 * @param id id of the clock's definition
 * @param status where the clock stands
 * @param startedAt when it started
 * @param anchorDate day 0 of the count
 * @param anchorInstant moment the count starts, for clocks counted in hours; otherwise
 * {@code null}
 * @param extendedBy total extension, in the duration's units
 * @param pausedDays total time paused, in the duration's units (calendar days for a clock
 * in calendar months)
 * @param pausedSince the day the current pause began; {@code null} when not paused
 * @param pauses every pause, the last one open while paused
 * @param extensions every extension
 * @param dueDate the day the clock is due (in the calendar's zone)
 * @param dueAt the moment it is due, for clocks counted in hours; otherwise {@code null}
 * @param stoppedAt when it stopped; {@code null} while it runs or is paused
 * @param overdue whether it passed its due date before it stopped
 * @param earlierPeriods the periods before each restart, oldest first; every other field
 * is about the current period, which alone counts as met or breached. Left out of the
 * stored case while empty, so a case whose clocks never restarted is stored (and hashed
 * in its history) exactly as before the field existed
 */
public record CaseClock(String id, Status status, Instant startedAt, LocalDate anchorDate, Instant anchorInstant,
		int extendedBy, int pausedDays, LocalDate pausedSince, List<Pause> pauses, List<ClockExtension> extensions,
		LocalDate dueDate, Instant dueAt, Instant stoppedAt, boolean overdue,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<Period> earlierPeriods) {

	public CaseClock {
		pauses = (pauses != null) ? List.copyOf(pauses) : List.of();
		extensions = (extensions != null) ? List.copyOf(extensions) : List.of();
		earlierPeriods = (earlierPeriods != null) ? List.copyOf(earlierPeriods) : List.of();
	}

	public enum Status {

		RUNNING, PAUSED, MET, BREACHED;

		@JsonValue
		public String wire() {
			return name().toLowerCase(Locale.ROOT);
		}

		@JsonCreator
		public static Status fromWire(String value) {
			return valueOf(value.toUpperCase(Locale.ROOT));
		}

	}

	/** A pause, from the day it began to the day it ended ({@code null} while paused). */
	public record Pause(LocalDate from, LocalDate to) {
	}

	/** An extension of the due date by an amount in the duration's units. */
	public record ClockExtension(String by, String reason, int amount, Instant at) {
	}

	/**
	 * A period of the clock that a restart ended (e.g. an FOI request clarified): kept
	 * for the record, never counted as met or breached.
	 *
	 * @param startedAt when the period started
	 * @param anchorDate its day 0
	 * @param dueDate the day it was due
	 * @param status where it stood when restarted
	 * @param overdue whether it had passed its due date
	 * @param extendedBy its total extension
	 * @param pausedDays its total time paused
	 * @param restartedAt when the restart ended it
	 * @param restartedBy who took the action that restarted it
	 * @param reason why, when the effect names one
	 */
	public record Period(Instant startedAt, LocalDate anchorDate, LocalDate dueDate, Status status, boolean overdue,
			int extendedBy, int pausedDays, Instant restartedAt, String restartedBy, String reason) {
	}

	/** Whether the clock has stopped (met or breached); a stopped clock never changes. */
	public boolean stopped() {
		return this.stoppedAt != null;
	}

	/**
	 * Whether a pause is open (the status may be breached when it passed due meanwhile).
	 */
	public boolean paused() {
		return this.pausedSince != null;
	}

	CaseClock withDue(LocalDate dueDate, Instant dueAt) {
		return new CaseClock(this.id, this.status, this.startedAt, this.anchorDate, this.anchorInstant, this.extendedBy,
				this.pausedDays, this.pausedSince, this.pauses, this.extensions, dueDate, dueAt, this.stoppedAt,
				this.overdue, this.earlierPeriods);
	}

	CaseClock withPauseFrom(LocalDate day) {
		List<Pause> pauses = new ArrayList<>(this.pauses);
		pauses.add(new Pause(day, null));
		return new CaseClock(this.id, Status.PAUSED, this.startedAt, this.anchorDate, this.anchorInstant,
				this.extendedBy, this.pausedDays, day, pauses, this.extensions, this.dueDate, this.dueAt,
				this.stoppedAt, this.overdue, this.earlierPeriods);
	}

	CaseClock withPauseEnded(LocalDate day, int pausedUnits) {
		List<Pause> pauses = new ArrayList<>(this.pauses);
		pauses.set(pauses.size() - 1, new Pause(this.pausedSince, day));
		return new CaseClock(this.id, this.overdue ? Status.BREACHED : Status.RUNNING, this.startedAt, this.anchorDate,
				this.anchorInstant, this.extendedBy, this.pausedDays + pausedUnits, null, pauses, this.extensions,
				this.dueDate, this.dueAt, this.stoppedAt, this.overdue, this.earlierPeriods);
	}

	/**
	 * Going again after its stop (its case reopened): a pause open since the day it
	 * stopped; a breach stays a breach.
	 */
	CaseClock withReopening(LocalDate stoppedOn) {
		List<Pause> pauses = new ArrayList<>(this.pauses);
		pauses.add(new Pause(stoppedOn, null));
		return new CaseClock(this.id, Status.PAUSED, this.startedAt, this.anchorDate, this.anchorInstant,
				this.extendedBy, this.pausedDays, stoppedOn, pauses, this.extensions, this.dueDate, this.dueAt, null,
				this.overdue || this.status == Status.BREACHED, this.earlierPeriods);
	}

	CaseClock withExtension(ClockExtension extension) {
		List<ClockExtension> extensions = new ArrayList<>(this.extensions);
		extensions.add(extension);
		return new CaseClock(this.id, this.status, this.startedAt, this.anchorDate, this.anchorInstant,
				this.extendedBy + extension.amount(), this.pausedDays, this.pausedSince, this.pauses, extensions,
				this.dueDate, this.dueAt, this.stoppedAt, this.overdue, this.earlierPeriods);
	}

	CaseClock withStop(Instant at, Status outcome) {
		return new CaseClock(this.id, outcome, this.startedAt, this.anchorDate, this.anchorInstant, this.extendedBy,
				this.pausedDays, this.pausedSince, this.pauses, this.extensions, this.dueDate, this.dueAt, at,
				this.overdue, this.earlierPeriods);
	}

	/**
	 * This clock's periods so far, the current one ended by a restart at {@code at}.
	 */
	List<Period> periodsRestartedAt(Instant at, String by, String reason) {
		List<Period> periods = new ArrayList<>(this.earlierPeriods);
		periods.add(new Period(this.startedAt, this.anchorDate, this.dueDate, this.status, this.overdue,
				this.extendedBy, this.pausedDays, at, by, reason));
		return periods;
	}

	CaseClock withEarlierPeriods(List<Period> periods) {
		return new CaseClock(this.id, this.status, this.startedAt, this.anchorDate, this.anchorInstant, this.extendedBy,
				this.pausedDays, this.pausedSince, this.pauses, this.extensions, this.dueDate, this.dueAt,
				this.stoppedAt, this.overdue, periods);
	}

	CaseClock withBreach() {
		return new CaseClock(this.id, Status.BREACHED, this.startedAt, this.anchorDate, this.anchorInstant,
				this.extendedBy, this.pausedDays, this.pausedSince, this.pauses, this.extensions, this.dueDate,
				this.dueAt, this.stoppedAt, true, this.earlierPeriods);
	}

}
