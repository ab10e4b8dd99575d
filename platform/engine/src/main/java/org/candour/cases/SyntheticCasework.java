package org.candour.cases;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

import org.candour.api.Actors;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The case services a generator of demo data works with: an intake and actions that act
 * as user {@value #ACTOR} on the generator's own clock, so validation, guards, effects,
 * clocks and history apply exactly as they do for real cases. While the generator runs,
 * what its thread logs, escalates and moves on (events included) is known to be demo data
 * ({@link CaseLookup#synthetic(FeedbackCase)}).
 */
@Component
public class SyntheticCasework {

	/** The user synthetic cases are logged and moved on as. */
	public static final String ACTOR = "demo-data";

	private static final ThreadLocal<Boolean> GENERATING = ThreadLocal.withInitial(() -> Boolean.FALSE);

	private final Cases cases;

	private final People people;

	private final CaseReferences references;

	private final CaseConfigurations configurations;

	private final GuardCheck guards;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Escalations escalations;

	private final CaseHistory history;

	private final CaseFiles files;

	SyntheticCasework(Cases cases, People people, CaseReferences references, CaseConfigurations configurations,
			GuardCheck guards, ApplicationEventPublisher events, JsonMapper json, Escalations escalations,
			CaseHistory history, CaseFiles files) {
		this.cases = cases;
		this.people = people;
		this.references = references;
		this.configurations = configurations;
		this.guards = guards;
		this.events = events;
		this.json = json;
		this.escalations = escalations;
		this.history = history;
		this.files = files;
	}

	/**
	 * Runs the generator's work in the calling thread, as demo data, with case services
	 * on its clock.
	 * @param clock the generator's (simulated) clock
	 * @param work what it does with the services
	 * @return what the work returns
	 */
	public <T> T generate(Clock clock, Function<Casework, T> work) {
		GENERATING.set(Boolean.TRUE);
		try {
			Actors actors = () -> Actors.Actor.system(ACTOR);
			CaseIntake intake = new CaseIntake(this.cases, this.people, this.references, this.configurations,
					this.guards, actors, this.events, this.json, this.history, this.files, Optional.of(clock));
			CaseActions actions = new CaseActions(this.cases, this.configurations, this.guards, actors,
					this.escalations, this.events, this.json, this.history, Optional.of(clock));
			return work.apply(new Casework(intake, actions));
		}
		finally {
			GENERATING.remove();
		}
	}

	/**
	 * Whether the calling thread is generating synthetic cases: what it logs, escalates
	 * and moves on (events included) is demo data.
	 */
	static boolean generating() {
		return GENERATING.get();
	}

	/**
	 * Case services acting as {@value #ACTOR} on the generator's clock.
	 *
	 * @param intake logs cases
	 * @param actions moves them on
	 */
	public record Casework(CaseIntake intake, CaseActions actions) {
	}

}
