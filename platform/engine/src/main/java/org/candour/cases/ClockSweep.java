package org.candour.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.candour.calendar.WorkingDayCalendar;
import org.candour.config.ConfigVersion;
import org.candour.definition.model.ClockDefinition;
import org.candour.definition.model.Duration;
import org.candour.definition.model.TimedTransition;
import org.candour.definition.model.WorkflowDefinition;
import org.candour.tenancy.ActiveTenants;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The time-driven side of the case engine, by the application clock: marks clocks that
 * went past their due date (with their {@code onBreach} effects), warns of clocks that
 * entered their warning period ({@link ClockEvents}), takes timed transitions
 * ({@link TimedTransitions}) and completes escalations left pending. Each change is one
 * conditional update of the case with a history entry by {@code system}, so however often
 * the sweep runs, on however many instances, each happens once.
 */
@Component
public class ClockSweep {

	private static final int BATCH = 500;

	private final Cases cases;

	private final CaseConfigurations configurations;

	private final ActiveTenants tenants;

	private final Escalations escalations;

	private final ClockEvents clockEvents;

	private final TimedTransitions timed;

	private final Clock clock;

	ClockSweep(Cases cases, CaseConfigurations configurations, ActiveTenants tenants, Escalations escalations,
			ClockEvents clockEvents, TimedTransitions timed, Optional<Clock> clock) {
		this.cases = cases;
		this.configurations = configurations;
		this.tenants = tenants;
		this.escalations = escalations;
		this.clockEvents = clockEvents;
		this.timed = timed;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Scheduled(fixedDelayString = "${candour.cases.clock-sweep-interval:PT1M}", initialDelayString = "PT20S")
	void sweepAllTenants() {
		this.tenants.each("Clock sweep", this::sweep);
	}

	/** Sweeps the current tenant; returns how many breaches this call marked. */
	public int sweep() {
		Instant now = this.clock.instant();
		Optional<ConfigVersion> active = this.configurations.current();
		LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
		String horizon = active.map(version -> warningHorizon(version, today)).orElse(today).plusDays(1).toString();
		int marked = 0;
		for (int skip = 0;; skip += BATCH) {
			List<FeedbackCase> due = this.cases.find(
					new Document("open", true).append("sweepDue", new Document("$lte", horizon)),
					new Document("sweepDue", 1).append("_id", 1), skip, BATCH);
			for (FeedbackCase candidate : due) {
				int breached = this.clockEvents.breach(candidate, now);
				marked += breached;
				if (breached == 0) {
					this.clockEvents.warn(candidate, now);
				}
			}
			if (due.size() < BATCH) {
				break;
			}
		}
		active.ifPresent(version -> takeTimedTransitions(version, now));
		for (FeedbackCase pending : this.cases.find(new Document("pendingEscalations.0", new Document("$exists", true)),
				new Document("reference", 1), 0, BATCH)) {
			this.escalations.complete(pending);
		}
		return marked;
	}

	/**
	 * The cases in the states that the active version's workflows leave by timed
	 * transitions (each case is then judged by the version it is pinned to).
	 */
	private void takeTimedTransitions(ConfigVersion version, Instant now) {
		Set<String> states = new LinkedHashSet<>();
		for (WorkflowDefinition workflow : version.model().workflows().values()) {
			workflow.timedTransitions().stream().map(TimedTransition::state).forEach(states::add);
		}
		if (states.isEmpty()) {
			return;
		}
		for (int skip = 0;; skip += BATCH) {
			List<FeedbackCase> found = this.cases.find(new Document("state", new Document("$in", List.copyOf(states))),
					new Document("_id", 1), skip, BATCH);
			found.forEach(candidate -> this.timed.run(candidate, now));
			if (found.size() < BATCH) {
				return;
			}
		}
	}

	/**
	 * The last day a clock of the active version can fall due and already be in its
	 * warning period today: cases due by then are looked at for warnings.
	 */
	private LocalDate warningHorizon(ConfigVersion version, LocalDate today) {
		WorkingDayCalendar calendar = this.configurations.calendar(version);
		LocalDate horizon = today;
		for (WorkflowDefinition workflow : version.model().workflows().values()) {
			for (ClockDefinition definition : workflow.clocks().values()) {
				Duration warning = definition.warnBefore();
				if (warning == null) {
					continue;
				}
				LocalDate last = switch (warning.unit()) {
					case WORKING_DAYS -> calendar.addWorkingDays(today, warning.amount() + 1);
					case HOURS -> today.plusDays(warning.amount() / 24 + 2);
					default -> today.plusDays(warning.amount() + 1);
				};
				horizon = last.isAfter(horizon) ? last : horizon;
			}
		}
		return horizon;
	}

}
