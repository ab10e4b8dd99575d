package org.candour.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
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
 * @param pausedDays total time paused, in the duration's units
 * @param pausedSince the day the current pause began; {@code null} when not paused
 * @param pauses every pause, the last one open while paused
 * @param extensions every extension
 * @param dueDate the day the clock is due (in the calendar's zone)
 * @param dueAt the moment it is due, for clocks counted in hours; otherwise {@code null}
 * @param stoppedAt when it stopped; {@code null} while it runs or is paused
 * @param overdue whether it passed its due date before it stopped
 */
public record CaseClock(String id, Status status, Instant startedAt, LocalDate anchorDate, Instant anchorInstant,
		int extendedBy, int pausedDays, LocalDate pausedSince, List<Pause> pauses, List<ClockExtension> extensions,
		LocalDate dueDate, Instant dueAt, Instant stoppedAt, boolean overdue) {

	public CaseClock {
		pauses = (pauses != null) ? List.copyOf(pauses) : List.of();
		extensions = (extensions != null) ? List.copyOf(extensions) : List.of();
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
				this.overdue);
	}

	CaseClock withPauseFrom(LocalDate day) {
		List<Pause> pauses = new ArrayList<>(this.pauses);
		pauses.add(new Pause(day, null));
		return new CaseClock(this.id, Status.PAUSED, this.startedAt, this.anchorDate, this.anchorInstant,
				this.extendedBy, this.pausedDays, day, pauses, this.extensions, this.dueDate, this.dueAt,
				this.stoppedAt, this.overdue);
	}

	CaseClock withPauseEnded(LocalDate day, int pausedUnits) {
		List<Pause> pauses = new ArrayList<>(this.pauses);
		pauses.set(pauses.size() - 1, new Pause(this.pausedSince, day));
		return new CaseClock(this.id, this.overdue ? Status.BREACHED : Status.RUNNING, this.startedAt, this.anchorDate,
				this.anchorInstant, this.extendedBy, this.pausedDays + pausedUnits, null, pauses, this.extensions,
				this.dueDate, this.dueAt, this.stoppedAt, this.overdue);
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
				this.overdue || this.status == Status.BREACHED);
	}

	CaseClock withExtension(ClockExtension extension) {
		List<ClockExtension> extensions = new ArrayList<>(this.extensions);
		extensions.add(extension);
		return new CaseClock(this.id, this.status, this.startedAt, this.anchorDate, this.anchorInstant,
				this.extendedBy + extension.amount(), this.pausedDays, this.pausedSince, this.pauses, extensions,
				this.dueDate, this.dueAt, this.stoppedAt, this.overdue);
	}

	CaseClock withStop(Instant at, Status outcome) {
		return new CaseClock(this.id, outcome, this.startedAt, this.anchorDate, this.anchorInstant, this.extendedBy,
				this.pausedDays, this.pausedSince, this.pauses, this.extensions, this.dueDate, this.dueAt, at,
				this.overdue);
	}

	CaseClock withBreach() {
		return new CaseClock(this.id, Status.BREACHED, this.startedAt, this.anchorDate, this.anchorInstant,
				this.extendedBy, this.pausedDays, this.pausedSince, this.pauses, this.extensions, this.dueDate,
				this.dueAt, this.stoppedAt, true);
	}

}
