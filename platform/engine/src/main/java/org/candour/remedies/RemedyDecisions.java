package org.candour.remedies;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.candour.api.Actors;
import org.candour.api.ApiError;
import org.candour.api.Refusal;
import org.candour.cases.CaseLookup;
import org.candour.cases.FeedbackCase;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;

/**
 * Moves a remedy on: approves it (a payment only within the approver's delegated limit),
 * declines it with a reason, or records a payment's date and reference. Each move is
 * checked first and written as one conditional replace of the remedy at the version it
 * was made from; a stale version is refused. Then the case's remedy totals are
 * recomputed.
 */
@Service
class RemedyDecisions {

	private final Remedies remedies;

	private final DelegatedLimits limits;

	private final CaseLookup cases;

	private final Actors actors;

	private final Clock clock;

	private final CaseRemedyTotals totals;

	RemedyDecisions(Remedies remedies, DelegatedLimits limits, CaseLookup cases, Actors actors, Optional<Clock> clock,
			CaseRemedyTotals totals) {
		this.remedies = remedies;
		this.limits = limits;
		this.cases = cases;
		this.actors = actors;
		this.clock = clock.orElse(Clock.systemUTC());
		this.totals = totals;
	}

	/**
	 * Applies a request that matched {@code remedy-patch}.
	 * @param expectedVersion the version the caller saw; null to change whatever is
	 * stored
	 */
	Remedy decide(String caseReference, String id, JsonNode body, Long expectedVersion) {
		Actors.Actor actor = RemedyEditors.require(this.actors);
		FeedbackCase remedied = this.cases.visible(caseReference);
		Remedy current = this.remedies.byId(id)
			.filter(remedy -> remedy.caseReference().equals(remedied.reference()))
			.orElseThrow(() -> Refusal.notFound("Case " + caseReference + " has no remedy " + id));
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw stale(current);
		}
		RemedyState next = RemedyState.of(body.path("state").asString());
		if (!current.state().mayMoveTo(next)) {
			throw Refusal.rulesBroken("The remedy cannot move",
					List.of(new ApiError("/state", "remedy.state-not-allowed",
							"A " + current.state().code() + " remedy cannot become " + next.code())));
		}
		Instant now = this.clock.instant();
		Remedy moved = switch (next) {
			case APPROVED -> approved(current, actor, now);
			case DECLINED -> declined(current, body, actor, now);
			case PAID -> paid(current, body, actor, now);
			case PROPOSED -> throw new IllegalStateException("Nothing moves back to proposed");
		};
		if (!this.remedies.replace(moved, current.version())) {
			throw stale(this.remedies.byId(id).orElse(current));
		}
		this.totals.recompute(moved.caseReference());
		return moved;
	}

	private Remedy approved(Remedy remedy, Actors.Actor actor, Instant now) {
		if (!remedy.financial()) {
			return remedy.approved(new Remedy.Approval(actor.name(), now, null, null));
		}
		DelegatedLimits.Limit limit = this.limits.of(actor);
		if (!limit.covers(remedy.amount())) {
			throw new Refusal(Refusal.Kind.NOT_ALLOWED, "Approving a payment of £" + remedy.amount().toPlainString()
					+ " needs a delegated limit of at least that; yours is £" + limit.amount().toPlainString()
					+ (limit.role() == null ? " (none of your roles has a remedy limit)"
							: " (role " + limit.role() + ")")
					+ ". Ask someone with a higher limit to approve it.",
					List.of(new ApiError("/state", "remedy.over-delegated-limit",
							"The amount is over your delegated limit")),
					Map.of("amount", remedy.amount(), "limit", limit.amount()));
		}
		return remedy.approved(new Remedy.Approval(actor.name(), now, limit.amount(), limit.role()));
	}

	private static Remedy declined(Remedy remedy, JsonNode body, Actors.Actor actor, Instant now) {
		String reason = RemedyEditors.text(body, "reason");
		if (reason == null || reason.isEmpty()) {
			RemedyEditors.refuseIfAny(
					List.of(new ApiError("/reason", "remedy.reason-required", "Say why the remedy is declined")));
		}
		return remedy.declined(new Remedy.Decline(actor.name(), now, reason));
	}

	private static Remedy paid(Remedy remedy, JsonNode body, Actors.Actor actor, Instant now) {
		List<ApiError> errors = new ArrayList<>();
		if (!remedy.financial()) {
			errors.add(new ApiError("/state", "remedy.not-a-payment",
					"A " + remedy.kind() + " is not a payment, so it is not paid"));
		}
		LocalDate paidOn = null;
		String day = RemedyEditors.text(body, "paidOn");
		if (day == null || day.isEmpty()) {
			errors.add(new ApiError("/paidOn", "remedy.paid-on-required", "Enter the day it was paid"));
		}
		else {
			try {
				paidOn = LocalDate.parse(day);
			}
			catch (DateTimeParseException ex) {
				errors.add(new ApiError("/paidOn", "remedy.date-invalid", "Enter a real date, e.g. 2026-11-18"));
			}
		}
		String reference = RemedyEditors.text(body, "paymentReference");
		if (reference == null || reference.isEmpty()) {
			errors.add(new ApiError("/paymentReference", "remedy.payment-reference-required",
					"Enter the payment's reference"));
		}
		RemedyEditors.refuseIfAny(errors);
		return remedy.paid(new Remedy.Payment(paidOn, reference, actor.name(), now));
	}

	private static Refusal stale(Remedy stored) {
		return Refusal.stale("The remedy was changed by someone else; review it and try again",
				Map.of("currentVersion", stored.version()));
	}

}
