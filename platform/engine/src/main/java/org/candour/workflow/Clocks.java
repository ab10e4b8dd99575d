package org.candour.workflow;

import org.candour.definition.model.Duration;

import org.candour.definition.model.ClockDefinition;

import java.time.Instant;
import java.time.LocalDate;

import org.candour.calendar.WorkingDayCalendar;
import org.candour.workflow.CaseClock.ClockExtension;
import org.candour.workflow.CaseClock.Status;

/**
 * The arithmetic of case clocks in one working-day calendar: the day of receipt is day 0,
 * pauses push the due date out by the time paused, extensions by their amount. Pure:
 * takes a clock and returns a new one (or the same one when nothing changes).
 */
public final class Clocks {

	private static final Duration DEFAULT_WARNING = new Duration(2, Duration.Unit.WORKING_DAYS);

	private final ClockTime time;

	private final WorkingDayCalendar calendar;

	public Clocks(WorkingDayCalendar calendar) {
		this.time = new ClockTime(calendar);
		this.calendar = calendar;
	}

	/**
	 * Day 0 of a clock counted from a moment: for calendar days or months its date, even
	 * on a weekend, bank holiday or after the cut-off (statutory time limits); otherwise
	 * the day it counts as received on (the next working day when it is not one or is at
	 * or after the cut-off).
	 */
	public LocalDate dayZero(ClockDefinition def, Instant at) {
		return def.duration().unit().calendarTime() ? this.calendar.dateOf(at) : this.calendar.receivedOn(at);
	}

	/**
	 * A running clock counted from day 0 (already resolved by the caller); an hours clock
	 * counts from {@code at}.
	 */
	public CaseClock start(ClockDefinition def, Instant at, LocalDate anchorDay0) {
		Instant anchorInstant = (def.duration().unit() == Duration.Unit.HOURS) ? at : null;
		CaseClock clock = new CaseClock(def.id(), Status.RUNNING, at, anchorDay0, anchorInstant, 0, 0, null, null, null,
				null, null, null, false, null);
		return withDue(clock, def);
	}

	/**
	 * Starts the clock again from day 0 {@code anchorDay0} (an FOI request clarified):
	 * the new period runs afresh, with no pauses or extensions, and alone counts as met
	 * or breached; the period it ends (running, paused or stopped) is kept in
	 * {@link CaseClock#earlierPeriods()} with who restarted it and why.
	 */
	public CaseClock restart(CaseClock clock, ClockDefinition def, Instant at, LocalDate anchorDay0, String by,
			String reason) {
		return start(def, at, anchorDay0).withEarlierPeriods(clock.periodsRestartedAt(at, by, reason));
	}

	/** Opens a pause; a paused or stopped clock is returned unchanged. */
	public CaseClock pause(CaseClock clock, Instant at) {
		if (clock.stopped() || clock.paused()) {
			return clock;
		}
		return clock.withPauseFrom(this.time.localDate(at));
	}

	/**
	 * Ends the pause and moves the due date out by the time paused; a clock that is not
	 * paused is returned unchanged. A clock that was overdue stays breached.
	 */
	public CaseClock resume(CaseClock clock, ClockDefinition def, Instant at) {
		if (clock.stopped() || !clock.paused()) {
			return clock;
		}
		LocalDate day = this.time.localDate(at);
		int paused = this.time.pausedUnits(def, clock.pausedSince(), day);
		return withDue(clock.withPauseEnded(day, paused), def);
	}

	/**
	 * Carries on a clock its case's closure stopped, now that the case is reopened: the
	 * days from its stop to {@code at} count as a pause, so its due date moves out by
	 * them; a clock that was breached stays breached. A clock still going is returned
	 * unchanged.
	 */
	public CaseClock reopen(CaseClock clock, ClockDefinition def, Instant at) {
		if (!clock.stopped()) {
			return clock;
		}
		return resume(clock.withReopening(this.time.localDate(clock.stoppedAt())), def, at);
	}

	/**
	 * Extends the due date by an amount in the duration's units. Whether the user may do
	 * so by role is the caller's check.
	 * @throws ClockRuleException when the clock has stopped, the definition allows no
	 * extension, the amount is below 1 or takes the total past the maximum, or a required
	 * reason is blank
	 */
	public CaseClock extend(CaseClock clock, ClockDefinition def, int amount, String reason, String by, Instant at) {
		new ExtensionRules(def.extension()).check(clock, amount, reason);
		return withDue(clock.withExtension(new ClockExtension(by, reason, amount, at)), def);
	}

	/**
	 * Stops the clock: met when stopped on or before its due date and never marked
	 * overdue, otherwise breached. An open pause is ended first. A stopped clock is
	 * returned unchanged.
	 */
	public CaseClock stop(CaseClock clock, ClockDefinition def, Instant at) {
		if (clock.stopped()) {
			return clock;
		}
		CaseClock settled = resume(clock, def, at);
		boolean met = !settled.overdue() && this.time.onTime(def, settled, at);
		return settled.withStop(at, met ? Status.MET : Status.BREACHED);
	}

	/**
	 * Marks a running or paused clock breached and overdue once its due date has passed
	 * (for a paused clock, the due date as if resumed now); otherwise returns the same
	 * instance.
	 */
	public CaseClock markBreachedIfOverdue(CaseClock clock, ClockDefinition def, Instant now) {
		if (clock.stopped() || clock.overdue()) {
			return clock;
		}
		return this.time.onTime(def, resume(clock, def, now), now) ? clock : clock.withBreach();
	}

	/**
	 * Red when overdue, amber when due within the definition's warning period (2 working
	 * days when it has none), green otherwise; met or breached once stopped.
	 */
	public Rag rag(CaseClock clock, ClockDefinition def, Instant now) {
		if (clock.stopped()) {
			return (clock.status() == Status.MET) ? Rag.MET : Rag.BREACHED;
		}
		CaseClock current = resume(clock, def, now);
		if (clock.overdue() || !this.time.onTime(def, current, now)) {
			return Rag.RED;
		}
		Duration warning = (def.warnBefore() != null) ? def.warnBefore() : DEFAULT_WARNING;
		return (this.time.left(current, now, warning.unit()) <= warning.amount()) ? Rag.AMBER : Rag.GREEN;
	}

	/** The due date: day 0 plus the duration, extensions and time paused. */
	public LocalDate due(ClockDefinition def, CaseClock clock) {
		return this.time.dueDate(def, clock);
	}

	private CaseClock withDue(CaseClock clock, ClockDefinition def) {
		return clock.withDue(this.time.dueDate(def, clock), this.time.dueAt(def, clock));
	}

}
