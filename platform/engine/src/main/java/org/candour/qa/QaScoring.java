package org.candour.qa;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.candour.api.Actors;
import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.definition.model.QaPolicy;

import org.springframework.stereotype.Service;

/**
 * Scores a sample: checks the reviewer may give this kind of score (a role the policy
 * names for it, not the case's officer, not the person who gave the other score), that
 * every standard is answered and commented where the policy asks, then stores the
 * scorecard in one conditional replace of the sample at the version it was read at.
 */
@Service
class QaScoring {

	private final QaSamples samples;

	private final QaPolicies policies;

	private final Actors actors;

	private final Clock clock;

	QaScoring(QaSamples samples, QaPolicies policies, Actors actors, Optional<Clock> clock) {
		this.samples = samples;
		this.policies = policies;
		this.actors = actors;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	QaSample score(String id, ScoreRequest request) {
		return score(id, request, this.actors.current());
	}

	QaSample score(String id, ScoreRequest request, Actors.Actor actor) {
		QaPolicy policy = this.policies.require();
		QaSample sample = this.samples.byId(id).orElseThrow(() -> Refusal.notFound("There is no QA sample " + id));
		if (request.version() != null && request.version() != sample.version()) {
			throw stale(sample);
		}
		ReviewerKind reviewer = request.reviewer();
		Set<String> roles = (reviewer == ReviewerKind.MANAGER) ? policy.managerRoles() : policy.centralRoles();
		if (!actor.hasAnyRole(roles)) {
			throw notAllowed("A " + reviewer.code() + "'s score needs one of the roles " + roles, "qa.reviewer-role");
		}
		if (actor.name().equals(sample.officer())) {
			throw notAllowed("You are the officer of case " + sample.caseReference() + ", so someone else scores it",
					"qa.own-case");
		}
		ReviewerKind other = (reviewer == ReviewerKind.MANAGER) ? ReviewerKind.CENTRAL : ReviewerKind.MANAGER;
		Scorecard otherScore = sample.scores().of(other);
		if (otherScore != null && otherScore.by().equals(actor.name())) {
			throw notAllowed("You gave this sample's " + other.code() + " score, so someone else gives the "
					+ reviewer.code() + " score", "qa.same-reviewer");
		}
		if (!sample.scorableBy(reviewer)) {
			throw Refusal.rulesBroken("This sample is not scored centrally", List.of(new ApiError("/reviewer",
					"qa.reviewer-not-needed", "A " + sample.kind().code() + " sample is scored by a manager")));
		}
		if (sample.scores().of(reviewer) != null) {
			throw new Refusal(Refusal.Kind.STALE,
					"This sample already has a " + reviewer.code() + "'s score, given by "
							+ sample.scores().of(reviewer).by(),
					List.of(new ApiError("/reviewer", "qa.already-scored", "It is scored already")),
					Map.of("currentVersion", sample.version()));
		}
		Scorecard scorecard = scorecard(sample, request, policy, actor);
		QaSample scored = sample.scored(reviewer, scorecard);
		if (!this.samples.replace(scored, sample.version())) {
			throw stale(this.samples.byId(id).orElse(sample));
		}
		return scored;
	}

	private Scorecard scorecard(QaSample sample, ScoreRequest request, QaPolicy policy, Actors.Actor actor) {
		List<ApiError> errors = new ArrayList<>();
		List<Scorecard.Answer> answers = new ArrayList<>();
		boolean outcomeMet = true;
		boolean methodMet = true;
		for (QaSample.StandardToScore standard : sample.standards()) {
			ScoreRequest.Given given = request.answers().get(standard.id());
			String pointer = "/answers/" + standard.id();
			if (given == null || given.answer() == null) {
				errors.add(new ApiError(pointer, "qa.answer-required", "Answer yes, no or partly"));
				continue;
			}
			String comment = (given.comment() == null || given.comment().isBlank()) ? null : given.comment().strip();
			if (comment == null && policy.commentRequired().contains(given.answer())) {
				errors.add(new ApiError(pointer + "/comment", "qa.comment-required",
						"Say why the answer is " + given.answer()));
			}
			answers.add(new Scorecard.Answer(standard.id(), given.answer(), comment));
			boolean met = "yes".equals(given.answer());
			if (standard.outcome()) {
				outcomeMet &= met;
			}
			else {
				methodMet &= met;
			}
		}
		request.answers()
			.keySet()
			.stream()
			.filter(key -> sample.standards().stream().noneMatch(standard -> standard.id().equals(key)))
			.forEach(key -> errors
				.add(new ApiError("/answers/" + key, "qa.standard-unknown", "The sample has no standard " + key)));
		if (!errors.isEmpty()) {
			throw Refusal.rulesBroken("The score is not complete", errors);
		}
		return new Scorecard(actor.name(), this.clock.instant(), answers, outcomeMet, methodMet);
	}

	private static Refusal notAllowed(String detail, String code) {
		return new Refusal(Refusal.Kind.NOT_ALLOWED, detail, List.of(new ApiError("/reviewer", code, detail)),
				Map.of());
	}

	private static Refusal stale(QaSample stored) {
		return Refusal.stale("The sample was changed by someone else; review it and try again",
				Map.of("currentVersion", stored.version()));
	}

}
