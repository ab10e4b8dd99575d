package org.candour.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import org.candour.api.Actors;
import org.candour.api.Refusal;
import org.candour.config.ActiveConfigurations;
import org.candour.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Generates realistic demo cases for the current tenant from its active configuration,
 * the same for the same seed. Every case is logged and moved on through the case
 * services, as user {@code demo-data} on a simulated clock that runs from the receipt
 * date towards the real now, so validation, guards, effects, clocks and history apply
 * exactly as they do for real cases. Finishes with a clock sweep, so late cases show as
 * breached.
 */
@Component
public class SyntheticCases {

	/** The user synthetic cases are logged and moved on as. */
	public static final String ACTOR = "demo-data";

	private static final Logger log = LoggerFactory.getLogger(SyntheticCases.class);

	private static final ThreadLocal<Boolean> GENERATING = ThreadLocal.withInitial(() -> Boolean.FALSE);

	private static final int LOG_TRIES = 4;

	private final Cases cases;

	private final People people;

	private final CaseReferences references;

	private final CaseConfigurations caseConfigurations;

	private final GuardCheck guards;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Escalations escalations;

	private final ClockSweep sweep;

	private final ActiveConfigurations configurations;

	private final CaseHistory history;

	private final CaseFiles files;

	private final Clock clock;

	private final SyntheticPhrases phrases;

	SyntheticCases(Cases cases, People people, CaseReferences references, CaseConfigurations caseConfigurations,
			GuardCheck guards, ApplicationEventPublisher events, JsonMapper json, Escalations escalations,
			ClockSweep sweep, ActiveConfigurations configurations, CaseHistory history, CaseFiles files,
			Optional<Clock> clock) {
		this.cases = cases;
		this.people = people;
		this.references = references;
		this.caseConfigurations = caseConfigurations;
		this.guards = guards;
		this.events = events;
		this.json = json;
		this.escalations = escalations;
		this.sweep = sweep;
		this.configurations = configurations;
		this.history = history;
		this.files = files;
		this.clock = clock.orElse(Clock.systemUTC());
		this.phrases = SyntheticPhrases.load(json);
	}

	/**
	 * Creates {@code count} cases for the current tenant, received over the last 18
	 * months and moved along their workflows; returns how many were created.
	 */
	public int generate(int count, long seed) {
		GENERATING.set(Boolean.TRUE);
		try {
			return generateNow(count, seed);
		}
		finally {
			GENERATING.remove();
		}
	}

	/**
	 * Whether the calling thread is generating synthetic cases: what it logs, escalates
	 * and moves on (events included) is demo data.
	 */
	public static boolean generating() {
		return GENERATING.get();
	}

	private int generateNow(int count, long seed) {
		Instant realNow = this.clock.instant();
		Random random = new Random(seed);
		SyntheticTypes types = new SyntheticTypes(this.configurations.require());
		if (types.isEmpty()) {
			log.warn("No feedback type with a form for tenant {}", TenantContext.require().value());
			return 0;
		}
		SimulatedClock simulated = new SimulatedClock(realNow);
		Actors actors = () -> Actors.Actor.system(ACTOR);
		CaseIntake intake = new CaseIntake(this.cases, this.people, this.references, this.caseConfigurations,
				this.guards, actors, this.events, this.json, this.history, this.files, Optional.of(simulated));
		SyntheticWalk walk = new SyntheticWalk(new CaseActions(this.cases, this.caseConfigurations, this.guards, actors,
				this.escalations, this.events, this.json, this.history, Optional.of(simulated)), simulated, realNow,
				random);
		Map<String, Integer> byCategory = new TreeMap<>();
		int created = 0;
		for (int i = 0; i < count; i++) {
			SyntheticTypes.Candidate type = types.pick(random);
			SyntheticText text = new SyntheticText(this.phrases, random, type.category(), type.vocabulary());
			Instant receivedAt = SimulatedClock.receivedAt(random, realNow);
			simulated.set(receivedAt);
			Optional<FeedbackCase> logged = log(intake, types, type, text, receivedAt, random);
			if (logged.isPresent()) {
				FeedbackCase last = walk.walk(logged.get(), SyntheticWalk.steps(random), text);
				byCategory.merge(last.current().stateCategory(), 1, Integer::sum);
				created++;
			}
		}
		this.sweep.sweep();
		log.info("Generated {} synthetic cases for tenant {} (seed {}), by state category: {}", created,
				TenantContext.require().value(), seed, byCategory);
		return created;
	}

	private Optional<FeedbackCase> log(CaseIntake intake, SyntheticTypes types, SyntheticTypes.Candidate type,
			SyntheticText text, Instant receivedAt, Random random) {
		for (int attempt = 1; attempt <= LOG_TRIES; attempt++) {
			String channel = types.channel(type, random);
			String orgUnit = types.orgUnit(type, random).orElse(null);
			ObjectNode data = new SchemaFaker(random, text, receivedAt, "form").object(type.schema());
			LogCase command = new LogCase(type.type().id(), data, null, channel, receivedAt, "Synthetic demo data",
					orgUnit, null, null);
			try {
				return Optional.of(intake.log(command, null).feedbackCase());
			}
			catch (Refusal ex) {
				log.debug("Synthetic {} refused (attempt {}): {}", type.type().id(), attempt, ex.violations());
			}
		}
		log.warn("Could not make valid data for feedback type {}; case skipped", type.type().id());
		return Optional.empty();
	}

}
