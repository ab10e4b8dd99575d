package org.candour.qa;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One sampled case in the QA work queue, with the standards it is scored against (as they
 * were when it was drawn) and the scores given so far.
 *
 * @param id {@code QA-000001}
 * @param period the month of the sampling run, {@code YYYY-MM}
 * @param kind how it was sampled
 * @param review the thematic review's id and title; {@code null} for other kinds
 * @param caseReference the sampled case
 * @param feedbackType the case's feedback type when drawn
 * @param officer the officer assigned to the case when drawn; {@code null} when none
 * @param orgUnit the case's org unit when drawn; {@code null} when none
 * @param seed the seed of the run that drew it
 * @param drawnAt when it was drawn
 * @param needs the scores the sample needs to be done
 * @param standards the standards to score, outcome first
 * @param scores the scores given, by reviewer kind
 * @param version optimistic-concurrency version
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QaSample(String id, String period, SampleKind kind, Review review, String caseReference,
		String feedbackType, String officer, String orgUnit, String seed, Instant drawnAt, Set<ReviewerKind> needs,
		List<StandardToScore> standards, Scores scores, long version) {

	public QaSample {
		needs = Set.copyOf(needs);
		standards = List.copyOf(standards);
		scores = (scores != null) ? scores : new Scores(null, null);
	}

	/**
	 * The scores given: a manager's and a central QA reviewer's, each null until given.
	 */
	public record Scores(Scorecard manager, Scorecard central) {

		public Scorecard of(ReviewerKind reviewer) {
			return (reviewer == ReviewerKind.MANAGER) ? this.manager : this.central;
		}

		Scores with(ReviewerKind reviewer, Scorecard scorecard) {
			return (reviewer == ReviewerKind.MANAGER) ? new Scores(scorecard, this.central)
					: new Scores(this.manager, scorecard);
		}

	}

	/** A thematic review as a sample names it. */
	public record Review(String id, String title) {
	}

	/**
	 * A standard as it was when the sample was drawn.
	 *
	 * @param group {@code outcome} or {@code method}
	 */
	public record StandardToScore(String id, String group, String question, String hint) {

		public boolean outcome() {
			return "outcome".equals(this.group);
		}

	}

	/** {@code done} when every score it needs is given, else {@code awaiting}. */
	@JsonProperty(value = "status", access = JsonProperty.Access.READ_ONLY)
	public String status() {
		return this.needs.stream().allMatch(reviewer -> this.scores.of(reviewer) != null) ? "done" : "awaiting";
	}

	/** Whether it still waits for a score from this kind of reviewer. */
	public boolean awaiting(ReviewerKind reviewer) {
		return this.needs.contains(reviewer) && this.scores.of(reviewer) == null;
	}

	/** Whether this kind of reviewer may score it: a needed score, or a manager's. */
	public boolean scorableBy(ReviewerKind reviewer) {
		return this.needs.contains(reviewer) || reviewer == ReviewerKind.MANAGER;
	}

	/**
	 * The score that counts for the figures: the central one when given, else the
	 * manager's; {@code null} before either.
	 */
	public Scorecard verdict() {
		return (this.scores.central() != null) ? this.scores.central() : this.scores.manager();
	}

	QaSample scored(ReviewerKind reviewer, Scorecard scorecard) {
		return new QaSample(this.id, this.period, this.kind, this.review, this.caseReference, this.feedbackType,
				this.officer, this.orgUnit, this.seed, this.drawnAt, this.needs, this.standards,
				this.scores.with(reviewer, scorecard), this.version + 1);
	}

}
