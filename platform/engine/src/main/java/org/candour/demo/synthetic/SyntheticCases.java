package org.candour.demo.synthetic;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import org.candour.api.Refusal;
import org.candour.cases.CaseIntake;
import org.candour.cases.ClockSweep;
import org.candour.cases.FeedbackCase;
import org.candour.cases.LogCase;
import org.candour.cases.SyntheticCasework;
import org.candour.config.ActiveConfigurations;
import org.candour.surveys.ServiceSurveys;
import org.candour.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Generates realistic demo cases for the current tenant from its active configuration,
 * the same for the same seed. Every case is logged and moved on through the case services
 * ({@link SyntheticCasework}), as user {@code demo-data} on a simulated clock that runs
 * from the receipt date towards the real now, so validation, guards, effects, clocks and
 * history apply exactly as they do for real cases; some residents of closed cases answer
 * the service survey ({@link SyntheticSurveys}). Finishes with a clock sweep, so late
 * cases show as breached.
 */
@Component
public class SyntheticCases {

	private static final Logger log = LoggerFactory.getLogger(SyntheticCases.class);

	private static final int LOG_TRIES = 4;

	private final SyntheticCasework casework;

	private final ClockSweep sweep;

	private final ActiveConfigurations configurations;

	private final Clock clock;

	private final SyntheticPhrases phrases;

	private final ServiceSurveys surveys;

	SyntheticCases(SyntheticCasework casework, ClockSweep sweep, ActiveConfigurations configurations, JsonMapper json,
			ServiceSurveys surveys, Optional<Clock> clock) {
		this.casework = casework;
		this.surveys = surveys;
		this.sweep = sweep;
		this.configurations = configurations;
		this.clock = clock.orElse(Clock.systemUTC());
		this.phrases = SyntheticPhrases.load(json);
	}

	/**
	 * Creates {@code count} cases for the current tenant, received over the last 18
	 * months and moved along their workflows; returns how many were created.
	 */
	public int generate(int count, long seed) {
		Instant realNow = this.clock.instant();
		SimulatedClock simulated = new SimulatedClock(realNow);
		return this.casework.generate(simulated, casework -> generate(casework, simulated, realNow, count, seed));
	}

	private int generate(SyntheticCasework.Casework casework, SimulatedClock simulated, Instant realNow, int count,
			long seed) {
		Random random = new Random(seed);
		SyntheticTypes types = new SyntheticTypes(this.configurations.require());
		if (types.isEmpty()) {
			log.warn("No feedback type with a form for tenant {}", TenantContext.require().value());
			return 0;
		}
		SyntheticWalk walk = new SyntheticWalk(casework.actions(), simulated, realNow, random);
		Map<String, Integer> byCategory = new TreeMap<>();
		SyntheticSurveys answers = new SyntheticSurveys(this.surveys, new Random(seed + 1), realNow);
		int created = 0;
		for (int i = 0; i < count; i++) {
			SyntheticTypes.Candidate type = types.pick(random);
			SyntheticText text = new SyntheticText(this.phrases, random, type.category(), type.vocabulary());
			Instant receivedAt = SimulatedClock.receivedAt(random, realNow);
			simulated.set(receivedAt);
			Optional<FeedbackCase> logged = log(casework.intake(), types, type, text, receivedAt, random);
			if (logged.isPresent()) {
				FeedbackCase last = walk.walk(logged.get(), SyntheticWalk.steps(random), text);
				byCategory.merge(last.current().stateCategory(), 1, Integer::sum);
				answers.maybeAnswer(last);
				created++;
			}
		}
		this.sweep.sweep();
		log.info("Generated {} synthetic cases for tenant {} (seed {}), by state category: {}; {} survey answers",
				created, TenantContext.require().value(), seed, byCategory, answers.answered());
		return created;
	}

	private Optional<FeedbackCase> log(CaseIntake intake, SyntheticTypes types, SyntheticTypes.Candidate type,
			SyntheticText text, Instant receivedAt, Random random) {
		for (int attempt = 1; attempt <= LOG_TRIES; attempt++) {
			String channel = types.channel(type, random);
			String orgUnit = types.orgUnit(type, random, receivedAt).orElse(null);
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
