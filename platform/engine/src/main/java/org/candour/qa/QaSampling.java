package org.candour.qa;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.definition.SchemaCheck;
import org.candour.definition.model.QaPolicy;
import org.candour.tenancy.TenantContext;

import org.springframework.stereotype.Service;

/**
 * Draws a month's samples by the tenant's policy: line-manager sampling of each officer's
 * open cases, central sampling of a share of the cases closed in the month before, and
 * each thematic review's cases. The draw is deterministic in the seed (by default the
 * tenant and the month). Claiming the month comes first, so a month is drawn once whoever
 * starts it.
 */
@Service
class QaSampling {

	/** Who a scheduled run is recorded as started by. */
	static final String SCHEDULE = "schedule";

	private final QaPolicies policies;

	private final SamplingCandidates candidates;

	private final QaSamples samples;

	private final QaRuns runs;

	private final QaIds ids;

	private final Clock clock;

	QaSampling(QaPolicies policies, SamplingCandidates candidates, QaSamples samples, QaRuns runs, QaIds ids,
			Optional<Clock> clock) {
		this.policies = policies;
		this.candidates = candidates;
		this.samples = samples;
		this.runs = runs;
		this.ids = ids;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The month it is now, in the tenant's zone. */
	YearMonth currentPeriod() {
		return YearMonth.from(this.policies.today(this.clock.instant()));
	}

	/** This month's run, when the tenant has a policy and the month has no run yet. */
	Optional<QaRun> runDue() {
		YearMonth period = currentPeriod();
		if (this.policies.policy().isEmpty() || this.runs.of(period.toString()).isPresent()) {
			return Optional.empty();
		}
		try {
			return Optional.of(run(period, null, SCHEDULE));
		}
		catch (Refusal ex) {
			// another instance claimed the month first
			return Optional.empty();
		}
	}

	/**
	 * Draws the month's samples.
	 * @param seed the seed; {@code null} for the default (tenant and month)
	 * @param by who started the run
	 * @throws Refusal when the tenant has no policy, the month is still to come, or it
	 * has a run already (409)
	 */
	QaRun run(YearMonth period, String seed, String by) {
		QaPolicy policy = this.policies.require();
		if (period.isAfter(currentPeriod())) {
			throw Refusal.rulesBroken("The month is still to come", List
				.of(new ApiError("/period", "qa.period-future", "Sample this month or an earlier one, not " + period)));
		}
		String drawnWith = (seed != null && !seed.isBlank()) ? seed : TenantContext.require().value() + ":" + period;
		Instant now = this.clock.instant();
		if (!this.runs.claim(new QaRun(period.toString(), drawnWith, now, by, 0, 0, 0, 0))) {
			throw Refusal.stale("The month " + period + " has been sampled already",
					Map.of("period", period.toString()));
		}
		try {
			return draw(policy, period, drawnWith, by, now);
		}
		catch (RuntimeException ex) {
			// nothing was stored: free the month for another try
			this.runs.release(period.toString());
			throw ex;
		}
	}

	private QaRun draw(QaPolicy policy, YearMonth period, String drawnWith, String by, Instant now) {
		ZoneId zone = this.policies.zone();
		YearMonth before = period.minusMonths(1);
		Supplier<List<Candidate>> closed = memo(() -> this.candidates.closedBetween(
				before.atDay(1).atStartOfDay(zone).toInstant(), period.atDay(1).atStartOfDay(zone).toInstant()));
		Supplier<List<Candidate>> open = memo(this.candidates::open);
		Draft draft = new Draft(period.toString(), drawnWith, now, policy);
		if (policy.lineManager() != null) {
			Map<String, List<String>> byOfficer = new TreeMap<>();
			open.get()
				.stream()
				.filter(candidate -> candidate.officer() != null)
				.forEach(candidate -> byOfficer.computeIfAbsent(candidate.officer(), officer -> new ArrayList<>())
					.add(candidate.reference()));
			byOfficer.values()
				.forEach(references -> draft.add(
						SampleKind.LINE_MANAGER, null, open.get(), SampleDraw.draw(drawnWith + ":line-manager",
								references, policy.lineManager().openCasesPerOfficer()),
						EnumSet.of(ReviewerKind.MANAGER)));
		}
		if (policy.central() != null) {
			List<String> references = closed.get().stream().map(Candidate::reference).toList();
			Set<ReviewerKind> needs = policy.central().managerAlsoScores()
					? EnumSet.of(ReviewerKind.CENTRAL, ReviewerKind.MANAGER) : EnumSet.of(ReviewerKind.CENTRAL);
			draft.add(SampleKind.CENTRAL, null, closed.get(), SampleDraw.draw(drawnWith + ":central", references,
					share(policy.central().percentOfClosed(), references.size())), needs);
		}
		for (QaPolicy.ThematicReview review : policy.thematic()) {
			List<Candidate> pool = review.fromClosed() ? closed.get() : open.get();
			SchemaCheck condition = (review.where() != null) ? this.policies.model().check(review.where()) : null;
			List<String> references = pool.stream()
				.filter(candidate -> review.feedbackTypes().isEmpty()
						|| review.feedbackTypes().contains(candidate.feedbackType()))
				.filter(candidate -> condition == null || condition.accepts(candidate.view()))
				.map(Candidate::reference)
				.toList();
			draft.add(SampleKind.THEMATIC, new QaSample.Review(review.id(), Texts.english(review.title())), pool,
					SampleDraw.draw(drawnWith + ":thematic:" + review.id(), references, review.cases()),
					EnumSet.of(ReviewerKind.CENTRAL));
		}
		this.samples.insert(draft.samples);
		// stored: from here on the month stays claimed
		QaRun run = new QaRun(period.toString(), drawnWith, now, by, closed.get().size(),
				draft.count(SampleKind.LINE_MANAGER), draft.count(SampleKind.CENTRAL),
				draft.count(SampleKind.THEMATIC));
		this.runs.complete(run);
		return run;
	}

	/** The number drawn for a share in per cent: rounded up. */
	static int share(BigDecimal percent, int of) {
		return percent.multiply(BigDecimal.valueOf(of))
			.divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
			.intValueExact();
	}

	private static <T> Supplier<T> memo(Supplier<T> read) {
		return new Supplier<>() {

			private T value;

			@Override
			public T get() {
				if (this.value == null) {
					this.value = read.get();
				}
				return this.value;
			}

		};
	}

	/** The samples of a run being drawn. */
	private final class Draft {

		private final String period;

		private final String seed;

		private final Instant at;

		private final List<QaSample.StandardToScore> standards = new ArrayList<>();

		private final List<QaSample> samples = new ArrayList<>();

		Draft(String period, String seed, Instant at, QaPolicy policy) {
			this.period = period;
			this.seed = seed;
			this.at = at;
			policy.outcomeStandards().forEach(standard -> this.standards.add(standard("outcome", standard)));
			policy.methodStandards().forEach(standard -> this.standards.add(standard("method", standard)));
		}

		void add(SampleKind kind, QaSample.Review review, List<Candidate> pool, List<String> drawn,
				Set<ReviewerKind> needs) {
			for (String reference : drawn) {
				Candidate candidate = pool.stream()
					.filter(one -> one.reference().equals(reference))
					.findFirst()
					.orElseThrow();
				this.samples.add(new QaSample(QaSampling.this.ids.next(), this.period, kind, review, reference,
						candidate.feedbackType(), candidate.officer(), candidate.orgUnit(), this.seed, this.at, needs,
						this.standards, null, 0));
			}
		}

		int count(SampleKind kind) {
			return (int) this.samples.stream().filter(sample -> sample.kind() == kind).count();
		}

		private static QaSample.StandardToScore standard(String group, QaPolicy.Standard standard) {
			return new QaSample.StandardToScore(standard.id(), group, Texts.english(standard.question()),
					Texts.english(standard.hint()));
		}

	}

}
