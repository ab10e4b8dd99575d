package org.candour.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.candour.tenancy.ActiveTenants;
import org.candour.tenancy.TenantContext;
import org.candour.workflow.CaseClock;
import org.candour.definition.model.ClockDefinition;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks clocks that went past their due date. Each marking is one conditional update of
 * the case (with a history entry), so however often the sweep runs, on however many
 * instances, a breach is marked, announced ({@link ClockBreached}) and counted
 * ({@code candour.clocks.breached}) exactly once. Also completes escalations left
 * pending.
 */
@Component
public class ClockSweep {

	private static final int BATCH = 500;

	private final Cases cases;

	private final CaseConfigurations configurations;

	private final ActiveTenants tenants;

	private final Escalations escalations;

	private final ApplicationEventPublisher events;

	private final MeterRegistry meters;

	private final CaseHistory history;

	private final Clock clock;

	ClockSweep(Cases cases, CaseConfigurations configurations, ActiveTenants tenants, Escalations escalations,
			ApplicationEventPublisher events, MeterRegistry meters, CaseHistory history, Optional<Clock> clock) {
		this.cases = cases;
		this.configurations = configurations;
		this.tenants = tenants;
		this.escalations = escalations;
		this.events = events;
		this.meters = meters;
		this.history = history;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Scheduled(fixedDelayString = "${candour.cases.clock-sweep-interval:PT1M}", initialDelayString = "PT20S")
	void sweepAllTenants() {
		this.tenants.each("Clock sweep", this::sweep);
	}

	/** Sweeps the current tenant; returns how many breaches this call marked. */
	public int sweep() {
		Instant now = this.clock.instant();
		String horizon = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).plusDays(1).toString();
		int marked = 0;
		List<FeedbackCase> due = this.cases.find(
				new Document("open", true).append("sweepDue", new Document("$lte", horizon)),
				new Document("sweepDue", 1), 0, BATCH);
		for (FeedbackCase candidate : due) {
			marked += mark(candidate, now);
		}
		for (FeedbackCase pending : this.cases.find(new Document("pendingEscalations.0", new Document("$exists", true)),
				new Document("reference", 1), 0, BATCH)) {
			this.escalations.complete(pending);
		}
		return marked;
	}

	private int mark(FeedbackCase candidate, Instant now) {
		CaseConfiguration configuration = this.configurations.pinned(candidate.configVersion(),
				candidate.current().feedbackType());
		CaseDraft draft = new CaseDraft(candidate.current());
		List<CaseClock> breached = new ArrayList<>();
		for (CaseClock running : candidate.current().clocks()) {
			ClockDefinition definition = configuration.workflow().clocks().get(running.id());
			if (definition == null || running.stopped() || running.overdue()) {
				continue;
			}
			CaseClock marked = configuration.clocks().markBreachedIfOverdue(running, definition, now);
			if (marked != running) {
				draft.put(marked);
				breached.add(marked);
			}
		}
		if (breached.isEmpty()) {
			return 0;
		}
		CaseState after = draft.toState();
		FeedbackCase next = this.history.append(candidate, now, "system", "clock-breached", after,
				"Past due: " + breached.stream().map(CaseClock::id).toList(), candidate.pendingEscalations(),
				List.of());
		if (!this.cases.replace(candidate, next)) {
			return 0;
		}
		for (CaseClock clock : breached) {
			this.events.publishEvent(new ClockBreached(TenantContext.require().value(), candidate.caseReference(),
					after.feedbackType(), clock.id(), clock.dueDate()));
			this.meters
				.counter("candour.clocks.breached", "tenant", TenantContext.require().value(), "feedbackType",
						after.feedbackType(), "clock", clock.id())
				.increment();
		}
		return breached.size();
	}

}
