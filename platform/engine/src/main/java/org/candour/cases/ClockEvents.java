package org.candour.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.candour.definition.model.ClockDefinition;
import org.candour.definition.model.Effect;
import org.candour.tenancy.TenantContext;
import org.candour.workflow.CaseClock;
import org.candour.workflow.Rag;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What happens when a case's clock goes past its due date or enters its warning period. A
 * breach is marked with the clock's {@code onBreach} effects in one history entry
 * ({@code clock-breached}); a warning runs the clock's {@code onWarn} effects (or,
 * without them, emails {@value #DEFAULT_WARNING} to the assignee) and records the due
 * date it warned of in {@code meta.clockWarnings.<clock>}, in one history entry
 * ({@code clock-warning}). Synthetic demo cases are only marked breached. Each is one
 * conditional write of the case (its marker — the clock marked breached, the due date
 * warned of — written with it), so on any number of sweeps and instances it happens once.
 */
@Component
class ClockEvents {

	static final String DEFAULT_WARNING = "staff-clock-warning";

	static final String WARNINGS = "clockWarnings";

	private final CaseConfigurations configurations;

	private final SystemChanges changes;

	private final ApplicationEventPublisher events;

	private final MeterRegistry meters;

	ClockEvents(CaseConfigurations configurations, SystemChanges changes, ApplicationEventPublisher events,
			MeterRegistry meters) {
		this.configurations = configurations;
		this.changes = changes;
		this.events = events;
		this.meters = meters;
	}

	/** Marks the clocks past their due date; returns how many this call marked. */
	int breach(FeedbackCase candidate, Instant now) {
		CaseConfiguration configuration = configuration(candidate);
		CaseDraft draft = new CaseDraft(candidate.current());
		List<CaseClock> breached = new ArrayList<>();
		List<Effect> effects = new ArrayList<>();
		for (CaseClock running : candidate.current().clocks()) {
			ClockDefinition definition = configuration.workflow().clocks().get(running.id());
			if (definition == null || running.stopped() || running.overdue()) {
				continue;
			}
			CaseClock marked = configuration.clocks().markBreachedIfOverdue(running, definition, now);
			if (marked != running) {
				draft.put(marked);
				breached.add(marked);
				if (!synthetic(candidate)) {
					effects.addAll(configuration.workflow().automation(running.id()).onBreach());
				}
			}
		}
		if (breached.isEmpty()) {
			return 0;
		}
		FeedbackCase written = this.changes.record(candidate, draft.toState(), "clock-breached",
				"Past due: " + breached.stream().map(CaseClock::id).toList(), effects, now);
		if (written == null) {
			return 0;
		}
		String tenant = TenantContext.require().value();
		for (CaseClock clock : breached) {
			this.events.publishEvent(new ClockBreached(tenant, candidate.caseReference(),
					candidate.current().feedbackType(), clock.id(), clock.dueDate()));
			this.meters
				.counter("candour.clocks.breached", "tenant", tenant, "feedbackType",
						candidate.current().feedbackType(), "clock", clock.id())
				.increment();
		}
		return breached.size();
	}

	/**
	 * Warns of the clocks that entered their warning period and were not warned of for
	 * their present due date; returns how many this call warned of.
	 */
	int warn(FeedbackCase candidate, Instant now) {
		if (synthetic(candidate)) {
			return 0;
		}
		CaseConfiguration configuration = configuration(candidate);
		CaseDraft draft = new CaseDraft(candidate.current());
		ObjectNode warned = draft.meta.get(WARNINGS) instanceof ObjectNode given ? given : draft.meta.objectNode();
		List<String> due = new ArrayList<>();
		List<Effect> effects = new ArrayList<>();
		for (CaseClock running : candidate.current().clocks()) {
			ClockDefinition definition = configuration.workflow().clocks().get(running.id());
			if (definition == null || definition.warnBefore() == null || running.stopped() || running.overdue()
					|| running.pausedSince() != null || running.dueDate() == null
					|| running.dueDate().toString().equals(warned.path(running.id()).asString(null))
					|| configuration.clocks().rag(running, definition, now) != Rag.AMBER) {
				continue;
			}
			warned.put(running.id(), running.dueDate().toString());
			due.add(running.id() + " (due " + running.dueDate() + ")");
			List<Effect> onWarn = configuration.workflow().automation(running.id()).onWarn();
			effects.addAll(onWarn.isEmpty() ? List.of(new Effect.Notify(DEFAULT_WARNING, "assignee")) : onWarn);
		}
		if (due.isEmpty()) {
			return 0;
		}
		draft.meta.set(WARNINGS, warned);
		FeedbackCase written = this.changes.record(candidate, draft.toState(), "clock-warning", "Nearly due: " + due,
				effects, now);
		return written == null ? 0 : due.size();
	}

	/**
	 * Synthetic demo cases (their histories generated) are marked breached, nothing more.
	 */
	static boolean synthetic(FeedbackCase candidate) {
		return SyntheticCasework.generating()
				|| (!candidate.history().isEmpty() && SyntheticCasework.ACTOR.equals(candidate.history().get(0).by()));
	}

	private CaseConfiguration configuration(FeedbackCase candidate) {
		return this.configurations.pinned(candidate.configVersion(), candidate.current().feedbackType());
	}

}
