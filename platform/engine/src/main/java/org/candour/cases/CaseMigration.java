package org.candour.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.api.Actors;
import org.candour.config.ActiveConfigurations;
import org.candour.config.ConfigVersion;
import org.candour.workflow.CaseClock;
import org.candour.definition.model.ClockDefinition;
import org.candour.definition.model.Transition;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * Moves open cases to a newer configuration version, explicitly: a dry run reports for
 * every selected case its new state, the data problems and guards that would now fail,
 * and its clocks recomputed; the real run makes exactly those changes, one conditional
 * update per case, each recorded in the case's history.
 */
@Service
public class CaseMigration {

	private static final int LIMIT = 10_000;

	private final Cases cases;

	private final CaseConfigurations configurations;

	private final ActiveConfigurations versions;

	private final GuardCheck guards;

	private final Actors actors;

	private final JsonMapper json;

	private final CaseHistory history;

	private final Clock clock;

	CaseMigration(Cases cases, CaseConfigurations configurations, ActiveConfigurations versions, GuardCheck guards,
			Actors actors, JsonMapper json, CaseHistory history, Optional<Clock> clock) {
		this.cases = cases;
		this.configurations = configurations;
		this.versions = versions;
		this.guards = guards;
		this.actors = actors;
		this.json = json;
		this.history = history;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public List<Outcome> migrate(int targetVersion, Map<String, String> stateMapping, String feedbackType,
			boolean dryRun) {
		ConfigVersion target = this.versions.version(targetVersion);
		Document filter = new Document("open", true);
		if (feedbackType != null) {
			filter.append("feedbackType", feedbackType);
		}
		List<Outcome> outcomes = new ArrayList<>();
		for (FeedbackCase candidate : this.cases.find(filter, new Document("reference", 1), 0, LIMIT)) {
			if (candidate.configVersion() == targetVersion) {
				continue;
			}
			Plan plan = plan(candidate, target, stateMapping);
			boolean migrated = !dryRun && plan.blocking().isEmpty() && write(candidate, plan, targetVersion);
			outcomes.add(new Outcome(candidate.reference(), candidate.configVersion(), targetVersion,
					candidate.current().state(), plan.state(), plan.blocking(), plan.failingGuards(),
					plan.clockChanges(), migrated));
		}
		return outcomes;
	}

	private Plan plan(FeedbackCase candidate, ConfigVersion target, Map<String, String> mapping) {
		String from = candidate.current().state();
		String to = mapping.getOrDefault(from, from);
		CaseConfiguration configuration;
		try {
			configuration = this.configurations.of(target, candidate.current().feedbackType());
		}
		catch (Refusal ex) {
			return new Plan(to, null,
					List.of(new ApiError("/feedbackType", "migrate.feedback-type-missing", "Version " + target.number()
							+ " has no feedback type " + candidate.current().feedbackType())),
					List.of(), List.of(), List.of());
		}
		if (!configuration.workflow().states().containsKey(to)) {
			return new Plan(to, configuration,
					List.of(new ApiError("/stateMapping/" + from, "migrate.state-missing", "State '" + to
							+ "' does not exist in version " + target.number() + "; map it to one that does")),
					List.of(), List.of(), List.of());
		}
		List<ApiError> blocking = this.guards.check(configuration, configuration.storedDataSchema(),
				candidate.current().data(), "/data", "data.", null);
		List<CaseClock> clocks = new ArrayList<>();
		List<ClockChange> changes = new ArrayList<>();
		for (CaseClock existing : candidate.current().clocks()) {
			ClockDefinition definition = configuration.workflow().clocks().get(existing.id());
			CaseClock recomputed = existing.stopped() || definition == null ? existing
					: withDue(existing, configuration.clocks().due(definition, existing));
			clocks.add(recomputed);
			changes.add(new ClockChange(existing.id(), existing.dueDate(), recomputed.dueDate()));
		}
		List<GuardFailure> failing = new ArrayList<>();
		CaseState moved = moved(candidate.current(), configuration, to, clocks);
		for (Transition transition : configuration.workflow().availableFrom(to)) {
			List<ApiError> errors = this.guards.check(configuration, transition.guard(),
					CaseView.of(moved, null, this.json), "", "guard.", transition.guardMessages());
			if (!errors.isEmpty()) {
				failing.add(new GuardFailure(transition.action(), errors));
			}
		}
		return new Plan(to, configuration, blocking, failing, changes, clocks);
	}

	private boolean write(FeedbackCase candidate, Plan plan, int targetVersion) {
		CaseState after = moved(candidate.current(), plan.configuration(), plan.state(), plan.clocks());
		Instant now = this.clock.instant();
		FeedbackCase next = this.history.append(candidate.repinned(targetVersion), now, this.actors.current().name(),
				"migrate", after,
				"Migrated from configuration version " + candidate.configVersion() + " to " + targetVersion,
				candidate.pendingEscalations(), List.of());
		return this.cases.replace(candidate, next);
	}

	private static CaseState moved(CaseState current, CaseConfiguration configuration, String state,
			List<CaseClock> clocks) {
		return new CaseState(current.feedbackType(), configuration.workflow().id(), state,
				configuration.workflow().state(state).category(), current.orgUnit(), current.team(), current.officer(),
				current.summary(), current.data(), current.outcome(), current.meta(), List.copyOf(clocks),
				current.links(), current.closureReason(), current.closedAt());
	}

	private static CaseClock withDue(CaseClock c, LocalDate due) {
		return new CaseClock(c.id(), c.status(), c.startedAt(), c.anchorDate(), c.anchorInstant(), c.extendedBy(),
				c.pausedDays(), c.pausedSince(), c.pauses(), c.extensions(), due, c.dueAt(), c.stoppedAt(), c.overdue(),
				c.earlierPeriods());
	}

	private record Plan(String state, CaseConfiguration configuration, List<ApiError> blocking,
			List<GuardFailure> failingGuards, List<ClockChange> clockChanges, List<CaseClock> clocks) {
	}

	/** What migrating one case does (or would do, in a dry run). */
	public record Outcome(String reference, int fromVersion, int toVersion, String fromState, String toState,
			List<ApiError> problems, List<GuardFailure> failingGuards, List<ClockChange> clocks, boolean migrated) {
	}

	public record GuardFailure(String action, List<ApiError> errors) {
	}

	public record ClockChange(String clock, LocalDate dueBefore, LocalDate dueAfter) {
	}

}
