package org.candour.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.candour.api.Refusal;
import org.candour.calendar.WorkingDayCalendar;
import org.candour.definition.model.Duration;
import org.candour.definition.model.TimedTransition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Takes a workflow's timed transitions ("after 30 calendar days in state X, take Y") once
 * a case has stayed in the state that long, counted from the history entry that moved it
 * there, in the tenant's calendar (calendar and working days from that day, hours from
 * that moment). The action is taken as the system with one conditional write, so it is
 * taken once however many sweeps run. When the case's state no longer offers it or its
 * guard refuses, the refusal is recorded once in the history
 * ({@code timed-transition-refused}, with {@code meta.timedRefusals.<action>}) and the
 * action is tried again only after the case next changes. Synthetic demo cases are left
 * alone.
 */
@Component
class TimedTransitions {

	static final String REFUSALS = "timedRefusals";

	private static final Logger log = LoggerFactory.getLogger(TimedTransitions.class);

	private final CaseConfigurations configurations;

	private final SystemChanges changes;

	TimedTransitions(CaseConfigurations configurations, SystemChanges changes) {
		this.configurations = configurations;
		this.changes = changes;
	}

	/** Takes the first due timed transition of the case's state; returns 1 when taken. */
	int run(FeedbackCase candidate, Instant now) {
		CaseConfiguration configuration = this.configurations.pinned(candidate.configVersion(),
				candidate.current().feedbackType());
		String state = candidate.current().state();
		List<TimedTransition> timed = configuration.workflow().timedTransitionsIn(state);
		if (timed.isEmpty() || ClockEvents.synthetic(candidate)) {
			return 0;
		}
		Instant entered = entered(candidate);
		for (TimedTransition transition : timed) {
			if (!due(transition.after(), entered, now, configuration.calendar())
					|| refusedSince(candidate, transition, entered)) {
				continue;
			}
			String comment = "After " + words(transition.after()) + " in state '" + state + "'";
			try {
				return this.changes.take(candidate, transition.action(), comment, now) == null ? 0 : 1;
			}
			catch (Refusal refused) {
				recordRefusal(candidate, transition, entered, comment, refused, now);
				return 0;
			}
		}
		return 0;
	}

	/**
	 * When the case entered its present state: the last history entry that moved it
	 * there.
	 */
	static Instant entered(FeedbackCase candidate) {
		List<HistoryEntry> history = candidate.history();
		String state = candidate.current().state();
		for (int i = history.size() - 1; i >= 0; i--) {
			HistoryEntry entry = history.get(i);
			if (state.equals(entry.to()) && !state.equals(entry.from())) {
				return entry.at();
			}
		}
		return candidate.receivedAt();
	}

	static boolean due(Duration after, Instant entered, Instant now, WorkingDayCalendar calendar) {
		if (after == null) {
			return false;
		}
		LocalDate day = entered.atZone(calendar.spec().zone()).toLocalDate();
		LocalDate today = now.atZone(calendar.spec().zone()).toLocalDate();
		return switch (after.unit()) {
			case CALENDAR_DAYS -> !today.isBefore(calendar.addCalendarDays(day, after.amount()));
			case WORKING_DAYS -> !today.isBefore(calendar.addWorkingDays(day, after.amount()));
			case CALENDAR_MONTHS -> !today.isBefore(calendar.addCalendarMonths(day, after.amount()));
			case HOURS -> !now.isBefore(calendar.addHours(entered, after.amount()));
		};
	}

	/**
	 * Whether the system was refused this action since the case entered the state and
	 * nothing changed the case after that.
	 */
	private static boolean refusedSince(FeedbackCase candidate, TimedTransition transition, Instant entered) {
		ObjectNode refusal = candidate.current().meta().path(REFUSALS).get(transition.action()) instanceof ObjectNode o
				? o : null;
		return refusal != null && entered.toString().equals(refusal.path("since").asString(null))
				&& refusal.path("version").asLong(-1) == candidate.version();
	}

	private void recordRefusal(FeedbackCase candidate, TimedTransition transition, Instant entered, String comment,
			Refusal refused, Instant now) {
		String reasons = SystemChanges.reasons(refused);
		CaseDraft draft = new CaseDraft(candidate.current());
		ObjectNode refusals = draft.meta.get(REFUSALS) instanceof ObjectNode given ? given
				: draft.meta.putObject(REFUSALS);
		ObjectNode refusal = refusals.putObject(transition.action());
		refusal.put("since", entered.toString());
		refusal.put("version", candidate.version() + 1);
		refusal.put("reasons", reasons);
		FeedbackCase written = this.changes.record(candidate, draft.toState(), "timed-transition-refused",
				comment + ", action '" + transition.action() + "' was refused: " + reasons, List.of(), now);
		if (written != null) {
			log.warn("Case {}: timed action '{}' refused ({}); tried again after the case next changes",
					candidate.reference(), transition.action(), reasons);
		}
	}

	private static String words(Duration duration) {
		return duration.amount() + " " + duration.unit().id().replace('-', ' ');
	}

}
