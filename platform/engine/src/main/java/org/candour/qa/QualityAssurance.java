package org.candour.qa;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.candour.api.Refusal;
import org.candour.definition.model.QaPolicy;

import org.springframework.stereotype.Service;

/**
 * Quality assurance for the API and the pages: the work queue (samples, filtered), one
 * sample, scoring it, starting a month's sampling by hand and the month's figures against
 * the targets.
 */
@Service
public class QualityAssurance {

	private final QaSamples samples;

	private final QaRuns runs;

	private final QaSampling sampling;

	private final QaScoring scoring;

	private final QaPolicies policies;

	QualityAssurance(QaSamples samples, QaRuns runs, QaSampling sampling, QaScoring scoring, QaPolicies policies) {
		this.samples = samples;
		this.runs = runs;
		this.sampling = sampling;
		this.scoring = scoring;
		this.policies = policies;
	}

	/** What the queue is filtered by; a {@code null} filter lets everything through. */
	public record Filter(String period, String status, ReviewerKind reviewer, SampleKind kind) {

		public static final Filter ALL = new Filter(null, null, null, null);

		boolean accepts(QaSample sample) {
			return (this.kind == null || sample.kind() == this.kind)
					&& (this.reviewer == null || sample.needs().contains(this.reviewer))
					&& (this.status == null || status(sample).equals(this.status));
		}

		private String status(QaSample sample) {
			if (this.reviewer != null) {
				return sample.awaiting(this.reviewer) ? "awaiting" : "done";
			}
			return sample.status();
		}

	}

	/**
	 * The samples the filter accepts: the ones awaiting a score first, then the latest
	 * month first, then by id. With a reviewer, status is that reviewer's: awaiting their
	 * score or scored by them.
	 */
	public List<QaSample> queue(Filter filter) {
		return this.samples.of(filter.period())
			.stream()
			.filter(filter::accepts)
			.sorted(Comparator.comparing((QaSample sample) -> !"awaiting".equals(sample.status()))
				.thenComparing(QaSample::period, Comparator.reverseOrder())
				.thenComparing(QaSample::id))
			.toList();
	}

	public QaSample sample(String id) {
		return this.samples.byId(id).orElseThrow(() -> Refusal.notFound("There is no QA sample " + id));
	}

	public QaSample score(String id, ScoreRequest request) {
		return this.scoring.score(id, request);
	}

	/**
	 * Scores a sample as the given reviewer, by the same rules, for work done without a
	 * signed-in person (the demo tenants' generated scores).
	 */
	public QaSample scoreAs(String id, ScoreRequest request, org.candour.api.Actors.Actor reviewer) {
		return this.scoring.score(id, request, reviewer);
	}

	/** Draws a month's samples by hand (this month when {@code period} is null). */
	public QaRun run(YearMonth period, String seed, String by) {
		return this.sampling.run((period != null) ? period : this.sampling.currentPeriod(), seed, by);
	}

	/** The month's figures (this month when {@code period} is null). */
	public QaFigures figures(String period) {
		QaPolicy policy = this.policies.require();
		String month = (period != null) ? period : this.sampling.currentPeriod().toString();
		return QaFigures.of(month, this.samples.of(month), policy.targets());
	}

	/** The months sampled, latest first. */
	public List<QaRun> runs() {
		return this.runs.all();
	}

	/** The policy, when the tenant has one. */
	public Optional<QaPolicy> policy() {
		return this.policies.policy();
	}

	/** This month, in the tenant's zone, as {@code YYYY-MM}. */
	public String currentPeriod() {
		return this.sampling.currentPeriod().toString();
	}

}
