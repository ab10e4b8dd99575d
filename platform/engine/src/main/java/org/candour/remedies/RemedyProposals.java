package org.candour.remedies;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.candour.api.Actors;
import org.candour.api.ApiError;
import org.candour.cases.CaseLookup;
import org.candour.cases.FeedbackCase;
import org.candour.definition.model.CodeList;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;

/**
 * Proposes a remedy on a case: checks its kind and amount, allocates its id and stores it
 * in one write, then brings the case's remedy totals up to date.
 */
@Service
class RemedyProposals {

	private static final int ATTEMPTS = 5;

	private final Remedies remedies;

	private final RemedyIds ids;

	private final RemedyKinds kinds;

	private final CaseLookup cases;

	private final Actors actors;

	private final Clock clock;

	private final CaseRemedyTotals totals;

	RemedyProposals(Remedies remedies, RemedyIds ids, RemedyKinds kinds, CaseLookup cases, Actors actors,
			Optional<Clock> clock, CaseRemedyTotals totals) {
		this.remedies = remedies;
		this.ids = ids;
		this.kinds = kinds;
		this.cases = cases;
		this.actors = actors;
		this.clock = clock.orElse(Clock.systemUTC());
		this.totals = totals;
	}

	/** Stores a new remedy from a request that matched {@code remedy-create}. */
	Remedy propose(String caseReference, JsonNode body) {
		Actors.Actor actor = RemedyEditors.require(this.actors);
		FeedbackCase remedied = this.cases.visible(caseReference);
		List<ApiError> errors = new ArrayList<>();
		String code = body.path("kind").asString();
		Optional<CodeList.Code> kind = this.kinds.kind(code);
		if (kind.isEmpty()) {
			errors.add(new ApiError("/kind", "remedy.kind-unknown",
					"Choose a kind of remedy from the " + RemedyKinds.CODE_LIST + " code list"));
		}
		boolean financial = kind.map(RemedyKinds::financial).orElse(false);
		BigDecimal amount = body.path("amount").isNumber() ? body.path("amount").decimalValue() : null;
		if (financial && amount == null) {
			errors.add(new ApiError("/amount", "remedy.amount-required",
					"Enter the amount in pounds: " + this.kinds.label(code) + " is a payment"));
		}
		if (kind.isPresent() && !financial && amount != null) {
			errors.add(new ApiError("/amount", "remedy.amount-not-a-payment",
					this.kinds.label(code) + " is not a payment: leave the amount out"));
		}
		RemedyEditors.refuseIfAny(errors);
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Remedy remedy = Remedy.proposed(this.ids.next(), remedied.reference(), code, financial,
					RemedyEditors.text(body, "description"), amount, actor.name(), this.clock.instant());
			if (this.remedies.insert(remedy)) {
				this.totals.recompute(remedied.reference());
				return remedy;
			}
		}
		throw new IllegalStateException("No free remedy id after " + ATTEMPTS + " attempts");
	}

}
