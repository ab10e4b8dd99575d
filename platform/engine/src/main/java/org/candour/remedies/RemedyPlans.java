package org.candour.remedies;

import java.util.List;

import org.candour.api.Actors;
import org.candour.api.RequestBodies;
import org.candour.cases.CaseReference;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;

/**
 * The remedies module's API for other modules (the case screen's forms, the demo data):
 * the kinds a remedy may be, the caller's delegated limit, proposing a remedy and moving
 * one on. Requests are the API's bodies ({@code remedy-create}, {@code remedy-patch}),
 * checked against their schemas and the rules exactly as the API checks them, so a page's
 * refusals are the API's ({@link org.candour.api.Refusal} with pointers).
 */
@Service
public class RemedyPlans {

	private final RemedyProposals proposals;

	private final RemedyDecisions decisions;

	private final RemedyKinds kinds;

	private final DelegatedLimits limits;

	private final Actors actors;

	private final RequestBodies bodies;

	RemedyPlans(RemedyProposals proposals, RemedyDecisions decisions, RemedyKinds kinds, DelegatedLimits limits,
			Actors actors, RequestBodies bodies) {
		this.proposals = proposals;
		this.decisions = decisions;
		this.kinds = kinds;
		this.limits = limits;
		this.actors = actors;
		this.bodies = bodies;
	}

	/** The current kinds of the tenant's {@code remedy-kinds} code list, in its order. */
	public List<Kind> kinds() {
		return this.kinds.current()
			.stream()
			.map(code -> new Kind(code.code(), this.kinds.label(code.code()), RemedyKinds.financial(code)))
			.toList();
	}

	/**
	 * The most the caller may approve as one payment, in pounds (0 when none of their
	 * roles has a limit).
	 */
	public java.math.BigDecimal delegatedLimit() {
		return this.limits.of(this.actors.current()).amount();
	}

	/**
	 * Proposes a remedy on the case from a {@code remedy-create} body; returns its id.
	 */
	public String propose(CaseReference reference, JsonNode body) {
		this.bodies.require("remedy-create", body);
		return this.proposals.propose(reference.value(), body).id();
	}

	/**
	 * Moves a remedy on with a {@code remedy-patch} body made from {@code version}
	 * (approve, decline, pay); returns its new version.
	 */
	public long decide(CaseReference reference, String id, JsonNode body, long version) {
		this.bodies.require("remedy-patch", body);
		return this.decisions.decide(reference.value(), id, body, version).version();
	}

	/**
	 * A kind of remedy.
	 *
	 * @param code its code in {@code remedy-kinds}
	 * @param label its English label
	 * @param financial whether it is a payment (needs an amount)
	 */
	public record Kind(String code, String label, boolean financial) {
	}

}
