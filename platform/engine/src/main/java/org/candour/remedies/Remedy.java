package org.candour.remedies;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A remedy offered on a case, with what became of it. Its state changes are methods that
 * check the move and record who made it and when.
 *
 * @param id readable id, {@code REM-000001}, per tenant
 * @param caseReference the case it remedies
 * @param kind a code of the tenant's {@code remedy-kinds} code list
 * @param financial whether the kind was a payment (group {@code financial}) when proposed
 * @param description what is offered
 * @param amount in pounds; present exactly when financial
 * @param state proposed, approved, paid or declined
 * @param proposedBy who proposed it
 * @param proposedAt when, by the application clock
 * @param approval who approved it, when, and within which delegated limit
 * @param declined who declined it, when and why
 * @param payment when it was paid and the payment's reference
 * @param stateChanges every move with who and when, the proposal first
 * @param version incremented by every change; a change names the version it saw
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Remedy(String id, String caseReference, String kind, boolean financial, String description, BigDecimal amount,
		RemedyState state, String proposedBy, Instant proposedAt, Approval approval, Decline declined, Payment payment,
		List<StateChange> stateChanges, long version) {

	Remedy {
		stateChanges = stateChanges == null ? List.of() : List.copyOf(stateChanges);
	}

	static Remedy proposed(String id, String caseReference, String kind, boolean financial, String description,
			BigDecimal amount, String by, Instant at) {
		return new Remedy(id, caseReference, kind, financial, description, amount, RemedyState.PROPOSED, by, at, null,
				null, null, List.of(new StateChange(RemedyState.PROPOSED, by, at)), 0);
	}

	Remedy approved(Approval approval) {
		return moved(RemedyState.APPROVED, approval.by(), approval.at(), approval, this.declined, this.payment);
	}

	Remedy declined(Decline decline) {
		return moved(RemedyState.DECLINED, decline.by(), decline.at(), this.approval, decline, this.payment);
	}

	Remedy paid(Payment payment) {
		return moved(RemedyState.PAID, payment.recordedBy(), payment.recordedAt(), this.approval, this.declined,
				payment);
	}

	/** Counted on the case: any remedy not declined. */
	boolean offered() {
		return this.state != RemedyState.DECLINED;
	}

	private Remedy moved(RemedyState next, String by, Instant at, Approval approval, Decline decline, Payment payment) {
		if (!this.state.mayMoveTo(next)) {
			throw new IllegalStateException("A " + this.state.code() + " remedy cannot become " + next.code());
		}
		List<StateChange> changes = new ArrayList<>(this.stateChanges);
		changes.add(new StateChange(next, by, at));
		return new Remedy(this.id, this.caseReference, this.kind, this.financial, this.description, this.amount, next,
				this.proposedBy, this.proposedAt, approval, decline, payment, changes, this.version + 1);
	}

	/**
	 * @param limit the approver's delegated limit in pounds; null for a remedy that is
	 * not a payment (no limit needed)
	 * @param limitRole the role document the limit came from
	 */
	record Approval(String by, Instant at, BigDecimal limit, String limitRole) {
	}

	record Decline(String by, Instant at, String reason) {
	}

	/**
	 * @param paidOn the day it was paid
	 * @param reference the payment's reference (finance system, cheque…)
	 */
	record Payment(LocalDate paidOn, String reference, String recordedBy, Instant recordedAt) {
	}

	record StateChange(RemedyState state, String by, Instant at) {
	}

}
